// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "inifile.h"

#include "logging.h"

#include <QDebug>
#include <QIODevice>
#include <QStringList>
#include <cctype>

namespace pr {
namespace {

// Decodes the escapes QSettings writes in a value: \" \\ \n \t \r \a \b \f \v \0 \xHHHH and
// \OOO; quotes group text that keeps its spaces and commas; commas outside quotes separate the
// items of a list. Returns false (with *why) for an unterminated quote.
bool decodeValue(const QString &raw, QStringList *items, QString *why) {
    QString current;
    bool inQuotes = false;
    bool sawComma = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('"')) {
            inQuotes = !inQuotes;
        } else if (c == QLatin1Char(',') && !inQuotes) {
            items->append(current.trimmed());
            current.clear();
            sawComma = true;
        } else if (c == QLatin1Char('\\') && i + 1 < raw.size()) {
            const QChar e = raw.at(++i);
            switch (e.unicode()) {
            case 'n':
                current += QLatin1Char('\n');
                break;
            case 't':
                current += QLatin1Char('\t');
                break;
            case 'r':
                current += QLatin1Char('\r');
                break;
            case 'a':
                current += QLatin1Char('\a');
                break;
            case 'b':
                current += QLatin1Char('\b');
                break;
            case 'f':
                current += QLatin1Char('\f');
                break;
            case 'v':
                current += QLatin1Char('\v');
                break;
            case 'x': {
                uint code = 0;
                int digits = 0;
                while (digits < 4 && i + 1 < raw.size() && isxdigit(raw.at(i + 1).toLatin1())) {
                    code = code * 16 + uint(QString(raw.at(++i)).toUInt(nullptr, 16));
                    ++digits;
                }
                current += QChar(char16_t(code));
                break;
            }
            default:
                if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                    uint code = uint(e.unicode() - '0');
                    int digits = 1;
                    while (digits < 3 && i + 1 < raw.size() && raw.at(i + 1) >= QLatin1Char('0') &&
                           raw.at(i + 1) <= QLatin1Char('7')) {
                        code = code * 8 + uint(raw.at(++i).unicode() - '0');
                        ++digits;
                    }
                    current += QChar(char16_t(code));
                } else {
                    current += e; // \" \\ \; \, and anything else: the character itself
                }
                break;
            }
        } else if (!inQuotes && (c == QLatin1Char(';') || c == QLatin1Char('#')) &&
                   (i == 0 || raw.at(i - 1).isSpace())) {
            break; // a comment after the value
        } else {
            current += c;
        }
    }
    if (inQuotes) {
        *why = QStringLiteral("the value has an opening quote (\") but no closing one; it is "
                              "not read, and the lines after it are read on their own");
        return false;
    }
    if (sawComma || !current.trimmed().isEmpty() || items->isEmpty())
        items->append(sawComma ? current.trimmed() : current);
    return true;
}

QString unescapeKey(const QString &raw) {
    // QSettings writes a key's "/" as "\" and other characters as %XX or %UXXXX.
    QString key;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == QLatin1Char('\\')) {
            key += QLatin1Char('/');
        } else if (c == QLatin1Char('%') && i + 2 < raw.size() &&
                   raw.at(i + 1) == QLatin1Char('U') && i + 5 < raw.size()) {
            bool ok = false;
            const ushort code = raw.mid(i + 2, 4).toUShort(&ok, 16);
            key += ok ? QChar(code) : c;
            i += ok ? 5 : 0;
        } else if (c == QLatin1Char('%') && i + 2 < raw.size()) {
            bool ok = false;
            const ushort code = raw.mid(i + 1, 2).toUShort(&ok, 16);
            key += ok ? QChar(code) : c;
            i += ok ? 2 : 0;
        } else {
            key += c;
        }
    }
    return key;
}

