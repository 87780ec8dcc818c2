// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "packreader.h"

#include "content/webaddress.h"
#include "markdownrenderer.h"
#include "packbudget.h"
#include "packfiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace pr {
namespace {

const QString kManifest = QStringLiteral("manifest.json");
const QString kEntries = QStringLiteral("entries.json");
const QString kReferences = QStringLiteral("references.json");
const QString kSynonyms = QStringLiteral("synonyms.json");
const QString kHelp = QStringLiteral("help.json");

bool isKnownLanguage(const QString &code) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!pattern.match(code).hasMatch())
        return false;
    return QLocale(code).language() != QLocale::C;
}

int lineAt(const QList<int> &lines, qsizetype index) {
    return index < lines.size() ? lines.at(index) : 0;
}

class Validator {
public:
    Validator(PackFiles files, const PackReader::Limits &limits)
        : m_files(std::move(files))
        , m_limits(limits)
        , m_budget(m_files, m_limits) {}

    std::optional<Manifest> readManifest();
    std::optional<QList<Entry>> readEntries();
    QList<Reference> readReferences();
    QList<QStringList> readSynonyms();
    QHash<QString, QString> readHelpTexts();
    // After readEntries(): their "See ..." targets exist, and a label names the entry it links
    // to (its question or an alias); a label that does not is shown as not included.
    void checkCrossReferences(QList<Entry> *entries);
    // A "[label](entry:ID)" in an answer whose ID is no entry of the pack.
    void checkAnswerLinks(const Entry &entry, const QHash<QString, qsizetype> &indexById);

private:
    QString requiredString(const QJsonObject &object, const QString &key, const QString &file,
                           int line);

    bool readAnswer(const QString &answerPath, Entry *entry, int line);
    void readNames(const QJsonObject &o, Entry *entry, int line);

    PackFiles m_files;
    PackReader::Limits m_limits;
    PackBudget m_budget;
    QList<int> m_entryLines;               // the line of each entry in entries.json, for messages
    QHash<QString, QString> m_answerPaths; // entry id -> its answer file, for messages
    // A language pack ("base" in its manifest): its links go to entries of the base pack, and
    // the language pack reader checks them there.
    bool m_translatesAnotherPack = false;
};

QString Validator::requiredString(const QJsonObject &object, const QString &key,
                                  const QString &file, int line) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        m_files.error(file, line, QStringLiteral("missing required field \"%1\"").arg(key));
        return {};
    }
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        m_files.error(file, line, QStringLiteral("field \"%1\" must be a non-empty text").arg(key));
        return {};
    }
    return value.toString();
}

bool Validator::readAnswer(const QString &answerPath, Entry *e, int line) {
    if (!PackFiles::isSafeRelativePath(answerPath)) {
        m_files.error(
            kEntries, line,
            QStringLiteral("answer path \"%1\" must stay inside the pack").arg(answerPath));
        return true;
    }
    // Claimed before it is read: a file named by many entries is read once, then refused.
    if (!m_budget.claimAnswerFile(answerPath, e->id, line))
        return true;
    const auto text = m_files.readText(answerPath);
    if (!text)
        return true;
    if (!m_budget.checkAnswer(*text, answerPath))
        return false;
    e->answerMarkdown = *text;
    m_answerPaths.insert(e->id, answerPath);
    if (text->trimmed().isEmpty())
        m_files.error(answerPath, 0, QStringLiteral("the answer is empty"));
    return true;
}

