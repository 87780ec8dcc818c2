// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QString>

struct sb_stemmer;

namespace pr {

// A Snowball stemmer (libstemmer) for one language: "treatments" -> "treatment",
// "insurance" -> "insur". Words must already be folded to lower case. Not thread-safe: each
// index and each query builder owns its own.
class Stemmer {
public:
    // algorithm: an ISO 639 code ("en") or a Snowball name ("english"); see algorithmFor().
    explicit Stemmer(const QByteArray &algorithm);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    bool isValid() const { return m_stemmer != nullptr; }
    // The word itself when there is no stemmer for the language.
    QString stem(const QString &foldedWord) const;

    // The Snowball algorithm for a BCP 47 language tag ("en-GB" -> "en"), empty if
    // Snowball has none.
    static QByteArray algorithmFor(const QString &languageTag);

private:
    sb_stemmer *m_stemmer = nullptr;
};

} // namespace pr
