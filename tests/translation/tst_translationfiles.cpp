// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/markdownrenderer.h"
#include "content/packreader.h"
#include "translation/languagepackloader.h"
#include "translation/pofile.h"
#include "translation/protectedtokens.h"
#include "translation/translationextractor.h"
#include "translation/translationimporter.h"
#include "translation/translationupdater.h"
#include "translation/xlifffile.h"
#include "web/pagerenderer.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

QStringList strings(std::initializer_list<const char *> texts) {
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

QString allProblems(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

Pack readPack(const QString &dir) {
    const PackReadResult read = PackReader().read(dir);
    if (!read.ok())
        qFatal("%s does not load: %s", qPrintable(dir), qPrintable(allProblems(read.problems)));
    return *read.pack;
}

Pack fixtureBase() {
    return readPack(QStringLiteral(PR_FIXTURES_DIR "/langpacks/base"));
}

// The fixture base pack with entry "alpha" given another answer.
Pack withAlphaAnswer(const Pack &base, const QString &answer) {
    QList<Entry> entries = base.entries();
    entries[0].answerMarkdown = answer;
    return Pack(base.manifest(), entries, base.references(), base.synonyms());
}

// What a translator does: a recognisable translation of every unit that keeps the protected
// parts ("[beta](entry:beta)" becomes "[BETA](entry:beta)").
QString pretendTranslation(const QString &source) {
    QString out;
    qsizetype done = 0;
    for (const ProtectedToken &token : protectedTokens(source)) {
        out += source.mid(done, token.start - done).toUpper() + token.text;
        done = token.start + token.text.size();
    }
    return QStringLiteral("ES ") + out + source.mid(done).toUpper();
}

TranslationCatalog filled(TranslationCatalog catalog) {
    catalog.language = QStringLiteral("es");
    catalog.translator = QStringLiteral("Test translator");
    for (TranslationUnit &unit : catalog.units)
        unit.target = pretendTranslation(unit.source);
    return catalog;
}

// The language pack made from translation, merged with base; nullopt with the reasons in why.
std::optional<TranslatedPack> buildAndLoad(const Pack &base, const TranslationCatalog &translation,
                                           QString *why) {
    PackProblems problems;
    const std::optional<PackFileMap> files =
        TranslationImporter::build(base, translation, {}, QStringLiteral("es.po"), &problems);
    if (!files) {
        *why = allProblems(problems);
        return std::nullopt;
    }
    const LanguagePackLoadResult loaded = LanguagePackLoader(base).loadFiles(*files);
    *why = allProblems(loaded.problems);
    return loaded.translated;
}

QStringList unitIds(const TranslationCatalog &catalog) {
    QStringList ids;
    for (const TranslationUnit &unit : catalog.units)
        ids.append(unit.id);
    return ids;
}

[[maybe_unused]] bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs a tool; the empty string on success, otherwise what it printed.
[[maybe_unused]] QString runTool(const QString &program, const QStringList &arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("%1 did not finish").arg(program);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAll());
    return {};
}

} // namespace

class TestTranslationFiles : public QObject {
    Q_OBJECT

private slots:
    void exportHasOneUnitPerTextWithStableIds() {
        const TranslationCatalog catalog = TranslationExtractor::extract(fixtureBase());
        QCOMPARE(
            unitIds(catalog),
            strings({"pack/title", "pack/publisher", "entry/alpha/question", "entry/alpha/answer/1",
                     "entry/alpha/see/1", "entry/alpha/see/2", "entry/beta/question",
                     "entry/beta/answer/1", "entry/gamma/question", "entry/gamma/answer/1",
                     // Issue 14: the crisis notice's texts go through the same workflow.
                     "help/title", "help/intro", "help/emergency", "help/lines-heading",
                     "help/trusted", "help/line/US/region", "help/line/US/how",
                     "help/line/GB/region", "help/line/GB/how"}));
        QCOMPARE(catalog.unit(QStringLiteral("entry/alpha/see/1"))->source, QStringLiteral("Beta"));
        QCOMPARE(catalog.unit(QStringLiteral("help/title"))->source,
                 QStringLiteral("If you are thinking about harming yourself"));
        QCOMPARE(catalog.unit(QStringLiteral("help/title"))->location, QStringLiteral("help.json"));
    }

