// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace pr {

// How Qt WebEngine runs for a reader that shows one local page at a time, with no JavaScript
// of its own pages and no network: fewer helper processes, software compositing where the GL is
// software anyway. Each choice was measured with tests/benchmarks (startup_benchmark, the kiosk
// soak). Call before QApplication.
// What the environment already sets (QTWEBENGINE_CHROMIUM_FLAGS, QT_QUICK_BACKEND) is kept and
// wins; PATIENT_READER_STOCK_WEBENGINE=1 turns all of this off (for comparisons).
void applyChromiumFlags();

// The Chromium switches added to what QTWEBENGINE_CHROMIUM_FLAGS already holds (the given
// value), without repeating a switch it names.
QByteArray chromiumFlags(const QByteArray &fromEnvironment);

// True where OpenGL would be Mesa's software rasteriser (no render node, or
// LIBGL_ALWAYS_SOFTWARE): the answer view then composites in software instead.
bool glIsSoftware();

} // namespace pr
