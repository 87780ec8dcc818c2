// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// A language pack's interface translation, a Qt Linguist .ts (InterfaceCatalogue).

#include "fuzzinput.h"
#include "translation/interfacecatalogue.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
    pr::fuzz::silenceQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray input = pr::fuzz::bytes(data, size);
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("es")}) {
        pr::PackProblems problems;
        const std::optional<pr::InterfaceCatalogue> catalogue =
            pr::InterfaceCatalogue::parse(input, QStringLiteral("fuzz.ts"), language, &problems);
        if (catalogue) {
            (void)catalogue->translate("MainWindow", "&File", nullptr, -1);
            (void)catalogue->translate("SearchPanel", "%n answers found", nullptr, 3);
        }
    }
    return 0;
}
