// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// One on-screen keyboard layout: rows of keys, each key the text it types.
struct KeyboardLayout {
    QString id;   // a language tag such as "es", or "digits"
    QString name; // "Español", shown on the key that changes the layout
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QList<QStringList> rows;

    bool isValid() const { return !rows.isEmpty(); }
};

// The kiosk keyboard's layouts, one per language, read from a JSON file (the bundled
// resources/keyboards/layouts.json by default). A file that cannot be used is refused as a whole
// with a message naming the file and what is wrong.
class KeyboardLayouts {
    Q_DECLARE_TR_FUNCTIONS(pr::KeyboardLayouts)

public:
    static QString bundledPath();
    static KeyboardLayouts load(const QString &path = bundledPath());

    bool isValid() const { return m_errorString.isEmpty(); }
    const QString &errorString() const { return m_errorString; }

    // The layout for a language tag ("es-MX" falls back to "es"); invalid when there is none.
    KeyboardLayout layoutFor(const QString &languageTag) const;
    // The number pad, for the admin PIN.
    KeyboardLayout digits() const { return m_layouts.value(QStringLiteral("digits")); }
    // The languages that have no layout, so the kiosk can say so.
    QStringList languagesWithoutLayout(const QStringList &languageTags) const;

private:
    QHash<QString, KeyboardLayout> m_layouts;
    QString m_errorString;
};

} // namespace pr
