#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Runs atspi_check.py against the app in a private D-Bus session on a private X server, as a
# screen reader user would meet it. Usage: run-atspi-check.sh PATIENT_READER FAQPACK
set -euo pipefail
app=$1
faqpack=$2
here=$(cd "$(dirname "$0")" && pwd)
entry=$("$faqpack" list | head -n 1 | cut -f 1)
work=$(mktemp -d)
xvfb_pid=
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# The X server picks a free display itself (no race with other servers on the machine).
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
[ -s "$work/display" ] || { echo "Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -n 1 "$work/display")"
# Nothing that forces accessibility on; the script switches the desktop's screen reader on.
unset QT_ACCESSIBILITY QT_LINUX_ACCESSIBILITY_ALWAYS_ON QT_QPA_PLATFORM
dbus-run-session -- /usr/bin/python3 "$here/atspi_check.py" "$app" "$faqpack" "$entry"
