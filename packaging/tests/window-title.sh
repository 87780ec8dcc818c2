#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside an X server (xvfb-run): starts PROGRAM, waits up to SECONDS for a top-level window
# whose title (_NET_WM_NAME, UTF-8) holds TEXT, then ends PROGRAM. Exit 0 when one did.
#   window-title.sh PROGRAM TEXT SECONDS
set -uo pipefail
program=$1 text=$2 seconds=$3
log=$(mktemp)
"$program" > "$log" 2>&1 &
pid=$!
titles=""
found=1
for ((i = 0; i < seconds; i++)); do
    sleep 1
    kill -0 "$pid" 2>/dev/null || break
    titles=$(xwininfo -root -children | awk '/^ +0x/{print $1}' | while read -r id; do
        xprop -id "$id" _NET_WM_NAME 2>/dev/null | sed -n 's/^_NET_WM_NAME(UTF8_STRING) = "\(.*\)"$/\1/p'
    done)
    if grep -qF -- "$text" <<< "$titles"; then
        found=0
        break
    fi
done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
if [ "$found" -ne 0 ]; then
    echo "window-title.sh: no window titled \"$text\" after ${i}s; titles: ${titles:-none}" >&2
    echo "window-title.sh: $program said:" >&2
    tail -n 20 "$log" >&2
else
    echo "window-title.sh: $program shows \"$titles\""
fi
rm -f "$log"
exit "$found"
