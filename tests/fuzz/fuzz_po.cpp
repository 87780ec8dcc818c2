// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// A translator's PO file (PoFile).

#include "fuzzinput.h"
#include "translation/pofile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pr::PackProblems problems;
    const std::optional<pr::TranslationCatalog> catalog =
        pr::PoFile::read(pr::fuzz::bytes(data, size), QStringLiteral("fuzz.po"), &problems);
    if (catalog)
        (void)pr::PoFile::write(*catalog);
    return 0;
}