    // A filled help/... unit ends up in the language pack's help.json, and the notice shows it.
    void translatedHelpTextsBecomeTheLanguagePacksHelpJson() {
        const Pack base = fixtureBase();
        TranslationCatalog filled = TranslationExtractor::extract(base);
        filled.language = QStringLiteral("es");
        filled.translator = QStringLiteral("Test");
        for (TranslationUnit &unit : filled.units) {
            if (unit.id == QLatin1String("help/title"))
                unit.target = QStringLiteral("Si está pensando en hacerse daño");
        }
        PackProblems problems;
        const std::optional<PackFileMap> files =
            TranslationImporter::build(base, filled, {}, QStringLiteral("es.po"), &problems);
        QVERIFY(files);
        const QJsonObject help =
            QJsonDocument::fromJson(files->value(QStringLiteral("help.json"))).object();
        QCOMPARE(help.value(QLatin1String("texts"))
                     .toObject()
                     .value(QLatin1String("help/title"))
                     .toString(),
                 QStringLiteral("Si está pensando en hacerse daño"));
        QCOMPARE(help.value(QLatin1String("texts")).toObject().size(), 1);
    }

    void answerParagraphsAreSeparateUnits() {
        const Pack base =
            withAlphaAnswer(fixtureBase(), QStringLiteral("One.\n\nTwo\nlines.\n\n\nThree.\n"));
        const TranslationCatalog catalog = TranslationExtractor::extract(base);
        QCOMPARE(catalog.unit(QStringLiteral("entry/alpha/answer/2"))->source,
                 QStringLiteral("Two\nlines."));
        QCOMPARE(catalog.unit(QStringLiteral("entry/alpha/answer/3"))->source,
                 QStringLiteral("Three."));
    }

    void notesMarkLinkTargetsAndCitationsDoNotTranslate() {
        const Pack base =
            withAlphaAnswer(fixtureBase(), QStringLiteral("See [beta](entry:beta) [@smith2020]."));
        const TranslationCatalog catalog = TranslationExtractor::extract(base);
        const QString note = catalog.unit(QStringLiteral("entry/alpha/answer/1"))->note;
        QVERIFY2(note.contains(QStringLiteral("Do not translate")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("](entry:beta)")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("[@smith2020]")), qPrintable(note));
    }

    void poEscapesRoundTrip() {
        TranslationCatalog catalog = TranslationExtractor::extract(fixtureBase());
        catalog.language = QStringLiteral("es");
        const QString tricky =
            QStringLiteral("\"quoted\" back\\slash\ttab\nsecond line ¿ñ? عربي\n");
        catalog.units[0].source = tricky;
        catalog.units[0].target = tricky;
        PackProblems problems;
        const std::optional<TranslationCatalog> read =
            PoFile::read(PoFile::write(catalog), QStringLiteral("x.po"), &problems);
        QVERIFY2(read, qPrintable(allProblems(problems)));
        QCOMPARE(read->units.size(), catalog.units.size());
        QCOMPARE(read->units[0].source, tricky);
        QCOMPARE(read->units[0].target, tricky);
        QCOMPARE(read->language, QStringLiteral("es"));
        QCOMPARE(read->units[2].note, catalog.units[2].note);
    }

