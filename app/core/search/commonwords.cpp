// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "commonwords.h"

#include "querytokenizer.h"

#include <QFile>
#include <algorithm>

namespace pr {

QStringList CommonWords::forLanguage(const QString &languageTag) {
    return read(QStringLiteral(":/commonwords/"), languageTag);
}

QStringList CommonWords::broadForLanguage(const QString &languageTag) {
    return read(QStringLiteral(":/commonwords/broad/"), languageTag);
}

QStringList CommonWords::read(const QString &folder, const QString &languageTag) {
    const QString primary = languageTag.section(QLatin1Char('-'), 0, 0).toLower();
    if (primary.isEmpty() || !std::all_of(primary.cbegin(), primary.cend(),
                                          [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return {};
    QFile file(folder + primary + QStringLiteral(".txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList words;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            continue;
        // "don't" is two words to search ("don", "t"), as it is in the index.
        for (const QueryWord &word : QueryTokenizer::split(line, QueryTokenizer::kMaxWords))
            words.append(word.folded);
    }
    words.removeDuplicates();
    return words;
}

} // namespace pr
