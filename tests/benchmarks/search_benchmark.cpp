// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// Search benchmark: index build time and per-keystroke query latency.
//
//   search_benchmark                      the bundled pack
//   search_benchmark PACK_DIR [PACK_DIR]  packs made by generate_pack.py
//
// Every query is typed one character at a time and each prefix is searched, as the app does
// while a reader types. Prints median and p99 per pack, as wall-clock time and as the CPU time
// of this thread (which a machine busy with other work inflates less). Goals on a 2-core
// machine: p99 under 2 ms on the bundled pack and under 20 ms at 10,000 entries; build under
// 1 s for 10,000.
#include "content/packreader.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <memory>

using namespace pr;

namespace {

const QStringList kQueries = {
    QStringLiteral("price"),
    QStringLiteral("how much does it cost"),
    QStringLiteral("will my insurance pay"),
    QStringLiteral("insurence"),
    QStringLiteral("side effects"),
    QStringLiteral("is it safe"),
    QStringLiteral("how long does it last"),
    QStringLiteral("depresion"),
    QStringLiteral("what happens after the session"),
    QStringLiteral("doesn't work"),
    QStringLiteral("more information"),
    QStringLiteral("glutamate brain"),
    QStringLiteral("hallucinations"),
    QStringLiteral("can children have it"),
    QStringLiteral("dizzy and sick"),
    QStringLiteral("what is physical therapy"),
    QStringLiteral("blood pressure medicine"),
    QStringLiteral("\"quoted\" OR (brackets) NOT *"),
};

struct Stats {
    double median = 0;
    double p99 = 0;
    double max = 0;
    qsizetype count = 0;
};

Stats statsOf(QList<double> samples) {
    Stats s;
    if (samples.isEmpty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.count = samples.size();
    s.median = samples.at(samples.size() / 2);
    s.p99 = samples.at(qMin(samples.size() - 1, qsizetype(samples.size() * 0.99)));
    s.max = samples.last();
    return s;
}

double elapsedMs(const QElapsedTimer &timer) {
    return double(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

QString format(const Stats &s, int decimals) {
    return QStringLiteral("median %1 ms, p99 %2 ms, max %3 ms")
        .arg(s.median, 0, 'f', decimals)
        .arg(s.p99, 0, 'f', decimals)
        .arg(s.max, 0, 'f', decimals);
}

int benchmark(const QString &directory, QTextStream &out) {
    QElapsedTimer timer;
    timer.start();
    const PackReadResult read = PackReader().read(directory);
    const double readMs = elapsedMs(timer);
    if (!read.ok()) {
        out << directory << ": cannot read the pack\n";
        for (const PackProblem &problem : read.problems)
            out << "  " << problem.toString() << '\n';
        return 1;
    }
    const Pack &pack = *read.pack;

    QList<double> builds;
    QList<double> buildsCpu;
    std::unique_ptr<SearchIndex> index;
    const int buildRuns = pack.entries().size() > 5000 ? 5 : 11;
    for (int run = 0; run < buildRuns; ++run) {
        index.reset();
        const double cpu = threadCpuMs();
        timer.restart();
        index = std::make_unique<SearchIndex>(pack);
        builds.append(elapsedMs(timer));
        buildsCpu.append(threadCpuMs() - cpu);
    }
    if (!index->isReady()) {
        out << directory << ": " << index->errorString() << '\n';
        return 1;
    }

    QList<double> keystrokes;
    QList<double> keystrokesCpu;
    QList<double> fullQueries;
    int found = 0;
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : kQueries) {
            for (qsizetype length = 1; length <= query.size(); ++length) {
                const double cpu = threadCpuMs();
                timer.restart();
                const SearchResults results = index->search(query.left(length));
                const double ms = elapsedMs(timer);
                keystrokes.append(ms);
                keystrokesCpu.append(threadCpuMs() - cpu);
                if (length == query.size()) {
                    fullQueries.append(ms);
                    found += results.hits.isEmpty() ? 0 : 1;
                }
            }
        }
    }

    const Stats full = statsOf(fullQueries);
    out << "Pack " << directory << ": " << pack.entries().size() << " entries ("
        << index->analysisDescription() << "), read in " << QString::number(readMs, 'f', 1)
        << " ms\n";
    out << "  index build     wall " << format(statsOf(builds), 1) << "\n";
    out << "                  cpu  " << format(statsOf(buildsCpu), 1) << " (" << builds.size()
        << " builds)\n";
    out << "  per keystroke   wall " << format(statsOf(keystrokes), 3) << "\n";
    out << "                  cpu  " << format(statsOf(keystrokesCpu), 3) << " ("
        << keystrokes.size() << " searches)\n";
    out << "  complete query  wall " << format(full, 3) << " (" << found << " of " << full.count
        << " found something)\n";
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList packs = QCoreApplication::arguments().mid(1);
    if (packs.isEmpty())
        packs.append(PackReader::bundledPackPath());
    int status = 0;
    for (const QString &directory : std::as_const(packs))
        status |= benchmark(directory, out);
    return status;
}
