// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackcatalog.h"

#include "languagepacklisting.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStandardPaths>
#include <algorithm>

namespace pr {
namespace {

// A folder with thousands of files is not a pack folder; do not spend the start-up on it.
constexpr int kMaxPacksPerFolder = 200;

AvailableLanguage baseLanguage(const Pack &base) {
    AvailableLanguage language;
    language.languageTag = base.manifest().language;
    language.nativeName = LanguagePackCatalog::nativeName(language.languageTag);
    language.direction = base.manifest().direction;
    language.isBase = true;
    return language;
}

AvailableLanguage listedLanguage(const QString &path, const LanguagePackListing &listing,
                                 const PackProblems &problems) {
    AvailableLanguage language;
    language.languageTag = listing.languageTag;
    language.nativeName = LanguagePackCatalog::nativeName(listing.languageTag);
    language.direction = listing.direction;
    language.path = path;
    language.clinicallyReviewed = listing.clinicallyReviewed;
    language.coveragePercent = listing.coveragePercent;
    language.warnings = problems;
    return language;
}

// Qt names a language after its default territory ("español de España", "American English").
// The name most of the language's locales use is the plain one ("español", "English").
QString plainLanguageName(QLocale::Language language) {
    QHash<QString, int> counts;
    const QList<QLocale> locales =
        QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale &locale : locales)
        ++counts[locale.nativeLanguageName()];
    QString best;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() < best)) {
            best = it.key();
            bestCount = it.value();
        }
    }
    return best;
}

} // namespace

LanguagePackCatalog LanguagePackCatalog::scan(const Pack &base, const QStringList &folders,
                                              const QLocale &sortLocale,
                                              const LanguagePackReader::Limits &limits,
                                              const ContentTrustPolicy *policy) {
    LanguagePackCatalog catalog;
    QList<AvailableLanguage> found{baseLanguage(base)};
    for (const QString &folder : folders) {
        for (const QString &path : packsIn(folder)) {
            PackProblems problems;
            const std::optional<LanguagePackListing> listing =
                LanguagePackListing::read(path, base, limits, policy, &problems);
            if (!listing) {
                catalog.m_unusable.append({path, problems});
                continue;
            }
            const AvailableLanguage language = listedLanguage(path, *listing, problems);
            auto same = std::find_if(found.begin(), found.end(), [&](const AvailableLanguage &l) {
                return !l.isBase && l.languageTag == language.languageTag;
            });
            if (same != found.end())
                *same = language;
            else
                found.append(language);
        }
    }
    QCollator collator(sortLocale);
    std::sort(found.begin(), found.end(),
              [&](const AvailableLanguage &a, const AvailableLanguage &b) {
                  return collator.compare(a.nativeName, b.nativeName) < 0;
              });
    catalog.m_languages = found;
    return catalog;
}

const AvailableLanguage *LanguagePackCatalog::find(const QString &languageTag) const {
    auto it =
        std::find_if(m_languages.cbegin(), m_languages.cend(),
                     [&](const AvailableLanguage &l) { return l.languageTag == languageTag; });
    return it == m_languages.cend() ? nullptr : &*it;
}

QStringList LanguagePackCatalog::packsIn(const QString &folder) {
    QStringList packs;
    const QDir dir(folder);
    const QFileInfoList candidates =
        dir.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : candidates) {
        const bool isPackFile = info.isFile() && info.suffix() == LanguagePackFile::suffix();
        const bool isPackFolder =
            info.isDir() && QFileInfo(info.filePath() + QStringLiteral("/manifest.json")).isFile();
        if (isPackFile || isPackFolder)
            packs.append(info.filePath());
        if (packs.size() == kMaxPacksPerFolder)
            break;
    }
    return packs;
}

QStringList LanguagePackCatalog::standardFolders() {
    QStringList folders;
    auto add = [&](const QString &folder) {
        const QString clean = QDir::cleanPath(folder);
        if (!folders.contains(clean))
            folders.append(clean);
    };
    const QString subfolder = QStringLiteral("/patient-reader/packs");
    // Highest priority last: the standard list starts with the most specific location.
    const QString userData = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QStringList system = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    system.removeAll(userData);
    std::reverse(system.begin(), system.end());
    for (const QString &location : std::as_const(system))
        add(location + subfolder);
    // An installation that is not in the standard prefix (a relocated install, the build tree).
    if (QCoreApplication::instance())
        add(QCoreApplication::applicationDirPath() + QStringLiteral("/../share") + subfolder);
    add(userFolder());
    return folders;
}

QString LanguagePackCatalog::userFolder() {
    // Beside the system-wide folders' name rather than in the app's data folder, so that the
    // path a clinic's instructions give does not depend on the organization name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/patient-reader/packs");
}

QString LanguagePackCatalog::nativeName(const QString &languageTag) {
    const QLocale locale(languageTag);
    if (locale.language() == QLocale::C)
        return languageTag;
    const QString plain = plainLanguageName(locale.language());
    QString name = locale.nativeLanguageName();
    static const QRegularExpression region(QStringLiteral("-([A-Za-z]{2}|[0-9]{3})(-|$)"));
    if (!region.match(languageTag).hasMatch())
        name = plain; // "es" is Spanish as a whole, not "español de España"
    else if (name == plain && !locale.nativeTerritoryName().isEmpty())
        name += QStringLiteral(" (") + locale.nativeTerritoryName() + QLatin1Char(')');
    if (name.isEmpty())
        return languageTag;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

} // namespace pr
