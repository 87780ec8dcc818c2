// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// A pack's manifest, entries, answers, references and synonyms (PackReader).

#include "content/packreader.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const pr::PackReadResult result =
        pr::PackReader().readFiles(pr::fuzz::packFiles(pr::fuzz::bytes(data, size)));
    if (result.pack) {
        for (const pr::Entry &entry : result.pack->entries())
            (void)result.pack->referrersOf(entry.id);
    }
    return 0;
}
