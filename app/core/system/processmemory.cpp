// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>

namespace pr {
namespace {

qint64 parentOf(const QString &pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name may hold spaces and parentheses: fields resume after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : -1;
}

// The kB value of each field named in smaps_rollup.
QHash<QByteArray, qint64> rollupOf(qint64 pid) {
    QHash<QByteArray, qint64> fields;
    QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(pid));
    if (!rollup.open(QIODevice::ReadOnly))
        return fields;
    // /proc files report a size of 0, so read them whole rather than testing atEnd().
    const QList<QByteArray> lines = rollup.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            fields.insert(line.left(colon),
                          line.mid(colon + 1).simplified().split(' ').first().toLongLong());
    }
    return fields;
}

qint64 pssOfProcess(qint64 pid) {
    return rollupOf(pid).value("Pss");
}

QList<qint64> treeOf(qint64 rootPid) {
    const QDir proc(QStringLiteral("/proc"));
    QHash<qint64, QList<qint64>> children;
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool ok = false;
        const qint64 value = pid.toLongLong(&ok);
        if (ok)
            children[parentOf(pid)].append(value);
    }
    QList<qint64> tree;
    QList<qint64> pending{rootPid};
    while (!pending.isEmpty()) {
        const qint64 pid = pending.takeFirst();
        tree.append(pid);
        pending.append(children.value(pid));
    }
    return tree;
}

int threadsOf(qint64 pid) {
    return int(QDir(QStringLiteral("/proc/%1/task").arg(pid))
                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                   .size());
}

int descriptorsOf(qint64 pid) {
    return int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                   .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)
                   .size());
}

} // namespace

qint64 processPssKiB(qint64 pid) {
    return pssOfProcess(pid);
}

qint64 processTreePssKiB(qint64 rootPid) {
    if (!QDir(QStringLiteral("/proc")).exists())
        return -1;
    qint64 total = 0;
    for (qint64 pid : treeOf(rootPid))
        total += pssOfProcess(pid);
    return total;
}

ProcessTreeStats processTreeStats(qint64 rootPid) {
    ProcessTreeStats stats;
    if (!QDir(QStringLiteral("/proc/%1").arg(rootPid)).exists())
        return stats;
    stats.pids = treeOf(rootPid);
    for (qint64 pid : std::as_const(stats.pids)) {
        const QHash<QByteArray, qint64> rollup = rollupOf(pid);
        stats.pssKiB += rollup.value("Pss");
        stats.ussKiB += rollup.value("Private_Clean") + rollup.value("Private_Dirty");
        stats.pssAnonKiB += rollup.value("Pss_Anon");
        stats.threads += threadsOf(pid);
        stats.fileDescriptors += descriptorsOf(pid);
    }
    return stats;
}

} // namespace pr
