#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds every Debian package of Patient Reader into OUT_DIR (see packaging/README.md):
#
#   bash packaging/build-packages.sh OUT_DIR
#
#   patient-reader (+ -dbgsym)   the reader and faqpack        debian/ at the top of the tree
#   patient-reader-kiosk         the waiting-room session      debian/
#   patient-reader-lang-LANG     one per folder in i18n/packs  packaging/build-langpack.sh
#
# Needs the build dependencies (bash packaging/install-deps.sh). Uses ccache when it is
# installed, and at most 2 parallel jobs (PR_PACKAGE_JOBS to change that).
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: bash packaging/build-packages.sh OUT_DIR" >&2
    exit 2
fi
src=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
out=$(cd "$1" && pwd)
export LC_ALL=C.UTF-8

# dpkg-buildpackage writes its packages beside the source tree, so the tree is copied into a
# folder of its own first (without build folders and version control).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(cd "$src" && dpkg-parsechangelog -SVersion)
tree=$work/patient-reader-$version
mkdir "$tree"
tar -C "$src" --exclude-vcs --exclude='./build*' --exclude='./obj-*' --exclude='./out' \
    --exclude='./.cache' -cf - . | tar -C "$tree" -xf -

export DEB_BUILD_OPTIONS="nocheck parallel=${PR_PACKAGE_JOBS:-2}"
if command -v ccache >/dev/null; then
    # debhelper gives the build a HOME of its own: name the real cache. The tree's path is
    # new on every run; paths relative to it keep the cache's entries valid.
    export CMAKE_CXX_COMPILER_LAUNCHER=ccache CMAKE_C_COMPILER_LAUNCHER=ccache
    CCACHE_DIR=$(ccache -k cache_dir)
    export CCACHE_DIR CCACHE_BASEDIR=$tree CCACHE_NOHASHDIR=1
    export CCACHE_SLOPPINESS=time_macros,include_file_mtime,include_file_ctime
fi

echo "build-packages.sh: building patient-reader $version (log: $out/build.log)"
(cd "$tree" && dpkg-buildpackage -b -us -uc) > "$out/build.log" 2>&1 || {
    tail -n 60 "$out/build.log" >&2
    echo "build-packages.sh: the build failed; the whole log is $out/build.log" >&2
    exit 1
}
mv "$work"/*.deb "$work"/*.ddeb "$work"/*.changes "$work"/*.buildinfo "$out"/ 2>/dev/null || true

# The language packs are checked and built by the faqpack just built.
export FAQPACK=$tree/obj-$(dpkg-architecture -qDEB_HOST_GNU_TYPE)/app/faqpack/faqpack
for pack in "$src"/i18n/packs/*/; do
    echo "build-packages.sh: building the language pack in ${pack#"$src"/}"
    bash "$src/packaging/build-langpack.sh" "$pack" "$out" >/dev/null
done
ls "$out"/*.deb
