// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "copyfolder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `faqpack validate` on packs, language packs and translation files, run as a program.
class TestValidateCommand : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
    };

    static Run validate(const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(PR_BINARY_DIR "/app/faqpack/faqpack"),
                      QStringList{QStringLiteral("validate")} + arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }

private slots:
    void reportsABrokenPackWithFileAndLineAndFails() {
        const Run run = validate({QStringLiteral(PR_FIXTURES_DIR "/packs/duplicate-entry-id")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("entries.json:17: error: duplicate entry id")),
                 qPrintable(run.out));
    }

    // Issue 15: a synonym group may only lead to answers that mention it.
    void reviewsTheSynonymGroupsOfEachLanguage() {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("en"));
        QVERIFY(pr::test::copyFolder(
            QStringLiteral(PR_SOURCE_DIR "/resources/packs/ketamine-faq-en"), pack));
        QFile synonyms(pack + QStringLiteral("/synonyms.json"));
        QVERIFY(synonyms.open(QIODevice::WriteOnly | QIODevice::Truncate));
        // "dependence" shares its stem with "depending" in the cost answer; no answer says
        // "scuba" or "diving".
        synonyms.write(R"({"groups": [["dependence", "reliance"], ["scuba", "diving"],
                                      ["cost", "price"]]})");
        synonyms.close();
        const Run run = validate({pack});
        QVERIFY2(run.out.contains(QStringLiteral(
                     "group 1 (\"dependence\", en) leads to \"cost\", which does not mention it")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QStringLiteral("group 2 (\"scuba\", en) leads nowhere")),
                 qPrintable(run.out));
        QVERIFY(!run.out.contains(QStringLiteral("group 3")));
        QCOMPARE(run.exitCode, 0); // warnings

        const Run spanish = validate({QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es")});
        QVERIFY2(spanish.out.contains(QStringLiteral("(\"conducir\", es) leads nowhere")),
                 qPrintable(spanish.out));
    }

    // Issue 12: an interface translation is checked, never loaded as untrusted .qm data.
    void rejectsALanguagePackWhoseInterfaceTranslationDoesNotCheckOut() {
        const Run run =
            validate({QStringLiteral(PR_FIXTURES_DIR "/langpacks/hostile/broken-interface"),
                      QStringLiteral("--base"), QStringLiteral(PR_FIXTURES_DIR "/langpacks/base")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral(
                     "patient-reader_es.ts:5: error: interface translation: the translation of "
                     "\"Hello %1\" (context LanguagePackTest) uses the placeholders none; its "
                     "source uses %1")),
                 qPrintable(run.out));
    }

    void reportsCoverageAndReviewStatusOfALanguagePack() {
        const Run run =
            validate({QStringLiteral(PR_BINARY_DIR "/i18n/packs/ketamine-faq-es.prpack")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("es, 100% translated")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("not been checked by a clinician")));
    }

    void warnsWhenTheTextDirectionDoesNotFitTheLanguageAndCanMakeWarningsFatal() {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("ar"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/ar"), pack));
        QFile manifest(pack + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray text = manifest.readAll();
        manifest.close();
        text.replace("\"direction\": \"rtl\"", "\"direction\": \"ltr\"");
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write(text);
        manifest.close();

        Run run = validate({pack, QStringLiteral("--json")});
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("language")).toString(), QStringLiteral("ar"));
        QVERIFY2(run.out.contains(QStringLiteral("but ar is written right to left")),
                 qPrintable(run.out));
        QCOMPARE(run.exitCode, 0);
        run = validate({pack, QStringLiteral("--warnings-as-errors")});
        QCOMPARE(run.exitCode, 1);
    }

    // Issue 16: a translated answer that links to an answer the FAQ does not have is refused by
    // validate, langpack info and langpack build alike, naming the entry, its file and line.
    void refusesALinkToNoEntryInATranslationNamingTheEntryFileAndLine() {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("es"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), pack));
        QFile answer(pack + QStringLiteral("/answers/cost.md"));
        QVERIFY(answer.open(QIODevice::Append));
        answer.write("\nVéase también [otra respuesta](entry:no-such-entry).\n");
        answer.close();
        QVERIFY(answer.open(QIODevice::ReadOnly));
        const QByteArray text = answer.readAll();
        answer.close();
        const int line = int(text.left(text.indexOf("entry:no-such-entry")).count('\n')) + 1;
        QCOMPARE(line, 3);
        const QString expected =
            QStringLiteral("answers/cost.md:%1: error: entry \"cost\": the link to "
                           "\"entry:no-such-entry\" goes to no entry of \"ketamine-faq\"")
                .arg(line);

        const Run validated = validate({pack});
        QCOMPARE(validated.exitCode, 1);
        QVERIFY2(validated.out.contains(expected), qPrintable(validated.out));

        QProcess info;
        info.start(QStringLiteral(PR_BINARY_DIR "/app/faqpack/faqpack"),
                   {QStringLiteral("langpack"), QStringLiteral("info"), pack});
        QVERIFY(info.waitForFinished(60000));
        const QString infoOut = QString::fromUtf8(info.readAllStandardOutput());
        QCOMPARE(info.exitCode(), 1);
        QVERIFY2(infoOut.contains(expected), qPrintable(infoOut));

        QProcess build;
        build.start(QStringLiteral(PR_BINARY_DIR "/app/faqpack/faqpack"),
                    {QStringLiteral("langpack"), QStringLiteral("build"), pack,
                     QStringLiteral("-o"), dir.filePath(QStringLiteral("es.prpack"))});
        QVERIFY(build.waitForFinished(60000));
        QCOMPARE(build.exitCode(), 1);
        QVERIFY(QString::fromUtf8(build.readAllStandardError()).contains(expected));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("es.prpack"))));

        // A link to an answer the FAQ has, translated or not, is fine.
        QVERIFY(answer.open(QIODevice::WriteOnly | QIODevice::Truncate));
        answer.write(QByteArray(text).replace("entry:no-such-entry", "entry:risks"));
        answer.close();
        QCOMPARE(validate({pack}).exitCode, 0);
    }

    void checksATranslationFile() {
        QTemporaryDir dir;
        const QString po = dir.filePath(QStringLiteral("de.po"));
        QProcess exporter;
        exporter.start(QStringLiteral(PR_BINARY_DIR "/app/faqpack/faqpack"),
                       {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("po"),
                        QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-o"), po});
        QVERIFY(exporter.waitForFinished(60000));
        QCOMPARE(exporter.exitCode(), 0);
        const Run run = validate({po});
        QVERIFY2(run.out.contains(QStringLiteral("Untranslated:")), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestValidateCommand)
#include "tst_validatecommand.moc"