void Validator::readNames(const QJsonObject &o, Entry *e, int line) {
    const QJsonValue aliases = o.value(QLatin1String("aliases"));
    if (!aliases.isUndefined() && !aliases.isArray())
        m_files.error(
            kEntries, line,
            QStringLiteral("\"aliases\" of entry \"%1\" must be an array of texts").arg(e->id));
    const QJsonValue see = o.value(QLatin1String("see"));
    if (!see.isUndefined() && !see.isArray())
        m_files.error(kEntries, line, QStringLiteral("\"see\" must be an array"));
    const QJsonArray aliasArray = aliases.toArray();
    const QJsonArray seeArray = see.toArray();
    if (aliasArray.size() > m_limits.maxNamesPerEntry ||
        seeArray.size() > m_limits.maxNamesPerEntry) {
        m_files.error(kEntries, line,
                      QStringLiteral("entry \"%1\" has %2 aliases and %3 cross-references (the "
                                     "limit is %4 of each)")
                          .arg(e->id)
                          .arg(aliasArray.size())
                          .arg(seeArray.size())
                          .arg(m_limits.maxNamesPerEntry));
        return;
    }
    for (const QJsonValue &alias : aliasArray) {
        if (!alias.isString() || alias.toString().trimmed().isEmpty())
            m_files.error(
                kEntries, line,
                QStringLiteral("an alias of entry \"%1\" is not a non-empty text").arg(e->id));
        else if (m_budget.checkTitle(alias.toString().trimmed(),
                                     QStringLiteral("an alias of entry \"%1\"").arg(e->id),
                                     kEntries, line))
            e->aliases.append(alias.toString().trimmed());
    }
    for (const QJsonValue &x : seeArray) {
        const QJsonObject xo = x.toObject();
        CrossReference ref{xo.value(QLatin1String("label")).toString().trimmed(),
                           xo.value(QLatin1String("entry")).toString()};
        if (ref.label.isEmpty()) {
            m_files.error(
                kEntries, line,
                QStringLiteral("a cross-reference of entry \"%1\" has no \"label\"").arg(e->id));
            continue;
        }
        if (m_budget.checkTitle(
                ref.label, QStringLiteral("a cross-reference label of entry \"%1\"").arg(e->id),
                kEntries, line))
            e->seeAlso.append(ref);
    }
}

