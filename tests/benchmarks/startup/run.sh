#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Start-up side by side: the bare QWebEngineView floor, then Patient Reader (and any other
# --app given), alternately, on a bare Xvfb 1280x800 (no window manager), software GL, windows
# 1200x760. Medians of 5 with the range, and ratios to the floor.
# Usage: tests/benchmarks/startup/run.sh [BUILD-DIR] [DISPLAY-NUMBER] [-- more startup_benchmark
#        options, e.g. --app "before=/path/to/old/patient-reader -geometry 1200x760+0+0"]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../../build}
display=${2:-95}
shift $(($# > 2 ? 2 : $#))
[ "${1:-}" = "--" ] && shift
geometry="-geometry 1200x760+0+0"
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb' EXIT
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
# As root, Chromium's sandbox cannot run: the same for every program compared.
[ "$(id -u)" = 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
DISPLAY=":$display" LIBGL_ALWAYS_SOFTWARE=1 "$build/tests/benchmarks/startup_benchmark" \
    --app "floor=$build/tests/benchmarks/floor_app $here/floor-page.html $geometry" \
    --app "patient-reader=$build/app/patient-reader $geometry" "$@" 2>/dev/null
