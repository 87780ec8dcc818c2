// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// The user store with 10,000 bookmarks in a database file: how long opening the store, toggling
// a bookmark and filling the bookmarks panel (every bookmark, sorted) take. Each should feel
// instant: well under 50 ms. Prints the median and the slowest of several runs.
//   userstore_benchmark [bookmarks] [runs]
#include "content/pack.h"
#include "user/userstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>
#include <time.h>

using namespace pr;

namespace {

QString entryId(int i) {
    return QStringLiteral("entry-%1").arg(i, 5, 10, QLatin1Char('0'));
}

Pack benchmarkPack(int entries) {
    Manifest manifest;
    manifest.id = QStringLiteral("bench-faq");
    manifest.version = QStringLiteral("1");
    QList<Entry> list;
    list.reserve(entries);
    // The pack's order differs from the order the bookmarks were made in.
    for (int i = entries - 1; i >= 0; --i) {
        Entry entry;
        entry.id = entryId(i);
        entry.question = QStringLiteral("Question %1?").arg(i);
        list.append(entry);
    }
    return Pack(manifest, list, {});
}

struct Timing {
    QString name;
    QList<double> ms;    // wall-clock time: what the user waits
    QList<double> cpuMs; // this thread's processor time: what the work costs on a busy machine
};

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(QList<double> values) {
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

void print(QTextStream &out, const Timing &t) {
    out << qSetFieldWidth(44) << Qt::left << t.name << qSetFieldWidth(0)
        << QStringLiteral("median %1 ms   slowest %2 ms   median CPU %3 ms   (%4 runs)")
               .arg(median(t.ms), 7, 'f', 2)
               .arg(*std::max_element(t.ms.cbegin(), t.ms.cend()), 7, 'f', 2)
               .arg(median(t.cpuMs), 7, 'f', 2)
               .arg(t.ms.size())
        << Qt::endl;
}

void measure(Timing &timing, const std::function<void()> &work) {
    QElapsedTimer timer;
    const double cpuStart = threadCpuMs();
    timer.start();
    work();
    timing.ms.append(timer.nsecsElapsed() / 1e6);
    timing.cpuMs.append(threadCpuMs() - cpuStart);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 21;
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("user.sqlite"));
    const Pack pack = benchmarkPack(count);
    {
        QList<Bookmark> bookmarks;
        const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
        for (int i = 0; i < count; ++i) {
            const QDateTime created = start.addSecs(i * 60);
            bookmarks.append(
                {{pack.manifest().id, entryId(i)},
                 QStringLiteral("A short note to ask my doctor about, number %1.").arg(i),
                 created,
                 created,
                 Bookmark::Availability::Unknown});
        }
        UserStore store(path);
        const ImportResult filled = store.importBookmarks(bookmarks);
        if (!filled.ok() || store.bookmarkCount() != count) {
            out << "cannot fill the store: " << filled.error << Qt::endl;
            return 1;
        }
    }
    out << "user store: " << count << " bookmarks in " << path << Qt::endl;

    Timing open{QStringLiteral("open the store"), {}, {}};
    Timing firstFill{QStringLiteral("first fill of the panel after opening"), {}, {}};
    for (int r = 0; r < runs; ++r) {
        std::unique_ptr<UserStore> store;
        measure(open, [&] { store = std::make_unique<UserStore>(path); });
        if (store->status().outcome != OpenReport::Outcome::Opened) {
            out << "unexpected outcome: " << store->status().reason << Qt::endl;
            return 1;
        }
        measure(firstFill, [&] { store->bookmarks(BookmarkOrder::NewestFirst, &pack); });
    }

    UserStore store(path);
    Timing toggleOn{QStringLiteral("toggle a bookmark on (Ctrl+D)"), {}, {}};
    Timing toggleOff{QStringLiteral("toggle a bookmark off"), {}, {}};
    Timing starState{QStringLiteral("is this answer bookmarked?"), {}, {}};
    Timing newest{QStringLiteral("refill the panel after a toggle, newest"), {}, {}};
    Timing faq{QStringLiteral("refill the panel, FAQ order"), {}, {}};
    const EntryKey extra{pack.manifest().id, QStringLiteral("not-yet-bookmarked")};
    store.bookmarks(BookmarkOrder::NewestFirst, &pack); // the panel is open
    for (int r = 0; r < runs; ++r) {
        measure(toggleOn, [&] { store.toggleBookmark(extra); });
        measure(toggleOff, [&] { store.toggleBookmark(extra); });
        measure(starState, [&] { store.isBookmarked({pack.manifest().id, entryId(r)}); });
        int listed = 0;
        measure(newest,
                [&] { listed = store.bookmarks(BookmarkOrder::NewestFirst, &pack).size(); });
        measure(faq, [&] { listed += store.bookmarks(BookmarkOrder::FaqOrder, &pack).size(); });
        if (listed != 2 * count) {
            out << "listed " << listed << " bookmarks, expected " << 2 * count << Qt::endl;
            return 1;
        }
    }
    for (const Timing &t : {open, firstFill, toggleOn, toggleOff, starState, newest, faq})
        print(out, t);
    return 0;
}
