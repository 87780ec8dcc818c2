// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pluralrules.h"

#include <QRegularExpression>
#include <QStringList>

namespace pr {
namespace {

// The primary language subtag, lower case: "pt_BR" and "pt-BR" give "pt".
QString primaryLanguage(const QString &tag) {
    QString language = tag.toLower();
    const qsizetype cut = language.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return cut < 0 ? language : language.left(cut);
}

} // namespace

PluralRules::PluralRules(const QString &languageTag) {
    static const QStringList one = {
        QStringLiteral("ja"), QStringLiteral("zh"), QStringLiteral("ko"), QStringLiteral("vi"),
        QStringLiteral("th"), QStringLiteral("id"), QStringLiteral("ms"), QStringLiteral("tr"),
        QStringLiteral("hu"), QStringLiteral("fa")};
    static const QStringList slavic = {QStringLiteral("ru"), QStringLiteral("uk"),
                                       QStringLiteral("be"), QStringLiteral("sr"),
                                       QStringLiteral("hr"), QStringLiteral("bs")};
    const QString language = primaryLanguage(languageTag);
    const QString tag = languageTag.toLower().replace(QLatin1Char('_'), QLatin1Char('-'));
    if (one.contains(language))
        m_style = Style::One;
    else if (slavic.contains(language))
        m_style = Style::Slavic;
    else if (language == QLatin1String("pl"))
        m_style = Style::Polish;
    else if (language == QLatin1String("cs") || language == QLatin1String("sk"))
        m_style = Style::Czech;
    else if (language == QLatin1String("ar"))
        m_style = Style::Arabic;
    else if (language == QLatin1String("fr") || tag == QLatin1String("pt-br"))
        m_style = Style::French;
    else
        m_style = Style::English;
}

int PluralRules::formCount() const {
    switch (m_style) {
    case Style::One:
        return 1;
    case Style::English:
    case Style::French:
        return 2;
    case Style::Slavic:
    case Style::Polish:
    case Style::Czech:
        return 3;
    case Style::Arabic:
        return 6;
    }
    return 2;
}

int PluralRules::formFor(int n) const {
    const int mod10 = n % 10;
    const int mod100 = n % 100;
    switch (m_style) {
    case Style::One:
        return 0;
    case Style::English:
        return n == 1 ? 0 : 1;
    case Style::French:
        return n <= 1 ? 0 : 1;
    case Style::Slavic:
        if (mod10 == 1 && mod100 != 11)
            return 0;
        return (mod10 >= 2 && mod10 <= 4 && (mod100 < 10 || mod100 >= 20)) ? 1 : 2;
    case Style::Polish:
        if (n == 1)
            return 0;
        return (mod10 >= 2 && mod10 <= 4 && (mod100 < 10 || mod100 >= 20)) ? 1 : 2;
    case Style::Czech:
        if (n == 1)
            return 0;
        return (n >= 2 && n <= 4) ? 1 : 2;
    case Style::Arabic:
        if (n == 0)
            return 0;
        if (n == 1)
            return 1;
        if (n == 2)
            return 2;
        if (mod100 >= 3 && mod100 <= 10)
            return 3;
        if (mod100 >= 11)
            return 4;
        return 5;
    }
    return 0;
}

} // namespace pr
