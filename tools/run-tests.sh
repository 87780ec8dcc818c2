#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Installs the dependencies (Debian 12, as root), builds with warnings as errors and runs every
# test through CTest. Usage: bash tools/run-tests.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default
cmake --build --preset default -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
ctest --preset default -j2
