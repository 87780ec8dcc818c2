// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "searchlanguage.h"

#include "snowballtokenizer.h"
#include "stemmer.h"

#include <QStringList>

namespace pr {

SearchLanguage SearchLanguage::forTag(const QString &languageTag) {
    static const QStringList withoutSpaces = {
        QStringLiteral("zh"), QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("th"),
        QStringLiteral("lo"), QStringLiteral("km"), QStringLiteral("my"), QStringLiteral("bo")};
    SearchLanguage language;
    const QString primary = languageTag.section(QLatin1Char('-'), 0, 0).toLower();
    if (withoutSpaces.contains(primary)) {
        language.analysis = Analysis::Substrings;
        return language;
    }
    language.stemmerAlgorithm = Stemmer::algorithmFor(languageTag);
    language.analysis = language.stemmerAlgorithm.isEmpty() ? Analysis::Words : Analysis::Stemmed;
    return language;
}

QString SearchLanguage::tokenizeOption() const {
    // Combining marks belong to their word, as in QueryTokenizer: by default unicode61 splits
    // words at them, so an Arabic shadda ("مخدّر") or a Devanagari vowel sign cut a word in two.
    // Latin marks are still removed (remove_diacritics), Arabic ones by the Snowball stemmer.
    const QString words = QStringLiteral(" remove_diacritics 2 categories 'L* N* Co M*'");
    switch (analysis) {
    case Analysis::Stemmed:
        return QLatin1String(SnowballTokenizer::kName) + QLatin1Char(' ') +
               QString::fromLatin1(stemmerAlgorithm) + words;
    case Analysis::Words:
        return QStringLiteral("unicode61") + words;
    case Analysis::Substrings:
        return QStringLiteral("trigram");
    }
    return {};
}

} // namespace pr
