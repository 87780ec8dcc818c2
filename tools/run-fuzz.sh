#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Runs every libFuzzer target for a short while, from its seed corpus (tests/fuzz/corpus/NAME)
# plus what earlier runs in this build found. Fails, keeping the input that did it, when a
# target crashes, hangs, leaks or runs out of memory. See docs/fuzzing.md for a long run.
# Usage: bash tools/run-fuzz.sh [BUILD_DIR] [SECONDS_PER_TARGET]   (default build-fuzz, 15)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-fuzz}
seconds=${2:-15}
targets=(pack markdown prpack po xliff interface settings bookmarks search)
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tools/sanitizers/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen
failed=()
for name in "${targets[@]}"; do
    fuzzer=$build/tests/fuzz/fuzz_$name
    if [ ! -x "$fuzzer" ]; then
        echo "run-fuzz.sh: $fuzzer is not built (cmake --preset fuzz && cmake --build --preset fuzz)" >&2
        exit 1
    fi
    corpus=$build/fuzz-corpus/$name
    artifacts=$build/fuzz-artifacts/$name
    mkdir -p "$corpus" "$artifacts"
    start=$(date +%s)
    # -timeout: one input that takes longer is a hang; -rss_limit_mb: a memory bomb.
    if "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" "tests/fuzz/corpus/$name" \
        > "$build/fuzz-$name.log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$build/fuzz-$name.log")
        echo "fuzz_$name: ok, ${runs:-?} inputs in $(($(date +%s) - start)) s"
    else
        echo "fuzz_$name: FAILED (log: $build/fuzz-$name.log, input kept in $artifacts)"
        grep -m1 -E "ERROR|SUMMARY|timeout|out-of-memory" "$build/fuzz-$name.log" || true
        failed+=("$name")
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "run-fuzz.sh: failed: ${failed[*]}" >&2
    exit 1
fi
