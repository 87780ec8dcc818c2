#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Runs atspi_check.py against the app in a private D-Bus session under a private X server, as a
# screen reader user would meet it. Usage: run-atspi-check.sh PATIENT_READER FAQPACK
set -euo pipefail
app=$1
faqpack=$2
here=$(cd "$(dirname "$0")" && pwd)
entry=$("$faqpack" list | head -n 1 | cut -f 1)
# Nothing that forces accessibility on; the script switches the desktop's screen reader on.
unset QT_ACCESSIBILITY QT_LINUX_ACCESSIBILITY_ALWAYS_ON QT_QPA_PLATFORM
exec xvfb-run -a -s "-screen 0 1280x800x24" \
    dbus-run-session -- /usr/bin/python3 "$here/atspi_check.py" "$app" "$faqpack" "$entry"
