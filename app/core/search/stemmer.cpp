// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "stemmer.h"

#include <libstemmer.h>

namespace pr {

Stemmer::Stemmer(const QByteArray &algorithm) {
    if (!algorithm.isEmpty())
        m_stemmer = sb_stemmer_new(algorithm.constData(), "UTF_8");
}

Stemmer::~Stemmer() {
    sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString &foldedWord) const {
    if (!m_stemmer || foldedWord.isEmpty())
        return foldedWord;
    const QByteArray utf8 = foldedWord.toUtf8();
    const sb_symbol *stemmed = sb_stemmer_stem(
        m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return foldedWord;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(m_stemmer));
}

QByteArray Stemmer::algorithmFor(const QString &languageTag) {
    const QByteArray primary = languageTag.section(QLatin1Char('-'), 0, 0).toLower().toLatin1();
    // libstemmer knows the two- and three-letter ISO 639 codes as names of its algorithms.
    static const QByteArray allowed = QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz");
    if (primary.size() < 2 || primary.size() > 3)
        return {};
    for (char c : primary) {
        if (!allowed.contains(c))
            return {};
    }
    sb_stemmer *probe = sb_stemmer_new(primary.constData(), "UTF_8");
    if (!probe)
        return {};
    sb_stemmer_delete(probe);
    return primary;
}

} // namespace pr
