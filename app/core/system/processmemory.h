// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QtGlobal>

namespace pr {

// Proportional set size of a process and all its descendants (WebEngine's helper processes
// included), read from /proc. Returns -1 where /proc is not available.
qint64 processTreePssKiB(qint64 rootPid);

// Proportional set size of one process; 0 when it does not exist.
qint64 processPssKiB(qint64 pid);

// What a process and its descendants hold, read from /proc in one walk: for benchmarks that
// watch a long-running reader (kiosk soak) or compare start-ups.
struct ProcessTreeStats {
    QList<qint64> pids; // the root first
    qint64 pssKiB = 0;
    // Pages no other process maps (private clean + dirty): unlike PSS, it does not move when
    // other programs load the same libraries.
    qint64 ussKiB = 0;
    // The anonymous part of PSS (heaps, stacks, JIT): what the programs themselves allocate,
    // unmoved by other programs sharing the same library files.
    qint64 pssAnonKiB = 0;
    int threads = 0;
    int fileDescriptors = 0; // those /proc lets this process see
};
ProcessTreeStats processTreeStats(qint64 rootPid);

} // namespace pr