    // Issue 16: the export's header is one the import accepts once the translator fills it in;
    // what the export leaves to fill (and what earlier exports wrote) counts as not filled.
    void theExportedHeaderAsksForTheTranslatorAndIsAcceptedFilledIn() {
        TranslationCatalog catalog = filled(TranslationExtractor::extract(fixtureBase()));
        catalog.translator.clear();
        const QByteArray po = PoFile::write(catalog);
        QVERIFY(po.contains("\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\""));
        PackProblems problems;
        std::optional<TranslationCatalog> read =
            PoFile::read(po, QStringLiteral("es.po"), &problems);
        QVERIFY(read);
        QVERIFY(read->translator.isEmpty());
        QCOMPARE(read->translatorPlaceholder, QStringLiteral("FULL NAME <EMAIL@ADDRESS>"));
        QCOMPARE(read->headerLine, 4);
        PackProblems header =
            TranslationImporter::headerProblems(*read, {}, QStringLiteral("es.po"));
        QCOMPARE(header.size(), 1);
        QCOMPARE(header.constFirst().line, 4);
        QVERIFY2(header.constFirst().message.contains(QStringLiteral("\"Last-Translator\"")),
                 qPrintable(header.constFirst().message));
        // The same verdict from the option that gives it.
        QVERIFY(TranslationImporter::headerProblems(*read, {{}, QStringLiteral("Ana"), {}},
                                                    QStringLiteral("es.po"))
                    .isEmpty());

        for (const char *unfilled : {"not stated", "FULL NAME <EMAIL@ADDRESS>", ""}) {
            QByteArray old = po;
            old.replace("FULL NAME <EMAIL@ADDRESS>", unfilled);
            read = PoFile::read(old, QStringLiteral("es.po"), &problems);
            QVERIFY(read && read->translator.isEmpty());
        }
        QByteArray named = po;
        named.replace("FULL NAME <EMAIL@ADDRESS>", "Ana García <ana@example.org>");
        read = PoFile::read(named, QStringLiteral("es.po"), &problems);
        QVERIFY(read);
        QCOMPARE(read->translator, QStringLiteral("Ana García <ana@example.org>"));
        const TranslationImport verdict =
            TranslationImporter::importFile(fixtureBase(), *read, {}, QStringLiteral("es.po"));
        QVERIFY2(verdict.ok(), qPrintable(allProblems(verdict.problems)));
        QCOMPARE(verdict.translated->pack.manifest().translation->translator,
                 QStringLiteral("Ana García <ana@example.org>"));
    }

    // Issue 16: each note tells the translator truly where the pack's own texts appear.
    void theNotesOfThePackTextsSayTrulyWhereTheyAppear() {
        const Pack bundled = readPack(PackReader::bundledPackPath());
        const PageRenderer renderer(bundled);
        const QString answer = renderer.answerPage(bundled.entries().constFirst(), {});
        const QString home = renderer.homePage({});
        const auto between = [](const QString &html, const QString &from, const QString &to) {
            const qsizetype start = html.indexOf(from);
            return start < 0 ? QString() : html.mid(start, html.indexOf(to, start) - start);
        };
        const QString top = between(answer, QStringLiteral("<header class=\"pack-title\""),
                                    QStringLiteral("</header>"));
        const QString aboveAnswer = between(answer, QStringLiteral("<article"),
                                            QStringLiteral("<div class=\"entry-text\""));
        const QString foot = between(answer, QStringLiteral("<footer class=\"provenance\""),
                                     QStringLiteral("</footer>"));
        const QString allQuestions =
            between(home, QStringLiteral("<section class=\"home\""), QStringLiteral("<ol"));
        QVERIFY(!top.isEmpty() && !aboveAnswer.isEmpty() && !foot.isEmpty() &&
                !allQuestions.isEmpty());
        const TranslationCatalog catalog = TranslationExtractor::extract(bundled);
        int claims = 0;
        for (const TranslationUnit &unit : catalog.units) {
            QVERIFY2(!unit.note.contains(QStringLiteral("About box")), qPrintable(unit.id));
            if (!unit.id.startsWith(QLatin1String("pack/")))
                continue;
            const QString text = MarkdownRenderer::escape(unit.source);
            const auto shows = [&](const QString &html) { return html.contains(text); };
            const QList<std::pair<QString, QString>> places = {
                {QStringLiteral("at the top of every page"), top},
                {QStringLiteral("above every answer"), aboveAnswer},
                {QStringLiteral("at the foot of every page"), foot},
                {QStringLiteral("the last line at the foot of every page"), foot},
                {QStringLiteral("\"All questions\" page"), allQuestions},
            };
            for (const auto &[claim, html] : places) {
                if (!unit.note.contains(claim))
                    continue;
                ++claims;
                QVERIFY2(shows(html), qPrintable(unit.id + QStringLiteral(": ") + claim));
            }
        }
        QVERIFY(claims >= 6);
    }

