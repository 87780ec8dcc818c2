// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QStringList>

// Small packs built in code for the search tests.
namespace pr::searchtesting {

inline Entry entry(const QString &id, const QString &question, const QString &answer) {
    Entry e;
    e.id = id;
    e.question = question;
    e.answerMarkdown = answer;
    return e;
}

inline Pack pack(const QList<Entry> &entries, const QList<QStringList> &synonyms = {},
                 const QString &language = QStringLiteral("en")) {
    Manifest manifest;
    manifest.id = QStringLiteral("test-pack");
    manifest.title = QStringLiteral("Test pack");
    manifest.language = language;
    manifest.version = QStringLiteral("1");
    manifest.publisher = QStringLiteral("Tests");
    return Pack(manifest, entries, {}, synonyms);
}

} // namespace pr::searchtesting
