#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs Patient Reader the way a clinic does, for real, and takes it away again:
#
#  1. builds every package (packaging/build-packages.sh) and checks them with lintian;
#  2. publishes them in a local APT repository (reprepro) added as a file: source;
#  3. apt-get install patient-reader patient-reader-lang-es, then starts /usr/bin/patient-reader
#     under Xvfb for a user whose remembered language is Spanish: the window must show the
#     Spanish pack's title, which it can only do if the reader found the installed pack;
#  4. publishes a newer version of the Spanish pack alone, built by the installed faqpack,
#     upgrades it with apt-get and sees the new content in the app;
#  5. rolls the pack back to the first version with an APT pin, as docs/deploying.md says;
#  6. apt-get purge: nothing of the packages may be left, and the user's own data must be.
#
# Needs root and the build tools (bash packaging/install-deps.sh); exits 77 (CTest: skipped)
# without them. Whatever happens, it removes what it installed and its APT source.
# PR_PACKAGES_DIR: use the packages already built there instead of building them.
set -euo pipefail

src=$(cd "$(dirname "$0")/../.." && pwd)
say() { echo "install-test: $*"; }
skip() { say "SKIPPED: $*"; exit 77; }
fail() { say "FAILED: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || skip "needs root: it installs packages with apt-get"
for tool in apt-get dpkg-buildpackage dh help2man reprepro jq xvfb-run xwininfo xprop man; do
    command -v "$tool" >/dev/null || skip "$tool is missing (bash packaging/install-deps.sh)"
done
ours=(patient-reader patient-reader-kiosk patient-reader-lang-es patient-reader-lang-ar)
for p in "${ours[@]}"; do
    if dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -qv '^not-installed$'; then
        skip "$p is already on this machine; the test would remove it"
    fi
done

work=$(mktemp -d /tmp/patient-reader-install-test.XXXXXX)
chmod 755 "$work" # apt's unprivileged downloader reads the repository
source_list=/etc/apt/sources.list.d/$(basename "$work").list
pin=/etc/apt/preferences.d/patient-reader-install-test.pref
apt=(apt-get -y -q -o DPkg::Lock::Timeout=600)
# Refreshes only the test's own source, never the machine's others.
apt_update_ours=("${apt[@]}" update -o Dir::Etc::sourcelist="$source_list"
                 -o Dir::Etc::sourceparts=- -o APT::Get::List-Cleanup=0)
brought_in=$work/brought-in # packages apt installed for the test, with their dependencies

restore_machine() {
    local status=$?
    set +e
    local remove=()
    if [ -f "$brought_in" ]; then
        while read -r p; do
            dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null | grep -q '^installed$' &&
                remove+=("$p")
        done < "$brought_in"
    fi
    if [ ${#remove[@]} -gt 0 ]; then
        say "restoring the machine: purging ${remove[*]}"
        "${apt[@]}" purge "${remove[@]}" >> "$work/apt.log" 2>&1 ||
            say "could not purge ${remove[*]} (apt's log follows)"; status=1
    fi
    rm -f "$source_list" "$pin" /var/lib/apt/lists/*"$(basename "$work")"*
    [ "$status" -eq 0 ] || { say "apt's log:"; tail -n 40 "$work/apt.log" 2>/dev/null; }
    rm -rf "$work"
    exit "$status"
}
trap restore_machine EXIT
trap 'exit 130' INT TERM

# 1. Build and check.
debs=${PR_PACKAGES_DIR:-$work/debs}
if [ -z "${PR_PACKAGES_DIR:-}" ]; then
    started=$SECONDS
    bash "$src/packaging/build-packages.sh" "$debs" >/dev/null
    say "built the packages in $((SECONDS - started)) s"
fi
if command -v lintian >/dev/null; then
    lintian --no-cfg --fail-on error,warning "$debs"/*.changes || fail "lintian found problems"
    say "lintian: no errors, no warnings"
fi

# 2. The repository.
repo=$work/repo
mkdir -p "$repo/conf"
for codename in clinic clinic-previous; do
    cat <<CONF
Origin: Patient Reader install test
Label: Patient Reader install test
Codename: $codename
Architectures: $(dpkg --print-architecture)
Components: main
Description: Packages made by packaging/tests/install-test.sh

CONF
done > "$repo/conf/distributions"
reprepro -b "$repo" --silent includedeb clinic "$debs"/*.deb
reprepro -b "$repo" --silent export # clinic-previous too, empty until the first update
for codename in clinic clinic-previous; do
    echo "deb [trusted=yes] file:$repo $codename main"
done > "$source_list"
"${apt_update_ours[@]}" > "$work/apt.log" 2>&1 || fail "apt-get update of the test repository"

# 3. Install and start.
"${apt[@]}" install -s patient-reader patient-reader-lang-es 2>>"$work/apt.log" |
    awk '/^Inst /{print $2}' > "$brought_in"
"${apt[@]}" install patient-reader patient-reader-lang-es >> "$work/apt.log" 2>&1 ||
    fail "apt-get install patient-reader patient-reader-lang-es"
say "installed from the repository: $(tr '\n' ' ' < "$brought_in")"
[ "$(dpkg -S /usr/bin/patient-reader)" = "patient-reader: /usr/bin/patient-reader" ] ||
    fail "/usr/bin/patient-reader does not come from the patient-reader package"
es_version=$(dpkg-query -W -f='${Version}' patient-reader-lang-es)
app_version=$(dpkg-query -W -f='${Version}' patient-reader)

# A reader's home: the Spanish edition is the language they last chose.
home=$work/home
mkdir -p "$home/.config/patient-reader"
printf '[view]\nlanguage=es\n' > "$home/.config/patient-reader/patient-reader.conf"

# Starts /usr/bin/patient-reader under Xvfb as that reader; passes when its window's title
# holds the text given, within a minute. On X (the test environment may say "offscreen").
app_shows_title() {
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
        QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1 LC_ALL=C.UTF-8 \
        xvfb-run -a -s '-screen 0 1280x800x24' bash "$src/packaging/tests/window-title.sh" \
        /usr/bin/patient-reader "$1" 60
}
# The window title is "TITLE — Patient Reader".
es_title=$(jq -r .title "$src/i18n/packs/es/manifest.json")
app_shows_title "$es_title — " || fail "the installed reader did not open the installed Spanish pack"
man -P cat --warnings patient-reader 2>"$work/man.err" | grep -q -- '--language-pack' &&
    man -P cat --warnings faqpack 2>>"$work/man.err" | grep -q 'langpack' &&
    [ ! -s "$work/man.err" ] || fail "the manual pages do not render: $(cat "$work/man.err")"
say "the installed reader lists the installed Spanish pack $es_version; the manual pages render"

# 4. A content update of the Spanish pack alone, built with the installed faqpack.
next=$work/es-next
cp -r "$src/i18n/packs/es" "$next"
jq '.version += ".1" | .title += " (actualizado)"' "$src/i18n/packs/es/manifest.json" \
    > "$next/manifest.json"
FAQPACK=/usr/bin/faqpack bash "$src/packaging/build-langpack.sh" "$next" "$work/debs-next" >/dev/null
reprepro -b "$repo" --silent copy clinic-previous clinic patient-reader-lang-es
reprepro -b "$repo" --silent includedeb clinic "$work"/debs-next/*.deb
"${apt_update_ours[@]}" >> "$work/apt.log" 2>&1 || fail "apt-get update of the test repository"
"${apt[@]}" install --only-upgrade patient-reader-lang-es >> "$work/apt.log" 2>&1 ||
    fail "apt-get install --only-upgrade patient-reader-lang-es"
new_version=$(dpkg-query -W -f='${Version}' patient-reader-lang-es)
dpkg --compare-versions "$new_version" gt "$es_version" ||
    fail "patient-reader-lang-es is still $new_version after the upgrade"
[ "$(dpkg-query -W -f='${Version}' patient-reader)" = "$app_version" ] ||
    fail "upgrading the language pack changed patient-reader"
app_shows_title "$es_title (actualizado) — " || fail "the reader does not show the upgraded pack"
say "upgraded patient-reader-lang-es alone to $new_version; the reader shows the new content"

# 5. Roll back: a pin above 1000 makes APT go back to the first version.
printf 'Package: patient-reader-lang-es\nPin: version %s\nPin-Priority: 1001\n' "$es_version" > "$pin"
"${apt[@]}" install --allow-downgrades patient-reader-lang-es >> "$work/apt.log" 2>&1 ||
    fail "apt-get install --allow-downgrades patient-reader-lang-es with the pin"
[ "$(dpkg-query -W -f='${Version}' patient-reader-lang-es)" = "$es_version" ] ||
    fail "the pin did not bring patient-reader-lang-es back to $es_version"
app_shows_title "$es_title — " || fail "the reader does not show the rolled-back pack"
rm -f "$pin"
say "rolled patient-reader-lang-es back to $es_version with a pin; the reader shows it"

# 6. Purge. Every file the packages installed goes, except folders other packages own too.
dpkg -L patient-reader patient-reader-lang-es | grep -vx "/\." | sort -u > "$work/owned"
[ -s "$home/.local/share/patient-reader/patient-reader/user.sqlite" ] ||
    fail "the reader kept no user store in $home: nothing to check the purge against"
"${apt[@]}" purge patient-reader patient-reader-lang-es >> "$work/apt.log" 2>&1 ||
    fail "apt-get purge"
left=()
while read -r path; do
    [ -e "$path" ] || continue
    [ -d "$path" ] && dpkg -S "$path" >/dev/null 2>&1 && continue
    left+=("$path")
done < "$work/owned"
while read -r path; do
    left+=("$path")
done < <(find /etc /usr /opt /var/lib \( -path /var/lib/apt/lists -o -path "$source_list" \) -prune -o \
    \( -name '*patient-reader*' -o -name '*patientreader*' -o -name 'faqpack*' \) -print)
[ ${#left[@]} -eq 0 ] || fail "left behind after the purge: ${left[*]}"
[ -s "$home/.local/share/patient-reader/patient-reader/user.sqlite" ] &&
    [ -s "$home/.config/patient-reader/patient-reader.conf" ] ||
    fail "the purge removed the reader's own data"
say "purged: nothing left behind; the reader's bookmarks and settings are kept"
say "passed"