QString escapeKey(const QString &key) {
    QString out;
    for (const QChar c : key) {
        const ushort u = c.unicode();
        if (c == QLatin1Char('/'))
            out += QLatin1Char('\\');
        else if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                 u == '_' || u == '-' || u == '.')
            out += c;
        else if (u < 0x100)
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
        else
            out += QStringLiteral("%U%1").arg(u, 4, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

// One value, quoted when it holds what would otherwise end or split it.
QString escapeValue(const QString &text) {
    QString out;
    bool quote = !text.isEmpty() && (text.front().isSpace() || text.back().isSpace());
    // A value that starts with @ would read as a serialized one: QSettings doubles it.
    if (text.startsWith(QLatin1Char('@')))
        out += QLatin1Char('@');
    for (const QChar c : text) {
        const ushort u = c.unicode();
        switch (u) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        case ',':
        case ';':
        case '#':
        case '=':
            quote = true;
            out += c;
            break;
        default:
            if (u < 0x20 || u == 0x7f)
                out += QStringLiteral("\\x%1").arg(u, 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return quote ? QLatin1Char('"') + out + QLatin1Char('"') : out;
}

QString byteArrayValue(const QByteArray &bytes) {
    QString out = QStringLiteral("@ByteArray(");
    for (const char ch : bytes) {
        const uchar u = uchar(ch);
        if (u >= 0x20 && u < 0x7f && u != '"' && u != '\\' && u != ')' && u != ',' && u != ';' &&
            u != '#' && !(u >= '0' && u <= '9') && !(u >= 'a' && u <= 'f') &&
            !(u >= 'A' && u <= 'F'))
            out += QLatin1Char(char(u));
        else
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char(')');
}

QString valueText(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return byteArrayValue(value.toByteArray());
    case QMetaType::QStringList: {
        // Items with a comma are quoted by escapeValue, so the list splits back the same.
        QStringList escaped;
        for (const QString &item : value.toStringList())
            escaped.append(escapeValue(item));
        return escaped.join(QStringLiteral(", "));
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return escapeValue(value.toString());
    }
}

bool readSettings(QIODevice &device, QSettings::SettingsMap &map) {
    const QByteArray bytes = device.read(IniFile::maxFileBytes + 1);
    if (bytes.size() > IniFile::maxFileBytes)
        return false;
    const IniFile file = IniFile::parse(bytes);
    // QSettings does not say which file it reads; the line and key are enough to find it.
    for (const IniFile::Problem &problem : file.problems())
        qCWarning(lcSettings, "line %d: %s", problem.line, qPrintable(problem.message));
    map = file.values();
    return true;
}

bool writeSettings(QIODevice &device, const QSettings::SettingsMap &map) {
    const QByteArray bytes = IniFile::serialize(map);
    return device.write(bytes) == bytes.size();
}

} // namespace

IniFile IniFile::parse(const QByteArray &bytes) {
    IniFile file;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QString section;
    int number = 0;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++number;
        file.parseLine(line.toString(), number, &section);
    }
    return file;
}

void IniFile::parseLine(const QString &rawLine, int number, QString *section) {
    const QString line = rawLine.trimmed();
    if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
        return;
    if (line.contains(QChar(0))) {
        m_problems.append(
            {number, QStringLiteral("the line holds a NUL character; it is not read")});
        return;
    }
    if (line.startsWith(QLatin1Char('['))) {
        if (!line.endsWith(QLatin1Char(']'))) {
            m_problems.append({number, QStringLiteral("a section name starts with [ but does not "
                                                      "end with ]; the keys after it are not read "
                                                      "until the next section")});
            *section = QStringLiteral("\x01"); // keys under it are dropped below
            return;
        }
        QString name = unescapeKey(line.mid(1, line.size() - 2).trimmed());
        if (name.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
            name.clear();
        *section = name;
        return;
    }
    const qsizetype equals = line.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        m_problems.append(
            {number, QStringLiteral("\"%1\" is not a setting (key=value); it is not read")
                         .arg(line.left(60))});
        return;
    }
    if (*section == QLatin1String("\x01"))
        return;
    const QString key = unescapeKey(line.left(equals).trimmed());
    const QString fullKey = section->isEmpty() ? key : *section + QLatin1Char('/') + key;
    const QString raw = line.mid(equals + 1).trimmed();
    QStringList items;
    QString why;
    if (!decodeValue(raw, &items, &why)) {
        m_problems.append({number, fullKey + QStringLiteral(": ") + why});
        return;
    }
    if (items.size() == 1 && items.constFirst().startsWith(QLatin1Char('@'))) {
        const QString &item = items.constFirst();
        if (item.startsWith(QLatin1String("@@"))) {
            m_values.insert(fullKey, item.mid(1));
        } else if (item.startsWith(QLatin1String("@ByteArray(")) &&
                   item.endsWith(QLatin1Char(')'))) {
            m_values.insert(fullKey, item.mid(11, item.size() - 12).toLatin1());
        } else {
            m_problems.append(
                {number,
                 QStringLiteral("%1: a serialized value (\"%2\") is not read; write the "
                                "value as plain text or a number")
                     .arg(fullKey, item.left(item.indexOf(QLatin1Char('(')) + 1).left(30))});
        }
        return;
    }
    if (items.size() == 1)
        m_values.insert(fullKey, items.constFirst());
    else
        m_values.insert(fullKey, items);
}

QString IniFile::text(const QString &key) const {
    const QVariant value = m_values.value(key);
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    if (value.typeId() == QMetaType::QByteArray)
        return {};
    return value.toString();
}

QByteArray IniFile::serialize(const QSettings::SettingsMap &values) {
    // Keys without a section first ([General]), then each section in order.
    QMap<QString, QStringList> sections;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(QLatin1Char('/'));
        const QString section = slash < 0 ? QString() : it.key().left(slash);
        const QString key = slash < 0 ? it.key() : it.key().mid(slash + 1);
        sections[section].append(escapeKey(key) + QLatin1Char('=') + valueText(it.value()));
    }
    QString out;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!out.isEmpty())
            out += QLatin1Char('\n');
        out += QLatin1Char('[') +
               (it.key().isEmpty() ? QStringLiteral("General") : escapeKey(it.key())) +
               QStringLiteral("]\n");
        for (const QString &line : it.value())
            out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QSettings::Format IniFile::settingsFormat() {
    // Registered once per process (Qt keeps the list); the extension matches QSettings' native
    // INI files on Linux, so a file written before is read in place.
    static const QSettings::Format format =
        QSettings::registerFormat(QStringLiteral("conf"), readSettings, writeSettings);
    return format;
}

} // namespace pr
