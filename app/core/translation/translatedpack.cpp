// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translatedpack.h"

#include "entrylinks.h"
#include "sourcehash.h"

namespace pr {
namespace {

PackProblem manifestProblem(PackProblem::Severity severity, const QString &message) {
    return {severity, QLatin1String(LanguagePackManifest::kFile), 0, message};
}

bool checkFitsBase(const Pack &base, const LanguagePack &translation, PackProblems *problems) {
    const TranslationProvenance &p = translation.manifest.provenance;
    const Manifest &b = base.manifest();
    if (p.baseId != b.id) {
        problems->append(
            manifestProblem(PackProblem::Severity::Error,
                            QStringLiteral("this language pack translates \"%1\", not \"%2\"")
                                .arg(p.baseId, b.id)));
        return false;
    }
    if (translation.pack.manifest().language == b.language) {
        problems->append(manifestProblem(
            PackProblem::Severity::Error,
            QStringLiteral("this language pack is in \"%1\", the language of the pack it "
                           "translates")
                .arg(b.language)));
        return false;
    }
    return true;
}

// The translated See-labels pointing where the base entry's point; the base list when the
// translator's list does not match it item for item.
QList<CrossReference> translatedSeeAlso(const Entry &base, const Entry &translated,
                                        PackProblems *problems) {
    if (translated.seeAlso.size() != base.seeAlso.size()) {
        problems->append({PackProblem::Severity::Warning, QStringLiteral("entries.json"), 0,
                          QStringLiteral("entry \"%1\" has %2 See-labels but the base entry has "
                                         "%3: the base labels are shown")
                              .arg(base.id)
                              .arg(translated.seeAlso.size())
                              .arg(base.seeAlso.size())});
        return base.seeAlso;
    }
    QList<CrossReference> result = base.seeAlso;
    for (qsizetype i = 0; i < result.size(); ++i)
        result[i].label = translated.seeAlso.at(i).label;
    return result;
}

QString staleMessage(const TranslationProvenance &provenance, const Manifest &base,
                     const QStringList &staleEntries) {
    QStringList sentences;
    if (provenance.baseVersion != base.version)
        sentences.append(QStringLiteral("Made from version %1 of \"%2\"; this is version %3.")
                             .arg(provenance.baseVersion, base.id, base.version));
    if (staleEntries.isEmpty())
        sentences.append(QStringLiteral("No translated entry is out of date."));
    else
        sentences.append(QStringLiteral("Out of date (the base text changed after translation): "
                                        "%1.")
                             .arg(staleEntries.join(QStringLiteral(", "))));
    return sentences.join(QLatin1Char(' '));
}

// A link in a translated answer to an entry the base pack does not have would show as plain
// text: an error naming the entry (the unit), the answer file and the line.
bool checkEntryLinks(const Pack &base, const LanguagePack &translation, PackProblems *problems) {
    bool ok = true;
    for (const Entry &entry : translation.pack.entries()) {
        if (!base.entry(entry.id))
            continue; // left out, with a warning
        const QString file =
            translation.answerFiles.value(entry.id, QStringLiteral("answers/%1.md").arg(entry.id));
        for (const EntryLink &link : entryLinks(entry.answerMarkdown)) {
            if (base.entry(link.target))
                continue;
            ok = false;
            problems->append(
                {PackProblem::Severity::Error, file, link.line,
                 QStringLiteral("entry \"%1\": the link to \"entry:%2\" goes to no entry of "
                                "\"%3\" %4: link to one of its entries (faqpack list) or keep "
                                "the link the original answer has")
                     .arg(entry.id, link.target, base.manifest().id, base.manifest().version)});
        }
    }
    return ok;
}

} // namespace

int TranslatedPack::coveragePercent() const {
    const qsizetype total = pack.entries().size();
    const qsizetype translated = translatedEntries.size() + staleEntries.size();
    return total == 0 ? 0 : int(translated * 100 / total);
}

std::optional<TranslatedPack>
TranslatedPack::merge(const Pack &base, const LanguagePack &translation, PackProblems *problems) {
    if (!checkFitsBase(base, translation, problems))
        return std::nullopt;
    if (!checkEntryLinks(base, translation, problems))
        return std::nullopt;
    const Manifest &baseManifest = base.manifest();
    const TranslationProvenance &provenance = translation.manifest.provenance;
    const bool sameBaseVersion = provenance.baseVersion == baseManifest.version;

    TranslatedPack result;
    QList<Entry> entries;
    entries.reserve(base.entries().size());
    for (const Entry &baseEntry : base.entries()) {
        const Entry *translated = translation.pack.entry(baseEntry.id);
        if (!translated) {
            Entry fallback = baseEntry;
            fallback.language = baseManifest.language;
            fallback.translation = TranslationState::Untranslated;
            entries.append(fallback);
            result.untranslatedEntries.append(baseEntry.id);
            continue;
        }
        Entry entry = *translated;
        entry.seeAlso = translatedSeeAlso(baseEntry, *translated, problems);
        const auto recorded = translation.sourceHashes.constFind(baseEntry.id);
        const bool upToDate = recorded != translation.sourceHashes.cend()
                                  ? *recorded == sourceHash(baseEntry)
                                  : sameBaseVersion;
        entry.translation = upToDate ? TranslationState::Translated : TranslationState::Stale;
        (upToDate ? result.translatedEntries : result.staleEntries).append(baseEntry.id);
        entries.append(entry);
    }
    for (const Entry &extra : translation.pack.entries()) {
        if (!base.entry(extra.id))
            problems->append({PackProblem::Severity::Warning, QStringLiteral("entries.json"), 0,
                              QStringLiteral("entry \"%1\" is not in version %2 of \"%3\" and is "
                                             "left out")
                                  .arg(extra.id, baseManifest.version, baseManifest.id)});
    }
    if (!sameBaseVersion || !result.staleEntries.isEmpty())
        problems->append(
            manifestProblem(PackProblem::Severity::Warning,
                            staleMessage(provenance, baseManifest, result.staleEntries)));

    Manifest manifest = translation.pack.manifest();
    manifest.id = baseManifest.id;
    // The publisher's clinical review is of the base text; the translation's own review is in
    // manifest.translation.
    manifest.lastReviewed = baseManifest.lastReviewed;
    TranslationProvenance merged = provenance;
    merged.baseLanguage = baseManifest.language;
    merged.baseDirection = baseManifest.direction;
    manifest.translation = merged;

    result.pack = Pack(manifest, entries, base.references(), translation.pack.synonyms(),
                       translation.pack.helpTexts());
    result.interfaceTranslation = translation.interfaceTranslation;
    return result;
}

} // namespace pr
