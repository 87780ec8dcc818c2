// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonParseError>
#include <QString>

namespace pr {

// What is wrong with a JSON text and where (line and column), in plain words.
// QJsonParseError::errorString() answers from Qt's own catalogue, so a message built on it
// comes out half in whatever language Qt's translation happens to be in; this one is the
// application's, in the interface language (describe) or in English for pack authors' logs
// and problem lists (untranslated).
class JsonParseMessage {
    Q_DECLARE_TR_FUNCTIONS(pr::JsonParseMessage)

public:
    // "a comma is missing between two values (line 3, column 7)", in the interface language.
    static QString describe(const QJsonParseError &error, const QByteArray &json);
    // The same in English, whatever translation is installed.
    static QString untranslated(const QJsonParseError &error, const QByteArray &json);

    // 1-based line and column (in characters) of a byte offset in UTF-8 text.
    static int lineAt(const QByteArray &json, int offset);
    static int columnAt(const QByteArray &json, int offset);
};

} // namespace pr
