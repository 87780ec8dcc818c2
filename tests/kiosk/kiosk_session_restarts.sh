#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Without a systemd user session, the kiosk session script restarts the app whenever it ends:
# a stand-in app that crashes at once must be started again and again.
# Usage: kiosk_session_restarts.sh SESSION_SCRIPT
set -eu
session=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat >"$dir/fake-app" <<'APP'
#!/bin/sh
echo "started $*" >>"$STARTS"
kill -SEGV $$
APP
chmod +x "$dir/fake-app"
# A PATH where systemctl answers as on a machine without a user session.
mkdir "$dir/bin"
printf '#!/bin/sh\nexit 1\n' >"$dir/bin/systemctl"
chmod +x "$dir/bin/systemctl"
STARTS="$dir/starts" PATIENT_READER="$dir/fake-app" PATIENT_READER_RESTART_SECONDS=0.2 \
    PATH="$dir/bin:$PATH" timeout 2 sh "$session" 2>"$dir/log" || true
starts=0
[ -f "$dir/starts" ] && starts=$(wc -l <"$dir/starts")
if [ "$starts" -lt 3 ]; then
    echo "the app was started $starts times in 2 s; expected it to be restarted after each crash"
    cat "$dir/log"
    exit 1
fi
grep -qx 'started --kiosk' "$dir/starts" || { echo "not started with --kiosk"; exit 1; }
echo "restarted $starts times in 2 s"
