#include "kiosk/keyboardlayouts.h"

#include <QLocale>
#include <algorithm>

namespace pr {

namespace {

QString underscored(QString tag) {
    return tag.replace(QLatin1Char('-'), QLatin1Char('_'));
}

QString languageOf(const QString &layout) {
    return layout.section(QLatin1Char('_'), 0, 0);
}

} // namespace

KeyboardLayouts::KeyboardLayouts(QStringList available)
    : m_available(std::move(available)) {
    std::sort(m_available.begin(), m_available.end());
}

QString KeyboardLayouts::layoutFor(const QString &languageTag) const {
    const QString tag = underscored(languageTag.trimmed());
    if (tag.isEmpty())
        return {};
    const QLocale locale(tag);
    if (locale.language() == QLocale::C)
        return {}; // also keeps out folders that are not layouts, such as "fallback"
    if (m_available.contains(tag))
        return tag;
    if (m_available.contains(locale.name()))
        return locale.name();
    const QString language = languageOf(locale.name());
    const auto sameLanguage =
        std::find_if(m_available.cbegin(), m_available.cend(),
                     [&](const QString &l) { return languageOf(l) == language; });
    return sameLanguage == m_available.cend() ? QString() : *sameLanguage;
}

QStringList KeyboardLayouts::layoutsFor(const QStringList &languageTags) const {
    QStringList layouts;
    for (const QString &tag : languageTags) {
        const QString layout = layoutFor(tag);
        if (!layout.isEmpty() && !layouts.contains(layout))
            layouts.append(layout);
    }
    return layouts;
}

QStringList KeyboardLayouts::languagesWithoutLayout(const QStringList &languageTags) const {
    QStringList missing;
    for (const QString &tag : languageTags) {
        if (layoutFor(tag).isEmpty())
            missing.append(tag);
    }
    return missing;
}

} // namespace pr