std::optional<Manifest> Validator::readManifest() {
    const std::optional<QJsonDocument> doc = m_files.readJson(kManifest);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        m_files.error(kManifest, 1, QStringLiteral("must hold a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc->object();
    Manifest m;
    m.format = o.value(QLatin1String("format")).toInt(0);
    if (m.format != 1)
        m_files.error(kManifest, 0,
                      QStringLiteral("unsupported \"format\" (this reader reads format 1)"));
    m.id = requiredString(o, QStringLiteral("id"), kManifest, 0);
    if (!m.id.isEmpty() && !isValidPackId(m.id))
        m_files.error(kManifest, 0,
                      QStringLiteral("\"id\" must be lower-case letters, digits, '.', '_' or '-'"));
    m.title = requiredString(o, QStringLiteral("title"), kManifest, 0);
    m_budget.checkTitle(m.title, QStringLiteral("the pack's \"title\""), kManifest, 0);
    m.subtitle = o.value(QLatin1String("subtitle")).toString();
    m_translatesAnotherPack = o.contains(QLatin1String("base"));
    m.language = requiredString(o, QStringLiteral("language"), kManifest, 0);
    if (!m.language.isEmpty() && !isKnownLanguage(m.language))
        m_files.error(kManifest, 0, QStringLiteral("unknown language code \"%1\"").arg(m.language));
    const QString direction = o.value(QLatin1String("direction")).toString(QStringLiteral("ltr"));
    if (direction == QLatin1String("rtl"))
        m.direction = Qt::RightToLeft;
    else if (direction != QLatin1String("ltr"))
        m_files.error(kManifest, 0, QStringLiteral("\"direction\" must be \"ltr\" or \"rtl\""));
    m.version = requiredString(o, QStringLiteral("version"), kManifest, 0);
    m.publisher = requiredString(o, QStringLiteral("publisher"), kManifest, 0);
    m.sourceUrl = o.value(QLatin1String("sourceUrl")).toString();
    if (!m.sourceUrl.isEmpty() && !isWebAddress(m.sourceUrl)) {
        m_files.error(kManifest, 0,
                      QStringLiteral("\"sourceUrl\" must be a web address (https:// or http://); "
                                     "\"%1\" is not")
                          .arg(m.sourceUrl.left(80)));
        m.sourceUrl.clear();
    }
    if (!o.contains(QLatin1String("lastReviewed"))) {
        m_files.error(kManifest, 0,
                      QStringLiteral("missing required field \"lastReviewed\" (a date, or null "
                                     "when the publisher states none)"));
    } else if (!o.value(QLatin1String("lastReviewed")).isNull()) {
        m.lastReviewed =
            QDate::fromString(o.value(QLatin1String("lastReviewed")).toString(), Qt::ISODate);
        if (!m.lastReviewed.isValid())
            m_files.error(
                kManifest, 0,
                QStringLiteral("\"lastReviewed\" must be a date like 2026-01-31, or null"));
    }
    m.editionDate =
        QDate::fromString(o.value(QLatin1String("editionDate")).toString(), Qt::ISODate);
    m.citationStyle = o.value(QLatin1String("citationStyle")).toString(QStringLiteral("apa"));
    if (m.citationStyle != QLatin1String("apa") && m.citationStyle != QLatin1String("vancouver"))
        m_files.error(kManifest, 0,
                      QStringLiteral("\"citationStyle\" must be \"apa\" or \"vancouver\""));
    m.attribution = o.value(QLatin1String("attribution")).toString();
    m.disclaimer = o.value(QLatin1String("disclaimer")).toString();
    m_budget.checkTitle(m.subtitle, QStringLiteral("the pack's \"subtitle\""), kManifest, 0);
    m_budget.checkTitle(m.publisher, QStringLiteral("the pack's \"publisher\""), kManifest, 0);
    m_budget.checkProse(m.attribution, QStringLiteral("the pack's \"attribution\""), kManifest);
    m_budget.checkProse(m.disclaimer, QStringLiteral("the pack's \"disclaimer\""), kManifest);
    return m;
}

std::optional<QList<Entry>> Validator::readEntries() {
    QByteArray raw;
    const std::optional<QJsonDocument> doc = m_files.readJson(kEntries, &raw);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject() || !doc->object().value(QLatin1String("entries")).isArray()) {
        m_files.error(kEntries, 1, QStringLiteral("must hold an object with an \"entries\" array"));
        return std::nullopt;
    }
    const QJsonArray array = doc->object().value(QLatin1String("entries")).toArray();
    if (array.isEmpty())
        m_files.error(kEntries, 1, QStringLiteral("the pack has no entries"));
    if (array.size() > m_limits.maxEntries) {
        m_files.error(kEntries, 1,
                      QStringLiteral("too many entries (%1; the limit is %2)")
                          .arg(array.size())
                          .arg(m_limits.maxEntries));
        return std::nullopt;
    }
    m_entryLines = jsonObjectLines(raw, 3);
    const QList<int> &lines = m_entryLines;
    QList<Entry> entries;
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = lineAt(lines, i);
        if (!array.at(i).isObject()) {
            m_files.error(kEntries, line, QStringLiteral("entry %1 is not an object").arg(i + 1));
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        Entry e;
        e.id = requiredString(o, QStringLiteral("id"), kEntries, line);
        if (!e.id.isEmpty() && !isValidPackId(e.id))
            m_files.error(kEntries, line,
                          QStringLiteral("entry id \"%1\" must be lower-case letters, digits, "
                                         "'.', '_' or '-'")
                              .arg(e.id));
        if (seen.contains(e.id) && !e.id.isEmpty())
            m_files.error(kEntries, line, QStringLiteral("duplicate entry id \"%1\"").arg(e.id));
        seen.insert(e.id);
        e.question = requiredString(o, QStringLiteral("question"), kEntries, line).trimmed();
        m_budget.checkTitle(e.question, QStringLiteral("the question of entry \"%1\"").arg(e.id),
                            kEntries, line);
        const QString answerPath = requiredString(o, QStringLiteral("answer"), kEntries, line);
        // Past the budget, the rest of the pack is not read: one error says why.
        if (!answerPath.isEmpty() && !readAnswer(answerPath, &e, line) && m_budget.exhausted())
            return entries;
        readNames(o, &e, line);
        entries.append(e);
    }
    return entries;
}

bool namesEntry(const QString &label, const Entry &target) {
    const auto same = [&label](const QString &name) {
        return QString::compare(label.simplified(), name.simplified(), Qt::CaseInsensitive) == 0;
    };
    return same(target.question) ||
           std::any_of(target.aliases.cbegin(), target.aliases.cend(), same);
}

void Validator::checkCrossReferences(QList<Entry> *entries) {
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < entries->size(); ++i)
        indexById.insert(entries->at(i).id, i);
    const QList<int> &lines = m_entryLines;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        Entry &entry = (*entries)[i];
        for (CrossReference &x : entry.seeAlso) {
            if (!x.isInPack())
                continue;
            const qsizetype target = indexById.value(x.targetId, -1);
            if (target < 0) {
                m_files.error(kEntries, lineAt(lines, i),
                              QStringLiteral("entry \"%1\" refers to \"%2\", which is not an "
                                             "entry of this pack")
                                  .arg(entry.id, x.targetId));
            } else if (!namesEntry(x.label, entries->at(target))) {
                m_files.warning(
                    kEntries, lineAt(lines, i),
                    QStringLiteral("entry \"%1\": the label \"%2\" is linked to entry \"%3\", "
                                   "but it is neither that entry's question nor one of its "
                                   "\"aliases\"; it is shown as not included in this offline "
                                   "edition")
                        .arg(entry.id, x.label, x.targetId));
                x.targetId.clear();
            }
        }
        checkAnswerLinks(entry, indexById);
    }
}

