#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Put a docset where Zeal looks for it in the (fresh) HOME of one benchmark run:
# $XDG_DATA_HOME/Zeal/Zeal/docsets, XDG_DATA_HOME defaulting to ~/.local/share.
# Usage: zeal-home.sh DOCSET-FOLDER   (startup_benchmark --setup runs it before Zeal starts)
set -eu
docsets="${XDG_DATA_HOME:-$HOME/.local/share}/Zeal/Zeal/docsets"
mkdir -p "$docsets"
cp -R "$1" "$docsets/"
