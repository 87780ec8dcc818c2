// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "jsonparsemessage.h"

#include <QLocale>

namespace pr {
namespace {

const char *reasonOf(QJsonParseError::ParseError error) {
    switch (error) {
    case QJsonParseError::NoError:
        break;
    case QJsonParseError::UnterminatedObject:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "a closing brace } is missing");
    case QJsonParseError::MissingNameSeparator:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "a colon : is missing after a name");
    case QJsonParseError::UnterminatedArray:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "a closing bracket ] is missing");
    case QJsonParseError::MissingValueSeparator:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "a comma is missing between two values");
    case QJsonParseError::IllegalValue:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "a value is not valid JSON");
    case QJsonParseError::TerminationByNumber:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "the text ends in the middle of a number");
    case QJsonParseError::IllegalNumber:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "a number is not valid");
    case QJsonParseError::IllegalEscapeSequence:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage",
                                 "a backslash sequence in a text is not valid");
    case QJsonParseError::IllegalUTF8String:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "some text is not valid UTF-8");
    case QJsonParseError::UnterminatedString:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage",
                                 "a text is missing its closing quotation mark");
    case QJsonParseError::MissingObject:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "an object or a list was expected");
    case QJsonParseError::DeepNesting:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "it is nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "it is too large");
    case QJsonParseError::GarbageAtEnd:
        return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "something follows the end of the data");
    }
    return QT_TRANSLATE_NOOP("pr::JsonParseMessage", "it is not valid JSON");
}

const char *const kWhere = QT_TRANSLATE_NOOP("pr::JsonParseMessage", "%1 (line %2, column %3)");

int boundedOffset(const QByteArray &json, int offset) {
    return qBound(0, offset, int(json.size()));
}

} // namespace

int JsonParseMessage::lineAt(const QByteArray &json, int offset) {
    return int(json.left(boundedOffset(json, offset)).count('\n')) + 1;
}

int JsonParseMessage::columnAt(const QByteArray &json, int offset) {
    const QByteArray before = json.left(boundedOffset(json, offset));
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    return int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
}

QString JsonParseMessage::describe(const QJsonParseError &error, const QByteArray &json) {
    const QLocale locale;
    return tr(kWhere).arg(tr(reasonOf(error.error)), locale.toString(lineAt(json, error.offset)),
                          locale.toString(columnAt(json, error.offset)));
}

QString JsonParseMessage::untranslated(const QJsonParseError &error, const QByteArray &json) {
    return QString::fromLatin1(kWhere).arg(QString::fromLatin1(reasonOf(error.error)),
                                           QString::number(lineAt(json, error.offset)),
                                           QString::number(columnAt(json, error.offset)));
}

} // namespace pr