void Validator::checkAnswerLinks(const Entry &entry, const QHash<QString, qsizetype> &indexById) {
    if (m_translatesAnotherPack)
        return;
    // The links the reader's own Markdown renderer would show as text, for want of an entry.
    QStringList missing;
    MarkdownRenderer::Options options;
    options.hasEntry = [&](const QString &id) {
        if (indexById.contains(id))
            return true;
        if (!missing.contains(id))
            missing.append(id);
        return false;
    };
    MarkdownRenderer(options).toHtml(entry.answerMarkdown);
    for (const QString &id : std::as_const(missing)) {
        const qsizetype at = entry.answerMarkdown.indexOf(QStringLiteral("entry:") + id);
        const int line =
            at < 0 ? 0 : int(QStringView(entry.answerMarkdown).left(at).count(u'\n')) + 1;
        m_files.error(m_answerPaths.value(entry.id), line,
                      QStringLiteral("entry \"%1\": the link to \"entry:%2\" goes to no entry of "
                                     "this pack: link to one of its entries (faqpack list)")
                          .arg(entry.id, id));
    }
}

QHash<QString, QString> Validator::readHelpTexts() {
    QHash<QString, QString> texts;
    if (!m_files.exists(kHelp))
        return texts;
    const std::optional<QJsonDocument> doc = m_files.readJson(kHelp);
    if (!doc)
        return texts;
    const QJsonValue value = doc->object().value(QLatin1String("texts"));
    if (!value.isObject()) {
        m_files.error(kHelp, 1, QStringLiteral("must hold an object with a \"texts\" object"));
        return texts;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("help/")) || !it.value().isString()) {
            m_files.warning(kHelp, 0,
                            QStringLiteral("\"%1\" is not a help text (a \"help/...\" key with a "
                                           "text) and is ignored")
                                .arg(it.key()));
            continue;
        }
        texts.insert(it.key(), it.value().toString());
    }
    return texts;
}

