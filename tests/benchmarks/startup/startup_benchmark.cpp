// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// Side-by-side start-up benchmark: time from exec to the page text on screen, and the PSS of
// the whole process tree 3 s after the window maps, for several programs run alternately in one
// session (the floor app, Patient Reader, a build of it from before a change, ...).
//
// Run it on a bare X server (no window manager), with software GL:
//   xvfb-run -n 95 -s "-screen 0 1280x800x24" build/tests/benchmarks/startup_benchmark
//       --app "floor=build/tests/benchmarks/floor_app tests/benchmarks/startup/floor-page.html"
//       --app "reader=build/app/patient-reader" [--runs 5] [--text-colour 1d1d1b]
// (tests/benchmarks/startup/run.sh does this with the usual settings, and adds the peers).
// The first --app is the one the others are compared with. Every run gets a fresh HOME;
// --setup NAME=COMMAND prepares it for one app before its clock starts (Zeal's docset folder).
// The 1-minute load average is read as each run starts and printed at the end.
//
// "Text on screen" is the first screenshot of the root window holding at least --min-pixels
// pixels of exactly the page's text colour (#1d1d1b in answer.css; no widget uses it), so it
// is what a person would see, not what a program says it did. "Mapped" is the first screenshot
// that differs from the empty screen.
#include "system/processmemory.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QMap>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <csignal>
#include <cstdio>

namespace {

struct App {
    QString name;
    QString program;
    QStringList arguments;
    QStringList setup; // run in the fresh HOME before the clock starts (empty: none)
};

struct Sample {
    qint64 mappedMs = -1;
    qint64 textMs = -1;
    qint64 pssKiB = -1;
    qint64 ussKiB = -1;
    qint64 pssAnonKiB = -1;
    int processes = 0;
    int threads = 0;
};

int countColour(const QImage &image, QRgb colour) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            n += (line[x] & 0xffffff) == (colour & 0xffffff);
    }
    return n;
}

void killTree(QProcess &process) {
    const pr::ProcessTreeStats tree = pr::processTreeStats(process.processId());
    for (qint64 pid : tree.pids)
        ::kill(pid_t(pid), SIGKILL);
    process.waitForFinished(5000);
    // Helper processes re-parented to init when their parent died: wait until they are gone.
    QElapsedTimer wait;
    wait.start();
    for (qint64 pid : tree.pids) {
        while (::kill(pid_t(pid), 0) == 0 && wait.elapsed() < 5000)
            QThread::msleep(20);
    }
}

Sample runOnce(const App &app, QScreen *screen, const QImage &empty, QRgb textColour, int minPixels,
               int settleMs, int timeoutMs, const QString &shotPath) {
    Sample sample;
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    for (const char *name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        env.remove(QString::fromLatin1(name));
    if (!app.setup.isEmpty()) {
        QProcess setup;
        setup.setProcessEnvironment(env);
        setup.setWorkingDirectory(home.path());
        setup.setProcessChannelMode(QProcess::ForwardedChannels);
        setup.start(app.setup.first(), app.setup.mid(1));
        if (!setup.waitForFinished(60000) || setup.exitStatus() != QProcess::NormalExit ||
            setup.exitCode() != 0) {
            std::fprintf(stderr, "%s: setup failed: %s\n", qPrintable(app.name),
                         qPrintable(app.setup.join(QLatin1Char(' '))));
            return sample;
        }
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(app.program, app.arguments);
    if (!process.waitForStarted(10000)) {
        std::fprintf(stderr, "%s: cannot start %s\n", qPrintable(app.name),
                     qPrintable(app.program));
        return sample;
    }
    while (clock.elapsed() < timeoutMs && process.state() == QProcess::Running) {
        const qint64 at = clock.elapsed(); // the screen is read right after this
        const QImage shot = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
        if (sample.mappedMs < 0 && shot != empty)
            sample.mappedMs = at;
        if (sample.mappedMs >= 0 && countColour(shot, textColour) >= minPixels) {
            sample.textMs = at;
            if (!shotPath.isEmpty())
                shot.save(shotPath);
            break;
        }
    }
    if (sample.mappedMs >= 0) {
        while (clock.elapsed() < sample.mappedMs + settleMs && process.state() == QProcess::Running)
            QThread::msleep(10);
        const pr::ProcessTreeStats stats = pr::processTreeStats(process.processId());
        sample.pssKiB = stats.pssKiB;
        sample.ussKiB = stats.ussKiB;
        sample.pssAnonKiB = stats.pssAnonKiB;
        sample.processes = int(stats.pids.size());
        sample.threads = stats.threads;
    }
    if (process.state() != QProcess::Running)
        std::fprintf(stderr, "%s: exited early (code %d)\n", qPrintable(app.name),
                     process.exitCode());
    killTree(process);
    return sample;
}

double loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double value = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? value : -1;
}

struct Summary {
    double median = -1;
    double low = -1;
    double high = -1;
};

Summary summarise(QList<double> values) {
    values.removeIf([](double v) { return v < 0; });
    if (values.isEmpty())
        return {};
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    const double median = n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
    return {median, values.first(), values.last()};
}

} // namespace

