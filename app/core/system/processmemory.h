#pragma once

#include <QtGlobal>

namespace pr {

// Proportional set size of a process and all its descendants (WebEngine's helper processes
// included), read from /proc. Returns -1 where /proc is not available.
qint64 processTreePssKiB(qint64 rootPid);

} // namespace pr