    void poReaderUnderstandsFlagsPreviousTextsAndWrappedStrings() {
        const QByteArray po = "msgid \"\"\n"
                              "msgstr \"\"\n"
                              "\"Language: pt-BR\\n\"\n"
                              "\"Last-Translator: Ana <ana@example.org>\\n\"\n"
                              "\n"
                              "# translator's own remark\n"
                              "#. where it appears\n"
                              "#, fuzzy, no-c-format\n"
                              "#| msgid \"Old \"\n"
                              "#| \"text\"\n"
                              "msgctxt \"entry/a/question\"\n"
                              "msgid \"\"\n"
                              "\"New \"\n"
                              "\"text\"\n"
                              "msgstr \"Novo \"\n"
                              "\"texto\"\n"
                              "\n"
                              "#~ msgctxt \"gone\"\n"
                              "#~ msgid \"Gone\"\n"
                              "#~ msgstr \"Ido\"\n";
        PackProblems problems;
        const std::optional<TranslationCatalog> read =
            PoFile::read(po, QStringLiteral("x.po"), &problems);
        QVERIFY2(read, qPrintable(allProblems(problems)));
        QCOMPARE(read->language, QStringLiteral("pt-BR"));
        QCOMPARE(read->translator, QStringLiteral("Ana <ana@example.org>"));
        QCOMPARE(read->units.size(), 1);
        const TranslationUnit &unit = read->units.constFirst();
        QCOMPARE(unit.id, QStringLiteral("entry/a/question"));
        QCOMPARE(unit.source, QStringLiteral("New text"));
        QCOMPARE(unit.target, QStringLiteral("Novo texto"));
        QVERIFY(unit.fuzzy);
        QCOMPARE(unit.previousSource, QStringLiteral("Old text"));
        QCOMPARE(unit.note, QStringLiteral("where it appears"));
        QCOMPARE(unit.line, 15);
    }

