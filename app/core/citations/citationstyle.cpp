// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citationstyle.h"

namespace pr {

QString citationStyleKey(CitationStyle style) {
    return style == CitationStyle::Vancouver ? QStringLiteral("vancouver") : QStringLiteral("apa");
}

std::optional<CitationStyle> citationStyleFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("apa"))
        return CitationStyle::Apa;
    if (k == QLatin1String("vancouver"))
        return CitationStyle::Vancouver;
    return std::nullopt;
}

CitationStyle citationStyleOf(const Manifest &manifest) {
    return citationStyleFromKey(manifest.citationStyle).value_or(CitationStyle::Apa);
}

QString referencesLanguageOf(const Manifest &manifest) {
    if (manifest.translation && !manifest.translation->baseLanguage.isEmpty())
        return manifest.translation->baseLanguage;
    return manifest.language;
}

} // namespace pr
