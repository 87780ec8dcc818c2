#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package of one language pack folder (see docs/language-packs.md):
#
#   bash packaging/build-langpack.sh PACK_DIR OUT_DIR
#
# The package is patient-reader-lang-LANG, a source package of its own whose version is the
# pack's own "version" (1.0.0-es.2 becomes 1.0.0+es.2), so that a content update is
# published without a new version of the app. It installs NAME.prpack into
# /usr/share/patient-reader/packs, where the reader finds it with no configuration.
# FAQPACK names the faqpack that checks and builds the pack (default: the one in PATH).
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: bash packaging/build-langpack.sh PACK_DIR OUT_DIR" >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
pack_dir=$(cd "$1" && pwd)
mkdir -p "$2"
out_dir=$(cd "$2" && pwd)
manifest=$pack_dir/manifest.json
FAQPACK=$(realpath -e "$(command -v "${FAQPACK:-faqpack}")") || {
    echo "build-langpack.sh: faqpack not found; set FAQPACK or install patient-reader" >&2
    exit 1
}
export FAQPACK

field() { jq -er "$1" "$manifest"; }
[ -f "$manifest" ] || { echo "build-langpack.sh: $manifest: no such file" >&2; exit 1; }
LANGUAGE=$(field .language)
PACK_VERSION=$(field .version)
pack_id=$(field .id)
TRANSLATOR=$(field .translator)
review=$(field .review.status)

# Debian package names are lower case: pt-BR -> patient-reader-lang-pt-br.
PACKAGE=patient-reader-lang-$(printf '%s' "$LANGUAGE" | tr 'A-Z' 'a-z')
DEB_VERSION=${PACK_VERSION//-/+}
if ! dpkg --validate-version "$DEB_VERSION" 2>/dev/null || [[ ! $PACKAGE =~ ^[a-z0-9][a-z0-9.+-]+$ ]]; then
    echo "build-langpack.sh: $manifest: \"language\": \"$LANGUAGE\" and \"version\":" \
         "\"$PACK_VERSION\" do not make a Debian package name and version" >&2
    exit 1
fi
# The pack's own name of its language ("Español"), as the reader's Language menu shows it;
# `langpack info` also checks the whole folder before anything is built.
info=$("$FAQPACK" langpack info "$pack_dir") || {
    printf '%s\n' "$info" >&2
    echo "build-langpack.sh: $pack_dir is not a usable language pack" >&2
    exit 1
}
NATIVE_NAME=$(printf '%s\n' "$info" | sed -n 's/^Language: *\(.*\) ([^)]*)$/\1/p')
MAINTAINER="Patient Reader maintainers <patient-reader@example.org>"
edition=$(jq -r '.editionDate // empty' "$manifest")
DATE=$(LC_ALL=C date -u -R -d "${edition:-now} 12:00")
if [ "$review" = reviewed ]; then
    reviewed="It was checked against the original by a clinician: $(jq -r '.review.reviewer + ", " + .review.date' "$manifest")."
else
    reviewed="It has not been checked by a clinician, and the reader says so on every answer."
fi
RECOMMENDS=
# Arabic, Persian, Hebrew...: the Noto fonts cover these scripts better than DejaVu.
if [ "$(jq -r '.direction // "ltr"' "$manifest")" = rtl ]; then
    RECOMMENDS="Recommends: fonts-noto-core"$'\n'
fi
DESCRIPTION=$(printf '%s\n' \
    "The FAQ \"$(field .title)\" and the interface of Patient Reader in $NATIVE_NAME ($LANGUAGE): pack $pack_id version $PACK_VERSION. It is installed in /usr/share/patient-reader/packs, and the reader lists it in its Language menu with no configuration." \
    "." \
    "Translator: $TRANSLATOR. $reviewed" |
    fold -s -w 72 | sed -e 's/ *$//' -e 's/^/ /')
export PACKAGE LANGUAGE NATIVE_NAME PACK_VERSION DEB_VERSION TRANSLATOR MAINTAINER DATE RECOMMENDS DESCRIPTION

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage=$work/$PACKAGE-$DEB_VERSION
mkdir -p "$stage/debian/source"
cp -r "$pack_dir" "$stage/pack"
vars='${PACKAGE} ${LANGUAGE} ${NATIVE_NAME} ${PACK_VERSION} ${DEB_VERSION} ${TRANSLATOR} ${MAINTAINER} ${DATE} ${RECOMMENDS} ${DESCRIPTION}'
for f in control changelog copyright; do
    envsubst "$vars" < "$here/langpack/$f.in" > "$stage/debian/$f"
done
install -m 755 "$here/langpack/rules" "$stage/debian/rules"
echo "3.0 (native)" > "$stage/debian/source/format"
printf 'PACKAGE = %s\nPRPACK = %s\n' "$PACKAGE" "$pack_id-$LANGUAGE.prpack" \
    > "$stage/debian/langpack.mk"

# -d: the faqpack named by FAQPACK stands for the build dependency on patient-reader.
(cd "$stage" && dpkg-buildpackage -b -us -uc -d) > "$work/build.log" 2>&1 || {
    cat "$work/build.log" >&2
    exit 1
}
mv "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$out_dir"/
echo "$out_dir/${PACKAGE}_${DEB_VERSION}_all.deb"
