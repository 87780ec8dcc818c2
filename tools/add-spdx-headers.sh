#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors
#
# Puts the licence header on every source file of the repository (C++, CMake, shell, Python,
# Makefile), after a "#!" line when there is one. Safe to run again: a file that already has
# an SPDX-License-Identifier near its top is left as it is.
#
#   bash tools/add-spdx-headers.sh           add the missing headers
#   bash tools/add-spdx-headers.sh --check   list the files without one; exit 1 if any
#
# The files are those git knows of, committed or new (not ignored).
set -euo pipefail
cd "$(dirname "$0")/.."

license="SPDX-License-Identifier: GPL-3.0-or-later"
copyright="SPDX-FileCopyrightText: 2026 Patient Reader contributors"
check=false
case "${1:-}" in
    --check) check=true ;;
    "") ;;
    *) echo "usage: bash tools/add-spdx-headers.sh [--check]" >&2; exit 2 ;;
esac
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "add-spdx-headers.sh: $(pwd) is not a git work tree: no list of source files" >&2
    exit 77 # CTest: skipped
fi

# Prints the comment marker for a source file, or nothing for any other file.
comment_marker() {
    case "${1##*/}" in
        *.cpp | *.h) echo "//" ;;
        *.cmake | CMakeLists.txt | *.sh | *.py | rules) echo "#" ;;
        *.*) ;;
        *) # A script without an extension: known by its "#!" line.
            if head -n 1 "$1" | grep -qE '^#!.*(sh|bash|python3?)\b'; then echo "#"; fi ;;
    esac
}

has_header() { head -n 10 "$1" | grep -q 'SPDX-License-Identifier:'; }

add_header() {
    local file=$1 marker=$2 tmp
    tmp=$(mktemp)
    {
        # Keep a "#!" line (and Python's coding line) first.
        local skip=0
        if head -n 1 "$file" | grep -q '^#!'; then skip=1; fi
        if [ "$skip" = 1 ] && sed -n 2p "$file" | grep -qE '^#.*coding[:=]'; then skip=2; fi
        head -n "$skip" "$file"
        printf '%s %s\n%s %s\n' "$marker" "$license" "$marker" "$copyright"
        # Then a blank line before code, or an empty comment line that joins the header to a
        # shell or CMake file's own opening comment.
        local next
        next=$(sed -n "$((skip + 1))p" "$file")
        if [ "$marker" = "#" ] && [ "${next:0:1}" = "#" ]; then
            printf '#\n'
        elif [ -n "$next" ]; then
            printf '\n'
        fi
        tail -n "+$((skip + 1))" "$file"
    } > "$tmp"
    # Keep the file's mode (scripts stay executable).
    cat "$tmp" > "$file"
    rm -f "$tmp"
}

missing=0
while IFS= read -r -d '' file; do
    [ -f "$file" ] && [ ! -L "$file" ] || continue
    marker=$(comment_marker "$file")
    [ -n "$marker" ] || continue
    has_header "$file" && continue
    if $check; then
        echo "$file: no SPDX-License-Identifier in its first 10 lines" \
             "(run bash tools/add-spdx-headers.sh)"
        missing=$((missing + 1))
    else
        add_header "$file" "$marker"
        echo "added: $file"
    fi
done < <(git ls-files -z --cached --others --exclude-standard)

if $check; then
    if [ "$missing" -gt 0 ]; then
        echo "$missing source files have no licence header" >&2
        exit 1
    fi
    echo "every source file has a licence header"
fi
