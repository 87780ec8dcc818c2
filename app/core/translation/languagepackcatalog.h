// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "content/packproblem.h"
#include "languagepackreader.h"
#include "signing/contenttrustpolicy.h"

#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace pr {

// One language a reader can choose.
struct AvailableLanguage {
    QString languageTag; // "es"
    QString nativeName;  // "Español", the name a speaker of the language knows it by
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString path; // the .prpack file or pack folder; empty for the base pack itself
    bool isBase = false;
    // Of the translation, by a trusted signature; false for the base pack.
    bool clinicallyReviewed = false;
    int coveragePercent = 100;
    PackProblems warnings; // for example stale entries
};

// A pack found in a pack folder that cannot be used, and why.
struct UnusableLanguagePack {
    QString path;
    PackProblems problems;
};

// The languages available for one base pack: the base pack's own, plus every language pack in
// the pack folders (files ending in .prpack, and folders holding a manifest.json). Each pack is
// listed from its manifest (see LanguagePackListing) and read in full only when chosen: a pack
// whose container, manifest or signatures are broken is listed with its reasons and never
// offered, one broken further in is refused with its reasons when chosen; the others are not
// affected. Folders are scanned in the order given and a later pack for the same language
// replaces an earlier one: put the per-user folder after the system-wide ones.
class LanguagePackCatalog {
public:
    static LanguagePackCatalog scan(const Pack &base, const QStringList &folders,
                                    const QLocale &sortLocale = QLocale(),
                                    const LanguagePackReader::Limits &limits = {},
                                    const ContentTrustPolicy *policy = nullptr);

    // Sorted by native name, base language included.
    const QList<AvailableLanguage> &languages() const { return m_languages; }
    const QList<UnusableLanguagePack> &unusable() const { return m_unusable; }
    const AvailableLanguage *find(const QString &languageTag) const;

    // The system-wide pack folders (clinics copy packs there), then the per-user folder.
    static QStringList standardFolders();
    // Where a reader's own packs go: ~/.local/share/patient-reader/packs on Linux.
    static QString userFolder();
    // "Español", "العربية", "Português (Brasil)"; the tag itself when Qt does not know it.
    static QString nativeName(const QString &languageTag);

private:
    static QStringList packsIn(const QString &folder);

    QList<AvailableLanguage> m_languages;
    QList<UnusableLanguagePack> m_unusable;
};

} // namespace pr
