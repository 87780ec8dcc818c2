#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Writes the seed corpus of every fuzz target (tests/fuzz/corpus/NAME) from the tests' fixtures
# and the shipped content. The corpus is committed; run this again when the fixtures change.
# Usage: bash tools/make-fuzz-seeds.sh [FAQPACK]   (faqpack exports the PO and XLIFF seeds;
# default build/app/faqpack/faqpack)
set -euo pipefail
cd "$(dirname "$0")/.."
faqpack=${1:-build/app/faqpack/faqpack}
out=tests/fuzz/corpus
rm -rf "$out"
mkdir -p "$out"/{pack,markdown,prpack,po,xliff,interface,settings,bookmarks,search}

# A pack folder as one input: "path\0content\0..." (see tests/fuzz/fuzzinput.h).
pack_seed() {
    local dir=$1 name=$2
    (cd "$dir" && find . -type f ! -name '*.qm' | sort | while read -r f; do
        printf '%s\0' "${f#./}"
        cat "$f"
        printf '\0'
    done) > "$out/pack/$name"
}
for dir in tests/fixtures/packs/*/ tests/fixtures/langpacks/base/ resources/packs/ketamine-faq-en/; do
    pack_seed "$dir" "$(basename "$dir")"
done

for f in resources/packs/ketamine-faq-en/answers/*.md tests/fixtures/packs/cited-answers/answers/*.md; do
    cp "$f" "$out/markdown/$(basename "$(dirname "$(dirname "$f")")")-$(basename "$f")"
done

for f in tests/fixtures/langpacks/*.prpack tests/fixtures/langpacks/hostile/*.prpack; do
    cp "$f" "$out/prpack/$(basename "$f")"
done
if [ -x "$faqpack" ]; then
    "$faqpack" langpack build tests/fixtures/langpacks/es-with-interface \
        --base tests/fixtures/langpacks/base -o "$out/prpack/es-with-interface.prpack" >/dev/null
    # A small Spanish pack for the English base: two entries and a few interface texts.
    small=$(mktemp -d)
    cp i18n/packs/es/manifest.json "$small/"
    mkdir "$small/answers"
    jq '{entries: .entries[0:2]}' i18n/packs/es/entries.json > "$small/entries.json"
    for a in $(jq -r '.entries[].answer' "$small/entries.json"); do cp "i18n/packs/es/$a" "$small/$a"; done
    cat > "$small/patient-reader_es.ts" <<'TS'
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>%n respuesta encontrada</numerusform>
            <numerusform>%n respuestas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>printing</comment>
        <translation type="unfinished">Página %1 de %2</translation>
    </message>
</context>
</TS>
TS
    "$faqpack" langpack build "$small" -o "$out/prpack/small-es.prpack" >/dev/null
    rm -rf "$small"
    "$faqpack" export --format po --lang es -o "$out/po/bundled-es.po" >/dev/null
    "$faqpack" export --format xliff --lang es -o "$out/xliff/bundled-es.xlf" >/dev/null
    "$faqpack" export --format po --lang ar --from i18n/packs/ar -o "$out/po/update-ar.po" >/dev/null || true
    "$faqpack" export --format xliff --lang ar --from i18n/packs/ar -o "$out/xliff/update-ar.xlf" >/dev/null || true
else
    echo "make-fuzz-seeds.sh: $faqpack not built: no PO, XLIFF or built .prpack seeds" >&2
fi

cp tests/fixtures/langpacks/es-with-interface/patient-reader_es.ts "$out/interface/small-es.ts"
cp i18n/packs/ar/patient-reader_ar.ts "$out/interface/shipped-ar.ts"

cp packaging/kiosk/kiosk.conf.example "$out/settings/example.conf"
cat > "$out/settings/values.conf" <<'CONF'
[kiosk]
enabled=true
idleTimeoutSeconds=120
countdownSeconds=15
attractText="Touch the screen, \"please\""
adminPinHash=pbkdf2-sha256$120000$c2FsdA==$aGFzaA==

[language]
default=es
allowed=en, es, ar

[printing]
allowed=false

[content]
require-signed-content=true
CONF

cat > "$out/bookmarks/two.json" <<'JSON'
{"format": "patient-reader-bookmarks", "version": 1, "exported": "2026-11-30T10:00:00Z",
 "bookmarks": [
  {"pack": "ketamine-faq", "entry": "cost", "note": "Ask about the price",
   "created": "2026-11-01T09:00:00Z", "updated": "2026-11-02T09:00:00Z"},
  {"pack": "ketamine-faq", "entry": "risks", "note": "",
   "created": "2026-11-03T09:00:00Z", "updated": "2026-11-03T09:00:00Z"}]}
JSON

i=0
for q in "cost" "price" "can I drive home" "overdose risks" "ketamine side efects" \
         "how long does it last" "\"quoted words\" OR NOT near" "cost*" "-risk" "ketamina precio" \
         "الكيتامين" "NEAR(a b, 2)" "a:b" "^start" "((("; do
    printf '%s' "$q" > "$out/search/query-$i"
    i=$((i + 1))
done
echo "make-fuzz-seeds.sh: $(find "$out" -type f | wc -l) seeds in $out"
