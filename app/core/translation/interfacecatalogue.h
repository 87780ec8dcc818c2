// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packproblem.h"
#include "pluralrules.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <optional>

namespace pr {

// The interface translation a language pack carries, read from its Qt Linguist source (.ts
// XML) and checked before anything uses it: the reader never hands untrusted compiled .qm data
// to QTranslator (a crafted .qm can crash it). Each message is keyed by its context, source
// text and disambiguation; every translation must use the same %1..%99 placeholders as its
// source and, when it has plural forms, as many as the pack's language has. Obsolete
// ("vanished") and empty translations are left out, as lrelease does.
class InterfaceCatalogue {
public:
    struct Limits {
        qint64 maxBytes = 4 * 1024 * 1024;
        int maxMessages = 20000;
        int maxTextChars = 16 * 1024; // per source or translation
        int maxDepth = 8;             // elements nested in one another
    };

    InterfaceCatalogue() = default;

    // Problems are errors against fileName with the line; nullopt on any error.
    static std::optional<InterfaceCatalogue> parse(const QByteArray &ts, const QString &fileName,
                                                   const QString &packLanguage,
                                                   PackProblems *problems, const Limits &limits);
    static std::optional<InterfaceCatalogue> parse(const QByteArray &ts, const QString &fileName,
                                                   const QString &packLanguage,
                                                   PackProblems *problems) {
        return parse(ts, fileName, packLanguage, problems, Limits());
    }

    bool isEmpty() const { return m_messages.isEmpty(); }
    int size() const { return int(m_messages.size()); }
    QString language() const { return m_language; }

    // The translation, or a null QString when the catalogue has none (the arguments are UTF-8,
    // as QCoreApplication::translate passes them; n < 0 when the text has no plural forms).
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const;

private:
    static QByteArray key(const QByteArray &context, const QByteArray &source,
                          const QByteArray &disambiguation);

    QString m_language;
    PluralRules m_plurals{QString()};
    QHash<QByteArray, QStringList> m_messages; // one text, or the plural forms
};

} // namespace pr
