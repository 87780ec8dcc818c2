// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/languagepackfile.h"
#include "content/markdownrenderer.h"
#include "content/packreader.h"
#include "translation/cataloguetranslator.h"
#include "translation/languagepackloader.h"
#include "translation/sourcehash.h"
#include "translation/translationnotices.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pr;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(PR_FIXTURES_DIR "/langpacks/") + name;
}

QString allProblems(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

Pack basePack() {
    const PackReadResult read = PackReader().read(fixture(QStringLiteral("base")));
    if (!read.ok())
        qFatal("the base fixture does not load: %s", qPrintable(allProblems(read.problems)));
    return *read.pack;
}

// The files of a folder, as the build puts them into a .prpack.
PackFileMap filesOf(const QString &folder) {
    PackFileMap files;
    const QDir root(folder);
    const QStringList names = {
        QStringLiteral("manifest.json"),       QStringLiteral("entries.json"),
        QStringLiteral("synonyms.json"),       QStringLiteral("answers/alpha.md"),
        QStringLiteral("answers/beta.md"),     QStringLiteral("answers/gamma.md"),
        QStringLiteral("patient-reader_es.ts")};
    for (const QString &name : names) {
        QFile file(root.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.insert(name, file.readAll());
    }
    return files;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestLanguagePackLoader : public QObject {
    Q_OBJECT

    const Pack m_base = basePack();

private slots:
    void loadsAPlainFolderForTranslatorsAtWork() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-partial")));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        const Manifest &m = result.translated->pack.manifest();
        QCOMPARE(m.language, QStringLiteral("es"));
        QCOMPARE(m.id, QStringLiteral("langpack-test-faq"));
        QCOMPARE(m.title, QStringLiteral("FAQ de prueba"));
        QVERIFY(m.translation.has_value());
        QCOMPARE(m.translation->baseLanguage, QStringLiteral("en"));
    }

    void loadsTheSameTranslationFromASingleFile() {
        const LanguagePackLoader loader(m_base);
        const LanguagePackLoadResult fromFolder =
            loader.load(fixture(QStringLiteral("es-partial")));
        const LanguagePackLoadResult fromFile =
            loader.load(fixture(QStringLiteral("es-partial.prpack")));
        QVERIFY2(fromFile.ok(), qPrintable(allProblems(fromFile.problems)));
        QVERIFY(fromFolder.ok());
        const QList<Entry> &a = fromFolder.translated->pack.entries();
        const QList<Entry> &b = fromFile.translated->pack.entries();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).question, b.at(i).question);
            QCOMPARE(a.at(i).answerMarkdown, b.at(i).answerMarkdown);
            QCOMPARE(a.at(i).translation, b.at(i).translation);
        }
    }

    void loadsAFileJustBuiltFromAFolder() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("es.prpack"));
        QVERIFY(writeFile(path, LanguagePackFile::serialize(
                                    filesOf(fixture(QStringLiteral("es-with-interface"))))));
        const LanguagePackLoadResult result = LanguagePackLoader(m_base).load(path);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QVERIFY(!result.translated->interfaceTranslation.isEmpty());
    }

    void keepsTheBaseOrderAndFallsBackToTheBaseTextWhereUntranslated() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-partial")));
        QVERIFY(result.ok());
        const Pack &pack = result.translated->pack;
        QCOMPARE(pack.entries().size(), 3);
        QCOMPARE(pack.entries().at(0).id, QStringLiteral("alpha"));
        QCOMPARE(pack.entries().at(2).id, QStringLiteral("gamma"));
        const Entry *gamma = pack.entry(QStringLiteral("gamma"));
        QCOMPARE(gamma->translation, TranslationState::Untranslated);
        QCOMPARE(gamma->language, QStringLiteral("en"));
        QCOMPARE(pack.manifest().translation->baseDirection, Qt::LeftToRight);
        QCOMPARE(gamma->question, QStringLiteral("What is gamma?"));
        QCOMPARE(result.translated->untranslatedEntries, QStringList{QStringLiteral("gamma")});
        QVERIFY(!TranslationNotices::notYetTranslated().isEmpty());
    }

    void marksTranslatedEntriesAsInThePacksLanguage() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-partial")));
        QVERIFY(result.ok());
        const Entry *alpha = result.translated->pack.entry(QStringLiteral("alpha"));
        QCOMPARE(alpha->translation, TranslationState::Translated);
        QVERIFY(alpha->language.isEmpty());
        QCOMPARE(alpha->question, QStringLiteral("¿Qué es alfa?"));
    }

    void takesSeeLabelsFromTheTranslationAndTargetsFromTheBase() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-partial")));
        QVERIFY(result.ok());
        const Entry *alpha = result.translated->pack.entry(QStringLiteral("alpha"));
        QCOMPARE(alpha->seeAlso.size(), 2);
        QCOMPARE(alpha->seeAlso.at(0).label, QStringLiteral("Beta (es)"));
        QCOMPARE(alpha->seeAlso.at(0).targetId, QStringLiteral("beta"));
        QVERIFY(!alpha->seeAlso.at(1).isInPack());
    }

    void keepsReferencesAsTheBasePublishesThem() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-partial")));
        QVERIFY(result.ok());
        QCOMPARE(result.translated->pack.references().size(), 1);
        QCOMPARE(result.translated->pack.references().at(0).sourceText,
                 QStringLiteral("Doe, J. (2020). A study."));
        QCOMPARE(result.translated->pack.synonyms().size(), 1);
    }

    void marksAnEntryStaleWhenItsBaseTextChangedAndSaysWhich() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-partial")));
        QVERIFY(result.ok());
        QCOMPARE(result.translated->pack.entry(QStringLiteral("beta"))->translation,
                 TranslationState::Stale);
        QCOMPARE(result.translated->staleEntries, QStringList{QStringLiteral("beta")});
        QVERIFY2(allProblems(result.problems)
                     .contains(QStringLiteral("warning: Out of date (the base text changed after "
                                              "translation): beta.")),
                 qPrintable(allProblems(result.problems)));
    }

    void loadsAPackMadeForAnotherBaseVersionWithAWarningListingStaleEntries() {
        QTemporaryDir dir;
        PackFileMap files = filesOf(fixture(QStringLiteral("ar-complete")));
        QByteArray &manifest = files[QStringLiteral("manifest.json")];
        manifest.replace("\"version\": \"2.0\"", "\"version\": \"1.0\"");
        const LanguagePackLoadResult result = LanguagePackLoader(m_base).loadFiles(files);
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QCOMPARE(result.translated->staleEntries.size(), 3);
        QVERIFY2(allProblems(result.problems)
                     .contains(QStringLiteral("Made from version 1.0 of \"langpack-test-faq\"; "
                                              "this is version 2.0. Out of date (the base text "
                                              "changed after translation): alpha, beta, gamma.")),
                 qPrintable(allProblems(result.problems)));
    }

    void trustsARecordedSourceHashOverTheBaseVersion() {
        PackFileMap files = filesOf(fixture(QStringLiteral("es-partial")));
        files[QStringLiteral("manifest.json")].replace("\"version\": \"2.0\"",
                                                       "\"version\": \"1.0\"");
        const LanguagePackLoadResult result = LanguagePackLoader(m_base).loadFiles(files);
        QVERIFY(result.ok());
        QCOMPARE(result.translated->translatedEntries, QStringList{QStringLiteral("alpha")});
        QCOMPARE(sourceHash(*m_base.entry(QStringLiteral("alpha"))),
                 QStringLiteral("44f20a4fdddddedb"));
    }

    void givesARightToLeftPackItsDirection() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("ar-complete")));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QCOMPARE(result.translated->pack.manifest().direction, Qt::RightToLeft);
        QCOMPARE(result.translated->pack.manifest().directionKey(), QStringLiteral("rtl"));
        QCOMPARE(result.translated->coveragePercent(), 100);
        QVERIFY(result.problems.isEmpty());
    }

    void exposesTheReviewStatusInWordsAndCallsAnUnsignedReviewNotVerified() {
        const LanguagePackLoader loader(m_base);
        const LanguagePackLoadResult notReviewed =
            loader.load(fixture(QStringLiteral("es-partial")));
        const LanguagePackLoadResult reviewed = loader.load(fixture(QStringLiteral("ar-complete")));
        QVERIFY(notReviewed.ok() && reviewed.ok());
        const TranslationProvenance &n = *notReviewed.translated->pack.manifest().translation;
        QVERIFY(!n.clinicallyReviewed);
        QCOMPARE(TranslationNotices::reviewStatus(n, {}),
                 QStringLiteral("This translation has not been checked by a clinician."));
        const TranslationProvenance &r = *reviewed.translated->pack.manifest().translation;
        QVERIFY(r.clinicallyReviewed);
        QCOMPARE(r.reviewDate, QDate(2026, 2, 1));
        // The pack only claims the review: without a trusted signature it is not verified.
        QCOMPARE(TranslationNotices::reviewStatus(r, reviewed.translated->pack.manifest().trust,
                                                  QLocale(QLocale::English)),
                 QStringLiteral("This translation says Dr. Test Reviewer checked it, but no "
                                "trusted signature confirms that: not verified."));
        QCOMPARE(TranslationNotices::translatedBy(r),
                 QStringLiteral("Translated by Test translator"));
    }

    void handsOverTheInterfaceTranslationReadyToInstall() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("es-with-interface")));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        CatalogueTranslator translator;
        translator.setCatalogue(result.translated->interfaceTranslation);
        QCOMPARE(translator.translate("LanguagePackTest", "Hello"), QStringLiteral("Hola"));
        QVERIFY(translator.translate("LanguagePackTest", "Goodbye").isNull());
    }

    void refusesEachHostileOrBrokenPackSayingWhatIsWrong_data() {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated file")
            << "hostile/truncated.prpack"
            << "truncated.prpack: error: the file is damaged or incomplete";
        QTest::newRow("wrong format marker")
            << "hostile/wrong-format.prpack"
            << "wrong-format.prpack: error: is not a Patient Reader language pack";
        QTest::newRow("an archive instead") << "hostile/zip-archive.prpack"
                                            << "is not a Patient Reader language pack";
        QTest::newRow("path traversal") << "hostile/path-traversal.prpack"
                                        << "names must be relative paths that stay inside the pack";
        QTest::newRow("invalid UTF-8 file") << "hostile/invalid-utf8.prpack"
                                            << "the file is not valid UTF-8 text";
        QTest::newRow("invalid UTF-8 hidden in base64")
            << "hostile/invalid-utf8-base64.prpack"
            << "answers/beta.md:1: error: text is not valid UTF-8";
        QTest::newRow("invalid UTF-8 in a folder")
            << "hostile/invalid-utf8-answer"
            << "answers/beta.md:1: error: text is not valid UTF-8";
        QTest::newRow("unknown language code")
            << "hostile/unknown-language"
            << "manifest.json: error: unknown language code \"xx-notalanguage\"";
        QTest::newRow("base id mismatch")
            << "hostile/base-mismatch"
            << "manifest.json: error: this language pack translates \"another-faq\", not "
               "\"langpack-test-faq\"";
        QTest::newRow("no review status") << "hostile/no-review-status"
                                          << "manifest.json: error: \"review\" must be";
        QTest::newRow("no such pack") << "hostile/nothing-here.prpack"
                                      << "the file does not exist";
    }

    void refusesEachHostileOrBrokenPackSayingWhatIsWrong() {
        QFETCH(QString, pack);
        QFETCH(QString, expected);
        const LanguagePackLoadResult result = LanguagePackLoader(m_base).load(fixture(pack));
        QVERIFY2(!result.ok(), "a hostile pack must be refused");
        QVERIFY2(allProblems(result.problems).contains(expected),
                 qPrintable(QStringLiteral("expected \"%1\" in:\n%2")
                                .arg(expected, allProblems(result.problems))));
    }

    void refusesAPackInTheBaseLanguage() {
        PackFileMap files = filesOf(fixture(QStringLiteral("es-partial")));
        files[QStringLiteral("manifest.json")].replace("\"language\": \"es\"",
                                                       "\"language\": \"en\"");
        const LanguagePackLoadResult result = LanguagePackLoader(m_base).loadFiles(files);
        QVERIFY(!result.ok());
        QVERIFY2(allProblems(result.problems)
                     .contains(QStringLiteral("the language of the pack "
                                              "it translates")),
                 qPrintable(allProblems(result.problems)));
    }

    void refusesAnOversizedAnswerInsideASingleFile() {
        PackFileMap files = filesOf(fixture(QStringLiteral("es-partial")));
        files[QStringLiteral("answers/beta.md")] = QByteArray(5000, 'a');
        LanguagePackReader::Limits limits;
        limits.pack.maxFileBytes = 4096;
        const LanguagePackLoadResult result = LanguagePackLoader(m_base, limits).loadFiles(files);
        QVERIFY(!result.ok());
        QVERIFY2(allProblems(result.problems)
                     .contains(QStringLiteral("answers/beta.md: error: file is too large (5000")),
                 qPrintable(allProblems(result.problems)));
    }

    void loadsScriptsRawHtmlAndRemoteImagesOnlyAsHarmlessText() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("hostile/markup-in-markdown")));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        const Pack &pack = result.translated->pack;
        MarkdownRenderer::Options options;
        options.hasEntry = [&](const QString &id) { return pack.indexOf(id) >= 0; };
        const QString html =
            MarkdownRenderer(options).toHtml(pack.entry(QStringLiteral("alpha"))->answerMarkdown);
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<iframe")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("tracker.example/pixel.png")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(html.contains(QStringLiteral("seguimiento")));
    }

    void neverLoadsACompiledQmTranslationAndSaysWhyInAWarning() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("hostile/garbage-interface")));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QVERIFY(result.translated->interfaceTranslation.isEmpty());
        QVERIFY2(allProblems(result.problems)
                     .contains(QStringLiteral("patient-reader_es.qm: warning: is a compiled "
                                              "translation (.qm), which the reader does not load: "
                                              "give the Qt Linguist source (.ts)")),
                 qPrintable(allProblems(result.problems)));
    }

    void refusesAPackWhoseInterfaceTranslationDoesNotCheckOutNamingTheLine() {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_base).load(fixture(QStringLiteral("hostile/broken-interface")));
        QVERIFY(!result.ok());
        QVERIFY2(allProblems(result.problems)
                     .contains(QStringLiteral("patient-reader_es.ts:5: error: interface "
                                              "translation: the translation of \"Hello %1\" "
                                              "(context LanguagePackTest) uses the placeholders "
                                              "none; its source uses %1")),
                 qPrintable(allProblems(result.problems)));
    }

    void neverCrashesOnAnyTruncationOfAGoodFile() {
        QFile file(fixture(QStringLiteral("es-partial.prpack")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        const LanguagePackLoader loader(m_base);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cut.prpack"));
        // Only the final newline may go: without the closing brace the JSON is incomplete.
        for (qsizetype length = 0; length < good.size() - 1; length += 7) {
            QVERIFY(writeFile(path, good.left(length)));
            const LanguagePackLoadResult result = loader.load(path);
            QVERIFY(!result.ok());
            QVERIFY(hasErrors(result.problems));
        }
    }
};

QTEST_GUILESS_MAIN(TestLanguagePackLoader)
#include "tst_languagepackloader.moc"
