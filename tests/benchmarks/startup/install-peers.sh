#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# The peers of the start-up benchmark and the tools that make their content, from Debian 12's
# archive. For the benchmark only: CI does not need them (packaging/install-deps.sh stays lean).
#   kiwix                    Kiwix desktop 2.3 (Qt 5 WebEngine), reads .zim files
#   zeal                     Zeal 0.6 (Qt 5 WebEngine), reads Dash docsets
#   assistant-qt6            Qt Assistant 6.4 (no WebEngine), reads .qch/.qhc help collections
#   zim-tools                zimwriterfs, makes the .zim
#   qt6-documentation-tools  qhelpgenerator, makes the .qch and .qhc
#   python3                  make_peer_content.py (the docset's sqlite index: python3's sqlite3)
# Usage (as root): tests/benchmarks/startup/install-peers.sh
set -eu
apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    kiwix zeal assistant-qt6 zim-tools qt6-documentation-tools python3