    void poReaderReportsASyntaxErrorWithItsLine() {
        const QByteArray po = "msgctxt \"a\"\nmsgid \"x\"\nmsgstr \"bad \\q escape\"\n";
        PackProblems problems;
        QVERIFY(!PoFile::read(po, QStringLiteral("x.po"), &problems));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].line, 3);
    }

    void filledPoBuildsALanguagePackThatLoads() {
        const Pack base = fixtureBase();
        PackProblems problems;
        const std::optional<TranslationCatalog> read =
            PoFile::read(PoFile::write(filled(TranslationExtractor::extract(base))),
                         QStringLiteral("es.po"), &problems);
        QVERIFY2(read, qPrintable(allProblems(problems)));
        QString why;
        const std::optional<TranslatedPack> loaded = buildAndLoad(base, *read, &why);
        QVERIFY2(loaded, qPrintable(why));
        const TranslatedPack &translated = *loaded;
        QCOMPARE(translated.translatedEntries, strings({"alpha", "beta", "gamma"}));
        QVERIFY(translated.staleEntries.isEmpty());
        const Entry *alpha = translated.pack.entry(QStringLiteral("alpha"));
        QCOMPARE(alpha->question, QStringLiteral("ES WHAT IS ALPHA?"));
        QCOMPARE(alpha->answerMarkdown.trimmed(),
                 QStringLiteral("ES ALPHA IS THE FIRST ANSWER. SEE [BETA](entry:beta)."));
        QCOMPARE(alpha->seeAlso.at(0).label, QStringLiteral("ES BETA"));
        QCOMPARE(alpha->seeAlso.at(0).targetId, QStringLiteral("beta"));
        QCOMPARE(translated.pack.manifest().title, QStringLiteral("ES TEST FAQ"));
        QCOMPARE(translated.pack.manifest().language, QStringLiteral("es"));
        QCOMPARE(translated.pack.manifest().translation->translator,
                 QStringLiteral("Test translator"));
        QVERIFY(!translated.pack.manifest().translation->clinicallyReviewed);
    }

    void filledXliffBuildsTheSameLanguagePack() {
        const Pack base = fixtureBase();
        const TranslationCatalog catalog = filled(TranslationExtractor::extract(base));
        PackProblems problems;
        std::optional<TranslationCatalog> read =
            XliffFile::read(XliffFile::write(catalog), QStringLiteral("es.xlf"), &problems);
        QVERIFY2(read, qPrintable(allProblems(problems)));
        QCOMPARE(read->language, QStringLiteral("es"));
        read->translator = catalog.translator;
        QString why;
        const std::optional<TranslatedPack> loaded = buildAndLoad(base, *read, &why);
        QVERIFY2(loaded, qPrintable(why));
        const TranslatedPack &translated = *loaded;
        QCOMPARE(translated.translatedEntries.size(), 3);
        QCOMPARE(translated.pack.entry(QStringLiteral("alpha"))->answerMarkdown.trimmed(),
                 QStringLiteral("ES ALPHA IS THE FIRST ANSWER. SEE [BETA](entry:beta)."));
    }

    void xliffPutsLinkTargetsInPlaceholdersAndRestoresEmptyOnes() {
        const TranslationCatalog catalog = filled(TranslationExtractor::extract(fixtureBase()));
        QByteArray xliff = XliffFile::write(catalog);
        QVERIFY(xliff.contains("<source>Alpha is the first answer. See [beta<ph "
                               "id=\"1\">](entry:beta)</ph>.</source>"));
        // Some tools write placeholders as empty elements in the target.
        xliff.replace("[BETA<ph id=\"1\">](entry:beta)</ph>", "[BETA<ph id=\"1\"/>");
        PackProblems problems;
        const std::optional<TranslationCatalog> read =
            XliffFile::read(xliff, QStringLiteral("es.xlf"), &problems);
        QVERIFY2(read, qPrintable(allProblems(problems)));
        QCOMPARE(read->unit(QStringLiteral("entry/alpha/answer/1"))->target,
                 QStringLiteral("ES ALPHA IS THE FIRST ANSWER. SEE [BETA](entry:beta)."));
    }

    void untranslatedOrFuzzyTextsFallBackToTheBaseLanguage() {
        const Pack base = fixtureBase();
        TranslationCatalog catalog = filled(TranslationExtractor::extract(base));
        for (TranslationUnit &unit : catalog.units) {
            if (unit.id == QLatin1String("entry/beta/answer/1"))
                unit.fuzzy = true;
            if (unit.id == QLatin1String("entry/gamma/question") ||
                unit.id == QLatin1String("entry/alpha/see/2") ||
                unit.id == QLatin1String("pack/title"))
                unit.target.clear();
        }
        QString why;
        const std::optional<TranslatedPack> loaded = buildAndLoad(base, catalog, &why);
        QVERIFY2(loaded, qPrintable(why));
        const TranslatedPack &translated = *loaded;
        QCOMPARE(translated.translatedEntries, QStringList{QStringLiteral("alpha")});
        QCOMPARE(translated.untranslatedEntries, strings({"beta", "gamma"}));
        QCOMPARE(translated.pack.entry(QStringLiteral("beta"))->question,
                 QStringLiteral("What is beta?"));
        QCOMPARE(translated.pack.entry(QStringLiteral("alpha"))->seeAlso.at(1).label,
                 QStringLiteral("Somewhere else"));
        QCOMPARE(translated.pack.manifest().title, QStringLiteral("Test FAQ"));
    }

    void aTranslationOfAnOlderSourceIsNotUsed() {
        const Pack base = fixtureBase();
        const TranslationCatalog old = filled(TranslationExtractor::extract(base));
        const Pack changed =
            withAlphaAnswer(base, QStringLiteral("Alpha changed. See [beta](entry:beta)."));
        const TranslationCheck check =
            TranslationImporter::check(changed, old, QStringLiteral("es.po"));
        QCOMPARE(check.outdated, QStringList{QStringLiteral("entry/alpha/answer/1")});
        QString why;
        const std::optional<TranslatedPack> loaded = buildAndLoad(changed, old, &why);
        QVERIFY2(loaded, qPrintable(why));
        QCOMPARE(loaded->untranslatedEntries, QStringList{QStringLiteral("alpha")});
    }

    void updateAfterASourceChangeMarksTheChangedUnitFuzzy() {
        const Pack base = fixtureBase();
        const TranslationCatalog existing = filled(TranslationExtractor::extract(base));
        const Pack changed = withAlphaAnswer(
            base, QStringLiteral("Alpha changed. See [beta](entry:beta).\n\nNew paragraph."));
        TranslationUpdater::Summary summary;
        const TranslationCatalog updated =
            TranslationUpdater::update(existing, TranslationExtractor::extract(changed), &summary);
        const TranslationUnit *unit = updated.unit(QStringLiteral("entry/alpha/answer/1"));
        QVERIFY(unit->fuzzy);
        QCOMPARE(unit->previousSource,
                 QStringLiteral("Alpha is the first answer. See [beta](entry:beta)."));
        QCOMPARE(unit->target, existing.unit(QStringLiteral("entry/alpha/answer/1"))->target);
        QVERIFY(!updated.unit(QStringLiteral("entry/beta/answer/1"))->fuzzy);
        QVERIFY(updated.unit(QStringLiteral("entry/alpha/answer/2"))->target.isEmpty());
        QCOMPARE(updated.language, QStringLiteral("es"));
        QCOMPARE(summary.changed, 1);
        QCOMPARE(summary.added, 1);

        // In the file: "#, fuzzy" and the previous msgid, read back the same way.
        const QByteArray po = PoFile::write(updated);
        QVERIFY(po.contains(
            "#, fuzzy\n#| msgid \"Alpha is the first answer. See [beta](entry:beta).\"\n"
            "msgctxt \"entry/alpha/answer/1\""));
        PackProblems problems;
        const std::optional<TranslationCatalog> read =
            PoFile::read(po, QStringLiteral("es.po"), &problems);
        QVERIFY(read && read->unit(QStringLiteral("entry/alpha/answer/1"))->fuzzy);
        QVERIFY(XliffFile::write(updated).contains("state=\"needs-review-translation\""));
    }

    void updateDropsUnitsTheBaseNoLongerHas() {
        const Pack base = withAlphaAnswer(fixtureBase(), QStringLiteral("One.\n\nTwo."));
        const TranslationCatalog existing = filled(TranslationExtractor::extract(base));
        const TranslationCatalog updated = TranslationUpdater::update(
            existing, TranslationExtractor::extract(withAlphaAnswer(base, QStringLiteral("One."))));
        QVERIFY(!updated.unit(QStringLiteral("entry/alpha/answer/2")));
        QVERIFY(!updated.unit(QStringLiteral("entry/alpha/answer/1"))->fuzzy);
    }

    void aChangedLinkIsRefusedWithTheUnitIdAndLine() {
        const Pack base = fixtureBase();
        TranslationCatalog catalog = filled(TranslationExtractor::extract(base));
        for (TranslationUnit &unit : catalog.units) {
            if (unit.id == QLatin1String("entry/alpha/answer/1"))
                unit.target = QStringLiteral("Alfa. Véase [beta](entry:gamma).");
        }
        PackProblems problems;
        const QByteArray po = PoFile::write(catalog);
        const std::optional<TranslationCatalog> read =
            PoFile::read(po, QStringLiteral("es.po"), &problems);
        QVERIFY(read);
        const std::optional<PackFileMap> files =
            TranslationImporter::build(base, *read, {}, QStringLiteral("es.po"), &problems);
        QVERIFY(!files);
        QCOMPARE(problems.size(), 1);
        const int expectedLine = int(po.left(po.indexOf("msgstr \"Alfa.")).count('\n')) + 1;
        QCOMPARE(problems[0].line, expectedLine);
        QVERIFY2(
            problems[0].toString().startsWith(
                QStringLiteral("es.po:%1: error: unit \"entry/alpha/answer/1\"").arg(expectedLine)),
            qPrintable(problems[0].toString()));
        QVERIFY(problems[0].message.contains(QStringLiteral("missing ](entry:beta)")));
        const TranslationCheck check =
            TranslationImporter::check(base, *read, QStringLiteral("es.po"));
        QCOMPARE(check.mismatched, QStringList{QStringLiteral("entry/alpha/answer/1")});
        QVERIFY(!check.translated.contains(QStringLiteral("entry/alpha/answer/1")));
    }

    void aFuzzyTranslationWithTheOldLinksDoesNotBlockTheImport() {
        const Pack base = fixtureBase();
        const Pack changed =
            withAlphaAnswer(base, QStringLiteral("Alpha changed. See [gamma](entry:gamma)."));
        const TranslationCatalog updated = TranslationUpdater::update(
            filled(TranslationExtractor::extract(base)), TranslationExtractor::extract(changed));
        QString why;
        const std::optional<TranslatedPack> loaded = buildAndLoad(changed, updated, &why);
        QVERIFY2(loaded, qPrintable(why));
        QCOMPARE(loaded->untranslatedEntries, QStringList{QStringLiteral("alpha")});
    }

    void aDroppedCitationKeyIsRefused() {
        QCOMPARE(protectedTokenMismatch(QStringLiteral("Yes [@a2020]; %1 {name}"),
                                        QStringLiteral("Sí %1 {name}")),
                 QStringLiteral("missing [@a2020]"));
        QVERIFY(protectedTokenMismatch(QStringLiteral("[x](topic:y) [@k]"),
                                       QStringLiteral("[@k] [equis](topic:y)"))
                    .isEmpty());
    }

    // These two exist only where CMake found the tool (install-deps.sh installs both).