QList<Reference> Validator::readReferences() {
    QList<Reference> references;
    if (!m_files.exists(kReferences))
        return references;
    QByteArray raw;
    const std::optional<QJsonDocument> doc = m_files.readJson(kReferences, &raw);
    if (!doc)
        return references;
    if (!doc->isArray()) {
        m_files.error(kReferences, 1, QStringLiteral("must hold a CSL-JSON array"));
        return references;
    }
    const QJsonArray array = doc->array();
    if (array.size() > m_limits.maxReferences) {
        m_files.error(kReferences, 1, QStringLiteral("too many references"));
        return references;
    }
    const QList<int> lines = jsonObjectLines(raw, 2);
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = lineAt(lines, i);
        const QJsonObject o = array.at(i).toObject();
        Reference r;
        r.id = requiredString(o, QStringLiteral("id"), kReferences, line);
        if (seen.contains(r.id) && !r.id.isEmpty())
            m_files.error(kReferences, line,
                          QStringLiteral("duplicate reference id \"%1\"").arg(r.id));
        seen.insert(r.id);
        r.csl = o;
        const QJsonObject custom = o.value(QLatin1String("custom")).toObject();
        r.sourceText = custom.value(QLatin1String("source-text")).toString();
        bool known = true;
        r.checkStatus = checkStatusFromKey(
            custom.value(QLatin1String("check-status")).toString(QStringLiteral("unchecked")),
            &known);
        if (!known)
            m_files.error(
                kReferences, line,
                QStringLiteral("\"check-status\" must be confirmed, details-not-verified, "
                               "differs, not-found or unchecked"));
        r.checkNote = o.value(QLatin1String("note")).toString();
        r.incomplete = custom.value(QLatin1String("incomplete")).toBool(false);
        m_budget.checkTitle(r.title(), QStringLiteral("the title of reference \"%1\"").arg(r.id),
                            kReferences, line);
        if (r.sourceText.isEmpty() && r.title().isEmpty())
            m_files.error(kReferences, line,
                          QStringLiteral("reference \"%1\" has neither a \"title\" nor a "
                                         "\"custom.source-text\"")
                              .arg(r.id));
        references.append(r);
    }
    return references;
}

QList<QStringList> Validator::readSynonyms() {
    QList<QStringList> groups;
    if (!m_files.exists(kSynonyms))
        return groups;
    const std::optional<QJsonDocument> doc = m_files.readJson(kSynonyms);
    if (!doc)
        return groups;
    const QJsonValue value = doc->object().value(QLatin1String("groups"));
    if (!value.isArray()) {
        m_files.error(kSynonyms, 1, QStringLiteral("must hold an object with a \"groups\" array"));
        return groups;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QStringList group;
        const QJsonArray words = array.at(i).toArray();
        for (const QJsonValue &w : words) {
            if (!w.toString().trimmed().isEmpty())
                group.append(w.toString().trimmed());
        }
        if (group.size() < 2)
            m_files.warning(kSynonyms, 0,
                            QStringLiteral("synonym group %1 has fewer than two words").arg(i + 1));
        else
            groups.append(group);
    }
    return groups;
}

void validate(PackFiles files, const PackReader::Limits &limits, PackReadResult *result) {
    Validator validator(std::move(files), limits);
    std::optional<Manifest> manifest = validator.readManifest();
    std::optional<QList<Entry>> entries = validator.readEntries();
    if (entries)
        validator.checkCrossReferences(&*entries);
    QList<Reference> references = validator.readReferences();
    QList<QStringList> synonyms = validator.readSynonyms();
    QHash<QString, QString> helpTexts = validator.readHelpTexts();
    if (manifest && entries && !hasErrors(result->problems))
        result->pack = Pack(*manifest, *entries, references, synonyms, helpTexts);
}

} // namespace

PackReadResult PackReader::read(const QString &directory) const {
    PackReadResult result;
    if (!QDir(directory).exists()) {
        result.problems.append({PackProblem::Severity::Error, directory, 0,
                                QStringLiteral("pack folder does not exist")});
        return result;
    }
    validate(PackFiles(directory, m_limits.maxFileBytes, &result.problems), m_limits, &result);
    return result;
}

PackReadResult PackReader::readFiles(const PackFileMap &files) const {
    PackReadResult result;
    validate(PackFiles(files, m_limits.maxFileBytes, &result.problems), m_limits, &result);
    return result;
}

QString PackReader::bundledPackPath() {
    return QStringLiteral(":/packs/ketamine-faq-en");
}

} // namespace pr
