// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace pr {

// A settings file in the INI form QSettings writes, read without ever deserializing a value:
// each value is plain text (a QString), or bytes for "@ByteArray(...)". A serialized
// "@Variant(...)" (or any other "@Type(...)") is left out and reported, so no value in a file
// can make the reader build nested objects. Every problem names its line: an unterminated
// quote, a line that is neither a [section] nor key=value, a value left out.
class IniFile {
public:
    struct Problem {
        int line = 0;
        QString message;
    };

    // Keys as QSettings names them: "section/key", "section/list/1/name"; [General] keys have
    // no section.
    static IniFile parse(const QByteArray &bytes);

    // What QSettings would write for these values (strings, numbers, booleans, string lists,
    // byte arrays), grouped by section.
    static QByteArray serialize(const QSettings::SettingsMap &values);

    const QSettings::SettingsMap &values() const { return m_values; }
    const QList<Problem> &problems() const { return m_problems; }

    // The values as text (a string list joined with ", ").
    bool contains(const QString &key) const { return m_values.contains(key); }
    QString text(const QString &key) const;

    // A QSettings format that reads and writes through this class. Qt keeps registered formats
    // for the whole process; this registers it once and returns it.
    static QSettings::Format settingsFormat();

    static constexpr qint64 maxFileBytes = 4 * 1024 * 1024;

private:
    void parseLine(const QString &line, int number, QString *section);

    QSettings::SettingsMap m_values;
    QList<Problem> m_problems;
};

} // namespace pr