#ifdef PR_MSGFMT
    void theExportedPoPassesMsgfmtCheck() {
        const QString msgfmt = QStringLiteral(PR_MSGFMT);
        const Pack bundled = readPack(PackReader::bundledPackPath());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString templatePo = dir.filePath(QStringLiteral("template.po"));
        const QString filledPo = dir.filePath(QStringLiteral("es.po"));
        TranslationCatalog fuzzy = filled(TranslationExtractor::extract(bundled));
        fuzzy.units[1].fuzzy = true;
        fuzzy.units[1].previousSource = QStringLiteral("An \"older\"\ntext");
        QVERIFY(writeFile(templatePo, PoFile::write(TranslationExtractor::extract(bundled))));
        QVERIFY(writeFile(filledPo, PoFile::write(fuzzy)));
        for (const QString &po : {templatePo, filledPo}) {
            const QString failure =
                runTool(msgfmt, {QStringLiteral("--check"), QStringLiteral("-o"),
                                 QStringLiteral("/dev/null"), po});
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
    }

#endif

#ifdef PR_LCONVERT
    void lconvertReadsTheExportedPoAndXliff() {
        const QString lconvert = QStringLiteral(PR_LCONVERT);
        const Pack bundled = readPack(PackReader::bundledPackPath());
        const TranslationCatalog catalog = filled(TranslationExtractor::extract(bundled));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString po = dir.filePath(QStringLiteral("es.po"));
        const QString xlf = dir.filePath(QStringLiteral("es.xlf"));
        QVERIFY(writeFile(po, PoFile::write(catalog)));
        QVERIFY(writeFile(xlf, XliffFile::write(catalog)));
        for (const QString &file : {po, xlf}) {
            const QString ts = file + QStringLiteral(".ts");
            const QString failure =
                runTool(lconvert, {QStringLiteral("-i"), file, QStringLiteral("-o"), ts});
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QFile converted(ts);
            QVERIFY(converted.open(QIODevice::ReadOnly));
            const QByteArray text = converted.readAll();
            // Every unit made it through, translated.
            QCOMPARE(int(text.count("<message")), int(catalog.units.size()));
            QVERIFY2(text.contains("ES WHAT IS KETAMINE THERAPY?"), file.toUtf8().constData());
        }
    }
#endif
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
