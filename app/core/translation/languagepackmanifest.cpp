// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackmanifest.h"

#include "content/packfiles.h"

namespace pr {
namespace {

class FieldReader {
public:
    explicit FieldReader(PackProblems *problems)
        : m_problems(problems) {}

    QString text(const QJsonObject &object, const QString &key, const QString &where) {
        const QString value = object.value(key).toString().trimmed();
        if (value.isEmpty())
            error(QStringLiteral("\"%1\" must be a non-empty text").arg(where));
        return value;
    }

    void error(const QString &message) {
        m_problems->append(
            {PackProblem::Severity::Error, QLatin1String(LanguagePackManifest::kFile), 0, message});
        m_failed = true;
    }

    bool failed() const { return m_failed; }

private:
    PackProblems *m_problems;
    bool m_failed = false;
};

} // namespace

std::optional<LanguagePackManifest> LanguagePackManifest::fromJson(const QJsonObject &manifest,
                                                                   PackProblems *problems) {
    FieldReader fields(problems);
    LanguagePackManifest result;
    TranslationProvenance &p = result.provenance;

    const QJsonValue base = manifest.value(QLatin1String("base"));
    if (!base.isObject()) {
        fields.error(QStringLiteral("missing \"base\": {\"id\": ..., \"version\": ...}, the pack "
                                    "this language pack translates"));
    } else {
        p.baseId = fields.text(base.toObject(), QStringLiteral("id"), QStringLiteral("base.id"));
        p.baseVersion =
            fields.text(base.toObject(), QStringLiteral("version"), QStringLiteral("base.version"));
        const QString ownId = manifest.value(QLatin1String("id")).toString();
        if (!p.baseId.isEmpty() && !ownId.isEmpty() && ownId != p.baseId)
            fields.error(QStringLiteral("\"id\" is \"%1\" but \"base.id\" is \"%2\": a translation "
                                        "keeps the id of the pack it translates")
                             .arg(ownId, p.baseId));
    }

    p.translator =
        fields.text(manifest, QStringLiteral("translator"), QStringLiteral("translator"));

    const QJsonObject review = manifest.value(QLatin1String("review")).toObject();
    const QString status = review.value(QLatin1String("status")).toString();
    if (status == QLatin1String("reviewed")) {
        p.clinicallyReviewed = true;
        p.reviewer =
            fields.text(review, QStringLiteral("reviewer"), QStringLiteral("review.reviewer"));
        p.reviewDate =
            QDate::fromString(review.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (!p.reviewDate.isValid())
            fields.error(QStringLiteral("\"review.date\" must be a date like 2026-03-01"));
    } else if (status != QLatin1String("not-reviewed")) {
        fields.error(
            QStringLiteral("\"review\" must be {\"status\": \"not-reviewed\"} or "
                           "{\"status\": \"reviewed\", \"reviewer\": ..., \"date\": ...}"));
    }

    const QJsonValue interfaceValue = manifest.value(QLatin1String("interface"));
    if (!interfaceValue.isUndefined() && !interfaceValue.isNull()) {
        result.interfaceFile = interfaceValue.toString();
        // A .qm is accepted here so that an older pack is still read (without its interface
        // translation; see LanguagePackReader).
        if (!PackFiles::isSafeRelativePath(result.interfaceFile) ||
            !(result.interfaceFile.endsWith(QLatin1String(".ts")) ||
              result.interfaceFile.endsWith(QLatin1String(".qm"))))
            fields.error(QStringLiteral("\"interface\" must name the interface translation's "
                                        "Qt Linguist source (.ts) inside the pack"));
    }

    if (fields.failed())
        return std::nullopt;
    return result;
}

} // namespace pr
