// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "scriptfont.h"

#include <QApplication>
#include <QFontDatabase>

namespace pr {
namespace {

QFontDatabase::WritingSystem writingSystemOf(QLocale::Script script) {
    switch (script) {
    case QLocale::ArabicScript:
        return QFontDatabase::Arabic;
    case QLocale::HebrewScript:
        return QFontDatabase::Hebrew;
    case QLocale::CyrillicScript:
        return QFontDatabase::Cyrillic;
    case QLocale::GreekScript:
        return QFontDatabase::Greek;
    case QLocale::DevanagariScript:
        return QFontDatabase::Devanagari;
    case QLocale::ThaiScript:
        return QFontDatabase::Thai;
    default:
        return QFontDatabase::Any;
    }
}

} // namespace

QString ScriptFont::familyFor(QLocale::Script script, const QStringList &families) {
    const QFontDatabase::WritingSystem system = writingSystemOf(script);
    if (system == QFontDatabase::Any || families.isEmpty())
        return {};
    if (QFontDatabase::writingSystems(families.first()).contains(system))
        return {};
    const QStringList candidates = QFontDatabase::families(system);
    if (candidates.isEmpty())
        return {};
    // The same design for the script ("Noto Sans" → "Noto Sans Arabic"), else a sans serif
    // text face, else whatever covers it.
    const QString sameDesign =
        families.first() + QLatin1Char(' ') + QLocale::scriptToString(script).section(u' ', 0, 0);
    if (candidates.contains(sameDesign))
        return sameDesign;
    for (const QString &family : candidates) {
        if (family.contains(QLatin1String("Sans")) && !family.contains(QLatin1String("Mono")) &&
            !QFontDatabase::isFixedPitch(family))
            return family;
    }
    return candidates.first();
}

void ScriptFont::applyFor(const QLocale &locale) {
    QFont font = QApplication::font();
    if (m_original.isEmpty())
        m_original = font.families().isEmpty() ? QStringList{font.family()} : font.families();
    const QString first = familyFor(locale.script(), m_original);
    const QStringList wanted = first.isEmpty() ? m_original : QStringList{first} + m_original;
    if (font.families() == wanted)
        return;
    font.setFamilies(wanted);
    QApplication::setFont(font);
}

} // namespace pr
