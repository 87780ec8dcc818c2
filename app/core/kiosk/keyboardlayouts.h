#pragma once

#include <QString>
#include <QStringList>

namespace pr {

// Chooses on-screen keyboard layouts for the kiosk's languages. Layouts are named like Qt Virtual
// Keyboard's layout folders ("es_ES", "ar_AR"); languages are the packs' tags ("es", "pt-BR").
class KeyboardLayouts {
public:
    explicit KeyboardLayouts(QStringList available);

    // The layout for one language: an exact match, then the language's most common territory
    // (QLocale's choice), then any layout of that language. Empty when there is none.
    QString layoutFor(const QString &languageTag) const;
    // One layout per language that has one, in the languages' order, without repeats.
    QStringList layoutsFor(const QStringList &languageTags) const;
    // The languages that have no layout, so the kiosk can say so.
    QStringList languagesWithoutLayout(const QStringList &languageTags) const;

private:
    QStringList m_available;
};

} // namespace pr
