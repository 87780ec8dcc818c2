// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// A translator's XLIFF file (XliffFile).

#include "fuzzinput.h"
#include "translation/xlifffile.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pr::PackProblems problems;
    const std::optional<pr::TranslationCatalog> catalog =
        pr::XliffFile::read(pr::fuzz::bytes(data, size), QStringLiteral("fuzz.xlf"), &problems);
    if (catalog)
        (void)pr::XliffFile::write(*catalog);
    return 0;
}
