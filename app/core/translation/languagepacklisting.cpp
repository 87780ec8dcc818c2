// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepacklisting.h"

#include "content/packfiles.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace pr {
namespace {

const QString kManifest = QLatin1String(LanguagePackManifest::kFile);

int coverage(const PackFiles &files, const Pack &base) {
    if (base.entries().isEmpty() || !files.exists(QStringLiteral("entries.json")))
        return 0;
    const QJsonArray entries = files.readJson(QStringLiteral("entries.json"))
                                   .value_or(QJsonDocument())
                                   .object()
                                   .value(QLatin1String("entries"))
                                   .toArray();
    qsizetype translated = 0;
    for (const QJsonValue &entry : entries) {
        if (base.entry(entry.toObject().value(QLatin1String("id")).toString()))
            ++translated;
    }
    return int(qMin(translated, base.entries().size()) * 100 / base.entries().size());
}

std::optional<LanguagePackListing> fromFiles(const PackFiles &files, const Pack &base,
                                             const ContentTrust &trust, PackProblems *problems) {
    auto refuse = [&](const QString &message) {
        problems->append({PackProblem::Severity::Error, kManifest, 0, message});
        return std::nullopt;
    };
    const std::optional<QJsonDocument> doc = files.readJson(kManifest);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject())
        return refuse(QStringLiteral("must hold a JSON object"));
    const QJsonObject manifest = doc->object();
    const std::optional<LanguagePackManifest> fields =
        LanguagePackManifest::fromJson(manifest, problems);
    if (!fields)
        return std::nullopt;

    LanguagePackListing listing;
    listing.languageTag = manifest.value(QLatin1String("language")).toString();
    if (listing.languageTag.isEmpty() || listing.languageTag.size() > 35 ||
        QLocale(listing.languageTag).language() == QLocale::C)
        return refuse(QStringLiteral("\"language\" must be a known language code"));
    if (fields->provenance.baseId != base.manifest().id)
        return refuse(QStringLiteral("this language pack translates \"%1\", not \"%2\"")
                          .arg(fields->provenance.baseId, base.manifest().id));
    if (listing.languageTag == base.manifest().language)
        return refuse(QStringLiteral("this language pack is in \"%1\", the language of the pack "
                                     "it translates")
                          .arg(listing.languageTag));
    listing.direction = manifest.value(QLatin1String("direction")) == QLatin1String("rtl")
                            ? Qt::RightToLeft
                            : Qt::LeftToRight;
    listing.clinicallyReviewed = trust.review() != nullptr;
    listing.coveragePercent = coverage(files, base);
    return listing;
}

} // namespace

std::optional<LanguagePackListing>
LanguagePackListing::read(const QString &path, const Pack &base,
                          const LanguagePackReader::Limits &limits,
                          const ContentTrustPolicy *policy, PackProblems *problems) {
    PackProblems found;
    std::optional<LanguagePackListing> listing;
    if (policy) {
        ContentTrustPolicy::Verdict verdict = policy->evaluate(path);
        found.append(verdict.problems);
        if (verdict.accepted)
            listing =
                fromFiles(PackFiles(std::move(verdict.files), limits.pack.maxFileBytes, &found),
                          base, verdict.trust, &found);
    } else if (QFileInfo(path).isDir()) {
        listing = fromFiles(PackFiles(path, limits.pack.maxFileBytes, &found), base, ContentTrust(),
                            &found);
    } else if (std::optional<PackFileMap> files =
                   LanguagePackFile::read(path, limits.file, &found)) {
        listing = fromFiles(PackFiles(std::move(*files), limits.pack.maxFileBytes, &found), base,
                            ContentTrust(), &found);
    }
    problems->append(found);
    if (hasErrors(found))
        return std::nullopt;
    return listing;
}

} // namespace pr
