#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors

"""Shows how the relevance floor (RelevanceFilter::kRelativeFloor) trades recall for precision.

For labelled queries it runs `faqpack search --json --floor 0` (every answer that covers a topic,
unfloored) and records each answer's score as a share of the best one. The expected answer must
stay listed; every other listed answer is noise. It prints, for candidate floors, how many
expected answers would be kept and how many other answers would be listed on average.

Labelled queries: the English ranking cases of tests/search/tst_bundledsearch.cpp and, for each
generated pack given, one query per sampled entry made of that entry's question.

    tune_relevance_floor.py build/app/faqpack/faqpack
    tune_relevance_floor.py build/app/faqpack/faqpack /tmp/pack-1k /tmp/pack-10k
"""

import json
import pathlib
import random
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FLOORS = [0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]


def search(faqpack, query, pack=None):
    command = [faqpack, "search", "--json", "--floor", "0", "--limit", "20"]
    if pack:
        command += ["--pack", pack]
    out = subprocess.run(command + ["--", query], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def shares(result):
    hits = result["results"]
    if not hits:
        return []
    best = hits[0]["score"]
    return [(hit["id"], hit["score"] / best if best > 0 else 0) for hit in hits]


def bundled_cases():
    text = (ROOT / "tests/search/tst_bundledsearch.cpp").read_text()
    return re.findall(r'\{"([^"]+)", "([^"]+)"\}', text)


def generated_cases(pack, count=40, seed=7):
    """Per sampled entry: its whole question, and two of its longer words (a terse query)."""
    entries = json.loads((pathlib.Path(pack) / "entries.json").read_text())["entries"]
    rng = random.Random(seed)
    rng.shuffle(entries)
    cases = []
    for entry in entries[:count]:
        cases.append((entry["question"], entry["id"]))
        words = [w for w in re.findall(r"[A-Za-z']+", entry["question"]) if len(w) >= 5]
        if len(words) >= 2:
            cases.append((" ".join(rng.sample(words, 2)), entry["id"]))
    return cases


def report(name, faqpack, cases, pack=None):
    rows = []
    for query, expected in cases:
        found = shares(search(faqpack, query, pack))
        expected_share = next((s for i, s in found if i == expected), None)
        others = [s for i, s in found if i != expected]
        rows.append((expected_share, others))
    print(f"\n{name}: {len(rows)} labelled queries")
    print("floor  expected kept  other answers listed (mean)")
    for floor in FLOORS:
        kept = sum(1 for e, _ in rows if e is not None and e >= floor)
        noise = sum(sum(1 for s in o if s >= floor) for _, o in rows) / max(1, len(rows))
        print(f"{floor:5.2f}  {kept:3d}/{len(rows):<3d}        {noise:5.2f}")
    shares_found = sorted(e for e, _ in rows if e is not None)
    missing = sum(1 for e, _ in rows if e is None)
    if shares_found:
        print(f"expected answer's share of the best: lowest {shares_found[0]:.2f}, "
              f"10th percentile {shares_found[len(shares_found) // 10]:.2f}; "
              f"not found at all (limit 20): {missing}")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    faqpack = sys.argv[1]
    report("bundled pack (en)", faqpack, bundled_cases())
    for pack in sys.argv[2:]:
        report(pack, faqpack, generated_cases(pack), pack)


if __name__ == "__main__":
    main()
