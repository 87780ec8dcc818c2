// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QtGlobal>

namespace pr {

// Proportional set size of a process and all its descendants (WebEngine's helper processes
// included), read from /proc. Returns -1 where /proc is not available.
qint64 processTreePssKiB(qint64 rootPid);

// Proportional set size of one process; 0 when it does not exist.
qint64 processPssKiB(qint64 pid);

} // namespace pr
