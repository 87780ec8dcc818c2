#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Start-up side by side: the bare QWebEngineView floor, then Patient Reader, then the peers
# (Kiwix desktop, Zeal, Qt Assistant) and any other --app given, alternately, on a bare Xvfb
# 1280x800 (no window manager), software GL, windows 1200x760. Medians of 5 with the range,
# ratios to the floor, and the load average while it ran.
# Every peer opens the same page as the floor (the bundled pack's first answer, the floor page's
# colours), made at the start of the run by make_peer_content.py in its own format. A peer that
# is not installed is named and left out; tests/benchmarks/startup/install-peers.sh installs
# them (benchmark only, not CI).
# Usage: tests/benchmarks/startup/run.sh [BUILD-DIR] [DISPLAY-NUMBER] [-- more startup_benchmark
#        options, e.g. --app "before=/path/to/old/patient-reader -geometry 1200x760+0+0"]
# PEERS="kiwix zeal assistant" (the default) chooses the peers; PEERS=none runs without them.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
build=${1:-$here/../../../build}
display=${2:-95}
shift $(($# > 2 ? 2 : $#))
[ "${1:-}" = "--" ] && shift
geometry="-geometry 1200x760+0+0"
peers=${PEERS-kiwix zeal assistant}
[ "$peers" = none ] && peers=

content=$(mktemp -d /tmp/startup-peers.XXXXXX)
cleanup() {
    [ -n "${xvfb:-}" ] && kill "$xvfb"
    rm -rf "$content"
}
trap cleanup EXIT

peer_apps=()
if [ -n "$peers" ]; then
    if command -v python3 >/dev/null; then
        python3 "$here/make_peer_content.py" "$repo" "$content" || true
    else
        echo "run.sh: python3 not found: no content for the peers" >&2
    fi
fi
skip() { echo "run.sh: peer $1 left out: $2 (tests/benchmarks/startup/install-peers.sh)" >&2; }
for peer in $peers; do
    case $peer in
    kiwix)
        if ! command -v kiwix-desktop >/dev/null; then
            skip kiwix "kiwix-desktop not installed (Debian package kiwix)"
        elif [ ! -f "$content/kiwix/patient-faq.zim" ]; then
            skip kiwix "no .zim made (zimwriterfs: Debian package zim-tools)"
        else
            # The zim file as argument: Kiwix opens it in a tab on its main page.
            peer_apps+=(--app "kiwix=kiwix-desktop $geometry $content/kiwix/patient-faq.zim")
        fi
        ;;
    zeal)
        if ! command -v zeal >/dev/null; then
            skip zeal "zeal not installed (Debian package zeal)"
        elif [ ! -d "$content/zeal/PatientFAQ.docset" ]; then
            skip zeal "no docset made"
        else
            # The docset goes into the run's fresh HOME (outside the timing); the query
            # argument makes Zeal search it and open the first (only) result, the page.
            peer_apps+=(--app "zeal=zeal $geometry \"patientfaq:What is ketamine\""
                --setup "zeal=$here/zeal-home.sh $content/zeal/PatientFAQ.docset")
        fi
        ;;
    assistant)
        assistant=/usr/lib/qt6/bin/assistant
        if [ ! -x "$assistant" ]; then
            skip assistant "$assistant not installed (Debian package assistant-qt6)"
        elif [ ! -f "$content/assistant/patient-faq.qhc" ]; then
            skip assistant "no .qhc made (qhelpgenerator: Debian package qt6-documentation-tools)"
        else
            # Assistant copies the collection into the run's fresh HOME and shows the page.
            peer_apps+=(--app "assistant=$assistant $geometry -collectionFile \
$content/assistant/patient-faq.qhc -showUrl qthelp://org.patientreader.faq/doc/index.html")
        fi
        ;;
    *) echo "run.sh: unknown peer $peer (kiwix, zeal, assistant)" >&2 ;;
    esac
done

Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
# As root, Chromium's sandbox cannot run: the same for every program compared.
[ "$(id -u)" = 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
DISPLAY=":$display" LIBGL_ALWAYS_SOFTWARE=1 "$build/tests/benchmarks/startup_benchmark" \
    --app "floor=$build/tests/benchmarks/floor_app $here/floor-page.html $geometry" \
    --app "patient-reader=$build/app/patient-reader $geometry" ${peer_apps[@]+"${peer_apps[@]}"} \
    "$@" 2>/dev/null
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
