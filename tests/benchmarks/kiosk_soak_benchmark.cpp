// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// The kiosk soak: the reader set up as a clinic kiosk (as main.cpp does with --kiosk, English,
// Spanish and Arabic offered), driven through visitor after visitor. Each visitor clicks five
// questions in the list, types two searches and opens their first result, taps another
// language, then leaves: the kiosk's own idle monitor runs its countdown and the reset (made
// quick by a clock the soak moves by hand, tests/support/manualclock.h). Every 100 visitors it
// prints the PSS, threads, processes and open descriptors of the process tree (WebEngine's
// helpers included), and the range of those counts seen right after each reset.
// Usage: QT_QPA_PLATFORM=offscreen kiosk_soak_benchmark [VISITORS=2000] [PACK-FOLDER]
// With SOAK_COUNT_OBJECTS=1 it also prints, every 5 visitors, the QObjects under the window and
// the widgets of the application (a leak of widgets or pages shows there first).
// With SOAK_HEAP=1 it prints, every 10 visitors, the main process's anonymous memory beside
// malloc's own figures (in use, arenas, mmapped). With SOAK_EXIT_WITHOUT_CLEANUP=1 it exits at
// once after the last visitor, so that heaptrack lists everything still held as leaked.
#include "answerview.h"
#include "chromiumflags.h"
#include "content/packreader.h"
#include "kiosk/idlemonitor.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/kioskshell.h"
#include "kioskcontroller.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "manualclock.h"
#include "models/questionlistmodel.h"
#include "readersettings.h"
#include "safety/safetynotices.h"
#include "schemehandler.h"
#include "searchpanel.h"
#include "session/readersession.h"
#include "system/processmemory.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <malloc.h>

namespace {

// Runs the event loop until signal fires (true) or 20 s pass (false).
template <typename Sender, typename Signal> bool waitFor(Sender *sender, Signal signal) {
    QEventLoop loop;
    bool fired = false;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return fired;
}

// Runs the event loop until the answer view has loaded what the last action asked for: a load
// finished (or none started within 0.4 s), and no load started or finished for 40 ms since.
// False when it is still busy after 10 s.
bool settle(pr::AnswerView *view) {
    QEventLoop loop;
    QElapsedTimer since;
    since.start();
    bool finishedOne = false;
    QTimer quiet;
    quiet.setSingleShot(true);
    quiet.setInterval(40);
    QObject::connect(&quiet, &QTimer::timeout, &loop, [&] {
        if (!view->isLoading() && (finishedOne || since.elapsed() > 400))
            loop.quit();
        else
            quiet.start();
    });
    const auto started =
        QObject::connect(view, &QWebEngineView::loadStarted, &quiet, qOverload<>(&QTimer::start));
    const auto finished = QObject::connect(view, &QWebEngineView::loadFinished, &quiet, [&] {
        finishedOne = true;
        quiet.start();
    });
    bool timedOut = false;
    QTimer::singleShot(10000, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    quiet.start();
    loop.exec();
    QObject::disconnect(started);
    QObject::disconnect(finished);
    return !timedOut;
}

void click(QListView *list, int row) {
    const QModelIndex index = list->model()->index(row, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
}

// The main process's anonymous memory (kB, from smaps_rollup) beside what malloc says is in use
// and what its arenas hold: in-use growth is a leak, arena growth alone is fragmentation.
void printHeap(int visitor) {
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    qint64 anonymous = -1;
    if (rollup.open(QIODevice::ReadOnly))
        for (const QByteArray &line : rollup.readAll().split('\n'))
            if (line.startsWith("Anonymous:"))
                anonymous = line.mid(10).trimmed().split(' ').first().toLongLong();
    const struct mallinfo2 m = mallinfo2();
    std::fprintf(stderr,
                 "heap: visitor %d: anonymous %lld kB, malloc in use %zu kB, arenas %zu kB, "
                 "mmapped %zu kB\n",
                 visitor, anonymous, m.uordblks / 1024, m.arena / 1024, m.hblkhd / 1024);
}

struct Range {
    int low = INT_MAX;
    int high = INT_MIN;
    void add(int v) {
        low = std::min(low, v);
        high = std::max(high, v);
    }
    QString text() const {
        return low == high ? QString::number(low) : QStringLiteral("%1-%2").arg(low).arg(high);
    }
};

} // namespace

int main(int argc, char *argv[]) {
    pr::applyChromiumFlags();
    pr::SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    const int visitors = argc > 1 ? QByteArray(argv[1]).toInt() : 2000;
    const QString folder =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(PR_BINARY_DIR "/i18n/packs");

    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("kiosk-session.ini")), QSettings::IniFormat);
    pr::ReaderSettings settings(qsettings);
    pr::PageServer server;
    server.setSafetyNotices(pr::SafetyNotices::bundled());
    pr::UserStore store(pr::UserStore::ephemeralPath());
    pr::ReaderSession session(store);
    pr::MainWindow window(session, server, settings);
    const pr::Pack base = *pr::PackReader().read(pr::PackReader::bundledPackPath()).pack;
    pr::LanguageSwitcher languages(base, session, settings, {folder});
    window.setLanguageSwitcher(&languages);
    window.showPack(languages.currentPack());
    pr::KioskOptions options;
    options.enabled = true;
    options.allowedLanguages = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")};
    ManualClock idleClock; // stands still while a visitor is here
    pr::KioskController kiosk(window, store, options, nullptr, &idleClock);
    kiosk.setLanguages(languages);
    server.setSourceQrCode(true);
    window.resetForNextVisitor();
    waitFor(&window, &pr::MainWindow::answerLoaded);

