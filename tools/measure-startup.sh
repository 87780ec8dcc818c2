#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Time from launch to the first answer painted, and memory (PSS of the whole process tree),
# median of N runs (default 5) under xvfb-run. Usage: tools/measure-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=${APP:-build/app/patient-reader}
[ -x "$app" ] || { echo "build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }
export QTWEBENGINE_DISABLE_SANDBOX=1
times=(); mems=()
for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    out=$(XDG_CONFIG_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1280x800x24" "$app" --benchmark-startup 2>/dev/null)
    inapp=$(sed -n 's/first answer painted after \([0-9]*\) ms/\1/p' <<<"$out")
    mem=$(sed -n 's/memory (PSS of the process tree): \([0-9]*\) KiB/\1/p' <<<"$out")
    times+=("$inapp"); mems+=("$mem")
    echo "run: first answer painted ${inapp} ms after main(); PSS ${mem} KiB; whole run incl. xvfb $(( ($(date +%s%N) - start) / 1000000 )) ms"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median time to first answer painted: $(median "${times[@]}") ms"
echo "median memory (PSS, process tree): $(( $(median "${mems[@]}") / 1024 )) MiB"
