// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors
//
// What a reader types in the search box, searched in the English pack (SearchIndex: the
// query's words become an SQLite FTS5 query).

#include "content/packreader.h"
#include "fuzzinput.h"
#include "search/searchindex.h"

#include <QCoreApplication>

namespace {
const pr::SearchIndex *searchIndex = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv) {
    pr::fuzz::silenceQtMessages();
    new QCoreApplication(*argc, *argv); // the SQLite driver is a plugin
    const pr::PackReadResult read =
        pr::PackReader().read(QStringLiteral(PR_SOURCE_DIR "/resources/packs/ketamine-faq-en"));
    if (!read.pack)
        qFatal("The English pack cannot be read");
    searchIndex = new pr::SearchIndex(*read.pack);
    if (!searchIndex->isReady())
        qFatal("The search index cannot be built");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)searchIndex->search(QString::fromUtf8(pr::fuzz::bytes(data, size)));
    return 0;
}
