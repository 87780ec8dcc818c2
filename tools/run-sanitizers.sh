#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# CI, after tools/run-tests.sh: the core, faqpack and the headless tests built with clang-14,
# AddressSanitizer and UndefinedBehaviorSanitizer (the asan preset) and run; then a short run
# of every fuzz target. The fuzz targets are built in the same tree (-DPR_BUILD_FUZZERS=ON),
# so the sanitized core is compiled once for both. Usage: bash tools/run-sanitizers.sh
# [SECONDS_PER_FUZZ_TARGET]   (default 15; see docs/fuzzing.md)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-15}
SECONDS=0
cmake --preset asan -DPR_BUILD_FUZZERS=ON > /dev/null
cmake --build --preset asan -j"$(nproc)"
echo "run-sanitizers.sh: asan build took ${SECONDS} s"
built=$SECONDS
ctest --preset asan -j2
echo "run-sanitizers.sh: headless tests under ASan and UBSan took $((SECONDS - built)) s"
tested=$SECONDS
bash tools/run-fuzz.sh build-asan "$seconds"
echo "run-sanitizers.sh: fuzzing took $((SECONDS - tested)) s; all in ${SECONDS} s"
