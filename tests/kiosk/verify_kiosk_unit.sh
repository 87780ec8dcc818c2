#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Checks the kiosk's systemd unit: systemd-analyze finds nothing to complain about (it exits 0
# even on unknown keys, so any output fails), and it keeps the settings the kiosk relies on.
# Usage: verify_kiosk_unit.sh UNIT_FILE
set -eu
unit=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# The app is not installed where the unit expects it; any program will do for the check.
sed 's|^ExecStart=/usr/bin/patient-reader |ExecStart=/bin/true |' "$unit" >"$dir/patient-reader-kiosk.service"
if ! out=$(systemd-analyze verify "$dir/patient-reader-kiosk.service" 2>&1) || [ -n "$out" ]; then
    printf '%s\n' "$out"
    exit 1
fi
for line in Type=notify Restart=always WatchdogSec=30 StartLimitIntervalSec=0 \
    'ExecStart=/usr/bin/patient-reader --kiosk'; do
    grep -qx "$line" "$unit" || { echo "missing: $line"; exit 1; }
done
echo "$unit: valid"