int main(int argc, char *argv[]) {
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("NAME=COMMAND to run (repeat; the first "
                                                      "is the reference)."),
                                       QStringLiteral("NAME=COMMAND"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs of each (5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption colour(QStringLiteral("text-colour"),
                                    QStringLiteral("The page text's colour, hex (1d1d1b)."),
                                    QStringLiteral("RRGGBB"), QStringLiteral("1d1d1b"));
    const QCommandLineOption minPixels(QStringLiteral("min-pixels"),
                                       QStringLiteral("Pixels of that colour that make text "
                                                      "(300)."),
                                       QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption settle(QStringLiteral("settle-ms"),
                                    QStringLiteral("Read PSS this long after the window maps "
                                                   "(3000)."),
                                    QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption setupOption(
        QStringLiteral("setup"),
        QStringLiteral("NAME=COMMAND run in each fresh HOME (as the working folder, HOME set) "
                       "before that app starts, outside the timing: e.g. to put a peer's "
                       "content where it looks for it."),
        QStringLiteral("NAME=COMMAND"));
    const QCommandLineOption shots(QStringLiteral("save-text-shots"),
                                   QStringLiteral("Save the screenshot in which the text was "
                                                  "found as DIR/NAME-RUN.png, to check what was "
                                                  "measured."),
                                   QStringLiteral("DIR"));
    parser.addOptions({appOption, runs, colour, minPixels, settle, setupOption, shots});
    parser.process(app);

    QList<App> apps;
    for (const QString &spec : parser.values(appOption)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        QStringList command = QProcess::splitCommand(spec.mid(eq + 1));
        if (eq <= 0 || command.isEmpty()) {
            std::fprintf(stderr, "startup_benchmark: --app wants NAME=COMMAND, not %s\n",
                         qPrintable(spec));
            return 2;
        }
        apps.append({spec.left(eq), command.takeFirst(), command, {}});
    }
    for (const QString &spec : parser.values(setupOption)) {
        const qsizetype eq = spec.indexOf(QLatin1Char('='));
        const auto named = std::find_if(apps.begin(), apps.end(),
                                        [&](const App &a) { return a.name == spec.left(eq); });
        const QStringList command = QProcess::splitCommand(spec.mid(eq + 1));
        if (eq <= 0 || command.isEmpty() || named == apps.end()) {
            std::fprintf(stderr,
                         "startup_benchmark: --setup wants NAME=COMMAND for a NAME "
                         "given with --app, not %s\n",
                         qPrintable(spec));
            return 2;
        }
        named->setup = command;
    }
    if (apps.isEmpty()) {
        std::fprintf(stderr, "startup_benchmark: name at least one --app\n");
        return 2;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    const QImage empty = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    const QRgb textColour = parser.value(colour).toUInt(nullptr, 16);

    QMap<QString, QList<Sample>> samples;
    QList<double> load; // the 1-minute load average as each run starts: the machine is shared
    const int n = parser.value(runs).toInt();
    for (int i = 0; i < n; ++i) {
        for (const App &a : std::as_const(apps)) {
            load.append(loadAverage());
            const Sample s = runOnce(
                a, screen, empty, textColour, parser.value(minPixels).toInt(),
                parser.value(settle).toInt(), 30000,
                parser.isSet(shots)
                    ? QStringLiteral("%1/%2-%3.png").arg(parser.value(shots), a.name).arg(i + 1)
                    : QString());
            samples[a.name].append(s);
            std::printf(
                "run %d %-14s mapped %5lld ms  text %5lld ms  PSS %6.1f MiB  USS %6.1f MiB  "
                "anon %6.1f MiB  %d processes %d threads\n",
                i + 1, qPrintable(a.name), s.mappedMs, s.textMs, s.pssKiB / 1024.0,
                s.ussKiB / 1024.0, s.pssAnonKiB / 1024.0, s.processes, s.threads);
            std::fflush(stdout);
            QThread::msleep(500);
        }
    }

    std::printf("\nmedians of %d runs (min-max); ratio to %s\n", n, qPrintable(apps.first().name));
    std::printf("%-14s %26s %7s %30s %7s %30s %7s %30s %7s\n", "", "text on screen", "ratio",
                "PSS of the tree", "ratio", "USS of the tree", "ratio", "anon PSS", "ratio");
    Summary refText;
    Summary refPss;
    Summary refUss;
    Summary refAnon;
    for (qsizetype i = 0; i < apps.size(); ++i) {
        const App &a = apps.at(i);
        QList<double> text;
        QList<double> pss;
        QList<double> uss;
        QList<double> anon;
        for (const Sample &s : samples.value(a.name)) {
            text.append(double(s.textMs));
            pss.append(s.pssKiB < 0 ? -1 : s.pssKiB / 1024.0);
            uss.append(s.ussKiB < 0 ? -1 : s.ussKiB / 1024.0);
            anon.append(s.pssAnonKiB < 0 ? -1 : s.pssAnonKiB / 1024.0);
        }
        const Summary t = summarise(text);
        const Summary p = summarise(pss);
        const Summary u = summarise(uss);
        const Summary an = summarise(anon);
        if (i == 0) {
            refText = t;
            refPss = p;
            refUss = u;
            refAnon = an;
        }
        std::printf("%-14s %8.0f ms (%5.0f-%5.0f) %6.2fx %9.1f MiB (%6.1f-%6.1f) %6.2fx "
                    "%9.1f MiB (%6.1f-%6.1f) %6.2fx %9.1f MiB (%6.1f-%6.1f) %6.2fx\n",
                    qPrintable(a.name), t.median, t.low, t.high, t.median / refText.median,
                    p.median, p.low, p.high, p.median / refPss.median, u.median, u.low, u.high,
                    u.median / refUss.median, an.median, an.low, an.high,
                    an.median / refAnon.median);
    }
    const Summary l = summarise(load);
    std::printf("\nload average (1 min) as each run started: median %.2f (%.2f-%.2f), %d cores\n",
                l.median, l.low, l.high, QThread::idealThreadCount());
    return 0;
}
