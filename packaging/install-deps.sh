#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Installs everything Patient Reader needs to build, run and test on Debian 12.
# Run as root. Safe to run again: apt-get skips what is already installed.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools
  libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libgl1-mesa-dev libmd4c-dev libmd4c-html0-dev
  libstemmer-dev libsqlite3-dev libqrencode-dev libsodium-dev desktop-file-utils appstream
  # The handout: page numbers on the printed PDF, its print preview, and the tests that read
  # the PDFs back (pdftotext, pdftoppm).
  libqpdf-dev qt6-pdf-dev poppler-utils
  xvfb xauth imagemagick fonts-dejavu-core fonts-noto-core gettext
  # The Debian packages and their install test (packaging/README.md).
  debhelper dpkg-dev fakeroot help2man lintian reprepro jq man-db groff-base x11-utils
  qt6-qpa-plugins xdg-utils
  # Read aloud (Qt TextToSpeech through speech-dispatcher and espeak-ng; flite for English) and
  # the dyslexia-friendly reading font.
  qt6-speech-dev qt6-speech-speechd-plugin qt6-speech-flite-plugin speech-dispatcher
  speech-dispatcher-espeak-ng espeak-ng fonts-opendyslexic
  # The accessibility checks: AT-SPI (a private D-Bus session under Xvfb) and axe-core in
  # Debian's chromium (tests/accessibility).
  python3-pyatspi at-spi2-core dbus libglib2.0-bin xdotool chromium
  # The asan and fuzz presets: clang with AddressSanitizer, UBSan and libFuzzer (docs/fuzzing.md).
  clang-14 libclang-rt-14-dev
)
# npm for the axe-core check (tests/accessibility/axe). Debian's nodejs and npm, unless a node
# with npm is installed already (their packages would conflict).
command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)

export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" -ne 0 ]; then
  echo "install-deps.sh: run as root (or with sudo)" >&2
  exit 1
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
