#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Installs the dependencies (Debian 12, as root), builds Patient Reader and starts it on the
# bundled FAQ. Extra arguments go to the app (for example --pack DIR). Without a display it
# runs under xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default -j"$(nproc)" --target patient-reader language_packs
# Qt WebEngine refuses to start its sandbox as root.
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" build/app/patient-reader "$@"
fi
exec build/app/patient-reader "$@"
