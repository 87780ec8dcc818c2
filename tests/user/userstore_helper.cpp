// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// A second copy of the app for the user-store tests.
//   userstore_helper [--as-nobody] write PATH PREFIX COUNT
//       adds COUNT bookmarks PREFIX-0.. and rewrites the note of a bookmark every copy shares,
//       after printing "ready" and reading a line from stdin; halfway it prints "halfway" and
//       reads another line (the caller sends it once every copy is halfway)
//   userstore_helper [--as-nobody] report PATH
//       prints how the store opened, as JSON, and whether adding a bookmark works
// --as-nobody: when run as root, drop to the "nobody" user first, so that file permissions
// apply (root ignores them).
#include "user/userstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <grp.h>
#include <unistd.h>

using namespace pr;

namespace {

const QString kPack = QStringLiteral("shared-pack");

QString outcomeName(OpenReport::Outcome outcome) {
    switch (outcome) {
    case OpenReport::Outcome::Opened:
        return QStringLiteral("opened");
    case OpenReport::Outcome::Created:
        return QStringLiteral("created");
    case OpenReport::Outcome::Recovered:
        return QStringLiteral("recovered");
    case OpenReport::Outcome::InMemory:
        return QStringLiteral("in-memory");
    case OpenReport::Outcome::Ephemeral:
        return QStringLiteral("ephemeral");
    }
    return {};
}

bool dropToNobody() {
    if (geteuid() != 0)
        return true;
    const gid_t nobodyGroup = 65534;
    const uid_t nobody = 65534;
    return setgroups(0, nullptr) == 0 && setgid(nobodyGroup) == 0 && setuid(nobody) == 0 &&
           geteuid() == nobody;
}

// Opens the store, says "ready" and waits for a line on stdin, so that two copies start writing
// at the same moment. Halfway it says so and waits for another line: the caller sends it when
// every copy is halfway, so each copy's second half is written after the other's first half (a
// barrier, whatever the scheduler does). Then prints the outcome and how many bookmarks the
// store held when the copy went on, by which the caller checks that the writes interleaved.
int write(const QString &path, const QString &prefix, int count) {
    UserStore store(path);
    const EntryKey shared{kPack, QStringLiteral("shared")};
    bool ok = store.status().isPersistent();
    QTextStream out(stdout);
    out << "ready" << Qt::endl;
    QTextStream(stdin).readLine();
    store.addBookmark(shared);
    int countHalfway = 0;
    for (int i = 0; i < count && ok; ++i) {
        ok = store.addBookmark({kPack, prefix + QLatin1Char('-') + QString::number(i)},
                               QStringLiteral("note %1").arg(i)) &&
             store.setNote(shared, prefix + QString::number(i)) &&
             store.markRead({kPack, prefix + QLatin1Char('-') + QString::number(i)});
        if (i == count / 2) {
            out << "halfway" << Qt::endl;
            QTextStream(stdin).readLine();
            countHalfway = store.bookmarkCount();
        }
    }
    out << outcomeName(store.status().outcome) << ' ' << countHalfway << Qt::endl;
    return ok && store.status().isPersistent() ? 0 : 1;
}

int report(const QString &path) {
    UserStore store(path);
    QJsonObject json{{QStringLiteral("outcome"), outcomeName(store.status().outcome)},
                     {QStringLiteral("reason"), store.status().reason},
                     {QStringLiteral("loadedSavedData"), store.status().loadedSavedData},
                     {QStringLiteral("migratedFrom"), store.status().migratedFromVersion},
                     {QStringLiteral("count"), store.bookmarkCount()}};
    json.insert(QStringLiteral("addWorked"),
                store.addBookmark({kPack, QStringLiteral("added-by-helper")}));
    json.insert(QStringLiteral("countAfterAdd"), store.bookmarkCount());
    QTextStream(stdout) << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args.first() == QLatin1String("--as-nobody")) {
        args.removeFirst();
        if (!dropToNobody()) {
            QTextStream(stderr) << "cannot drop privileges" << Qt::endl;
            return 2;
        }
    }
    if (args.size() == 4 && args.at(0) == QLatin1String("write"))
        return write(args.at(1), args.at(2), args.at(3).toInt());
    if (args.size() == 2 && args.at(0) == QLatin1String("report"))
        return report(args.at(1));
    QTextStream(stderr) << "usage: userstore_helper [--as-nobody] write PATH PREFIX COUNT | "
                           "report PATH"
                        << Qt::endl;
    return 2;
}
