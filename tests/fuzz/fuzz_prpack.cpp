// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// A single-file language pack (.prpack): the container, then the pack it holds, its interface
// translation and its merge with the English pack.

#include "content/languagepackfile.h"
#include "content/packreader.h"
#include "fuzzinput.h"
#include "translation/languagepackloader.h"

namespace {
const pr::Pack *base = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    static const pr::PackReadResult read =
        pr::PackReader().read(QStringLiteral(PR_SOURCE_DIR "/resources/packs/ketamine-faq-en"));
    if (!read.pack)
        qFatal("The English pack cannot be read");
    base = &*read.pack;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    pr::PackProblems problems;
    const std::optional<pr::PackFileMap> files = pr::LanguagePackFile::parse(
        pr::fuzz::bytes(data, size), QStringLiteral("fuzz.prpack"), {}, &problems);
    if (files)
        (void)pr::LanguagePackLoader(*base).loadFiles(*files);
    return 0;
}
