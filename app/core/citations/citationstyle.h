// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/manifest.h"

#include <QString>
#include <optional>

namespace pr {

// The two reference styles the reader offers: APA 7 (author-date, what the bundled FAQ uses)
// and Vancouver as set out in Citing Medicine (NLM).
enum class CitationStyle { Apa, Vancouver };

QString citationStyleKey(CitationStyle style); // "apa", "vancouver"
std::optional<CitationStyle> citationStyleFromKey(const QString &key);
// The style the pack's manifest asks for; APA when it names none.
CitationStyle citationStyleOf(const Manifest &manifest);
// The language the pack's references are written in, for the style's rules (sentence case):
// a language edition keeps its base pack's references as published, so theirs is the base
// pack's language, whatever the interface or the answers are in.
QString referencesLanguageOf(const Manifest &manifest);

} // namespace pr