    // The kiosk's own screens: the questions and the languages are on the home screen.
    pr::KioskShell *shell = window.kioskShell();
    QList<QPushButton *> otherLanguages;
    for (QPushButton *b : shell->languageButtons())
        if (b->property("languageTag").toString() != options.language)
            otherLanguages.append(b);
    auto *homeButton = window.findChild<QPushButton *>(QStringLiteral("kioskHome"));
    int failures = 0;
    auto goHome = [&] {
        if (!shell->isShowingHome()) {
            homeButton->click();
            failures += !settle(window.answerView());
        }
    };
    const QStringList queries = {QStringLiteral("cost"),       QStringLiteral("side effects"),
                                 QStringLiteral("how long"),   QStringLiteral("insurance"),
                                 QStringLiteral("depression"), QStringLiteral("after treatment")};
    QListView *list = window.questionList();
    pr::SearchPanel *search = window.searchPanel();
    Range processes;
    Range threads;
    Range descriptors;
    std::printf("visitor  PSS(MiB)  processes  threads  fds   after-reset ranges "
                "(processes/threads/fds)  s/visitor\n");
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer phase;
    QList<qint64> phaseMs(5, 0); // clicks, searches, language, leaving, reset
    auto lap = [&](int which) { phaseMs[which] += phase.restart(); };
    // SOAK_ONLY=clicks|searches|language: visitors do only that (and leave), to find which
    // activity a growth comes with.
    const QByteArray only = qgetenv("SOAK_ONLY");
    const bool doClicks = only.isEmpty() || only == "clicks";
    const bool doSearches = only.isEmpty() || only == "searches";
    const bool doLanguage = only.isEmpty() || only == "language";
    for (int v = 1; v <= visitors; ++v) {
        phase.start();
        for (int i = 0; i < 5 && doClicks; ++i) {
            goHome();
            const int rows = list->model()->rowCount();
            click(list, (v + i) % rows);
            failures += !settle(window.answerView());
        }
        lap(0);
        for (int i = 0; i < 2 && doSearches; ++i) {
            goHome();
            search->focusSearch();
            QTest::keyClicks(search->field(), queries.at((v * 2 + i) % queries.size()));
            search->searchNow();
            if (search->resultList()->model()->rowCount() > 0) {
                click(search->resultList(), 0);
                failures += !settle(window.answerView());
            }
            search->field()->clear();
            failures += !settle(window.answerView()); // the highlights go
        }
        lap(1);
        if (doLanguage) {
            goHome();
            otherLanguages.at(v % otherLanguages.size())->click();
            failures += !settle(window.answerView());
        }
        lap(2);
        // A page with the help-line notice is never wiped while it shows (by design): this
        // visitor ends on the first answer instead, so that the reset runs.
        if (window.isShowingSafetyNotice()) {
            window.openEntry(base.entries().first().id);
            failures += !settle(window.answerView());
        }
        lap(3);
        // The visitor walks away: the idle countdown runs out and the kiosk resets.
        QSignalSpy reset(kiosk.idleMonitor(), &pr::IdleMonitor::resetRequested);
        idleClock.advance(kiosk.idleMonitor()->idleTimeout() +
                          std::chrono::seconds(kiosk.idleMonitor()->countdownSeconds()));
        failures += reset.count() != 1;
        failures += !settle(window.answerView()); // the home page
        lap(4);
        if (qEnvironmentVariableIsSet("SOAK_COUNT_OBJECTS") && v % 5 == 0)
            std::fprintf(stderr, "soak: visitor %d: %lld QObjects under the window, %lld widgets\n",
                         v, static_cast<long long>(window.findChildren<QObject *>().size()),
                         static_cast<long long>(QApplication::allWidgets().size()));
        if (qEnvironmentVariableIsSet("SOAK_HEAP") && v % 10 == 0)
            printHeap(v);
        const pr::ProcessTreeStats after = pr::processTreeStats(QCoreApplication::applicationPid());
        processes.add(int(after.pids.size()));
        threads.add(after.threads);
        descriptors.add(after.fileDescriptors);
        if (v % 100 == 0 || v == 1) {
            std::printf("%7d  %8.1f  %9lld  %7d  %4d   %s / %s / %s  %.2f\n", v,
                        after.pssKiB / 1024.0, static_cast<long long>(after.pids.size()),
                        after.threads, after.fileDescriptors, qPrintable(processes.text()),
                        qPrintable(threads.text()), qPrintable(descriptors.text()),
                        clock.elapsed() / 1000.0 / v);
            std::fflush(stdout);
            processes = threads = descriptors = Range();
            std::fprintf(stderr,
                         "soak: ms per visitor in clicks %lld, searches %lld, language %lld, "
                         "leaving %lld, reset %lld\n",
                         phaseMs[0] / v, phaseMs[1] / v, phaseMs[2] / v, phaseMs[3] / v,
                         phaseMs[4] / v);
        }
    }
    std::printf("%d visitors, %d waits that timed out, %.2f s/visitor\n", visitors, failures,
                clock.elapsed() / 1000.0 / visitors);
    std::fflush(stdout);
    // Under heaptrack, what is still allocated at this point shows as leaked: the growth of
    // caches freed only at exit shows too.
    if (qEnvironmentVariableIsSet("SOAK_EXIT_WITHOUT_CLEANUP"))
        std::_Exit(failures == 0 ? 0 : 1);
    return failures == 0 ? 0 : 1;
}
