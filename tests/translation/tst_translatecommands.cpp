// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "copyfolder.h"
#include "translation/languagepackloader.h"
#include "translation/pofile.h"
#include "translation/protectedtokens.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

const QString kBase = QStringLiteral(PR_FIXTURES_DIR "/langpacks/base");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run faqpack(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(PR_BINARY_DIR "/app/faqpack/faqpack"), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Fills every unit of a PO file with an upper-case "translation" that keeps the protected
// parts; replace, when given, then changes the translation of one unit.
bool fillPo(const QString &path, const QString &unitId = {}, const QString &replacement = {}) {
    PackProblems problems;
    std::optional<TranslationCatalog> catalog = PoFile::read(readAll(path), path, &problems);
    if (!catalog)
        return false;
    for (TranslationUnit &unit : catalog->units) {
        QString target;
        qsizetype done = 0;
        for (const ProtectedToken &token : protectedTokens(unit.source)) {
            target += unit.source.mid(done, token.start - done).toUpper() + token.text;
            done = token.start + token.text.size();
        }
        unit.target = unit.id == unitId ? replacement : target + unit.source.mid(done).toUpper();
    }
    return writeAll(path, PoFile::write(*catalog));
}

} // namespace

class TestTranslateCommands : public QObject {
    Q_OBJECT

private slots:
    void exportThenImportMakesALanguagePackTheLoaderAccepts() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString po = dir.filePath(QStringLiteral("es.po"));
        const QString prpack = dir.filePath(QStringLiteral("es.prpack"));
        Run run =
            faqpack({QStringLiteral("export"), QStringLiteral("--from"), kBase,
                     QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("-o"), po});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(fillPo(po));
        run = faqpack({QStringLiteral("import"), po, QStringLiteral("--base"), kBase,
                       QStringLiteral("--translator"), QStringLiteral("Test"), QStringLiteral("-o"),
                       prpack});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const PackReadResult base = PackReader().read(kBase);
        QVERIFY(base.ok());
        const LanguagePackLoadResult loaded = LanguagePackLoader(*base.pack).load(prpack);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.translated->translatedEntries.size(), 3);
        QCOMPARE(loaded.translated->pack.entry(QStringLiteral("beta"))->question,
                 QStringLiteral("WHAT IS BETA?"));
    }

    // Issue 16: the header the export writes is refused until the translator fills it in, by
    // --check and by -o alike, with a message naming the field and what to put there; filled
    // in as a PO editor does on saving, both accept it.
    void checkAndImportRefuseTheUnfilledTranslatorAndAcceptItFilledIn() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString po = dir.filePath(QStringLiteral("es.po"));
        const QString out = dir.filePath(QStringLiteral("es"));
        Run run =
            faqpack({QStringLiteral("export"), QStringLiteral("--from"), kBase,
                     QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("-o"), po});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(fillPo(po));
        QByteArray text = readAll(po);
        QVERIFY(text.contains("\"Last-Translator: FULL NAME <EMAIL@ADDRESS>\\n\""));
        const int headerLine = int(text.left(text.indexOf("msgstr \"\"")).count('\n')) + 1;
        const QString expected =
            QStringLiteral("es.po:%1: error: the header field \"Last-Translator\" still says "
                           "\"FULL NAME <EMAIL@ADDRESS>\": replace it with who translated the "
                           "file (for example \"Last-Translator: Ana García <ana@example.org>\"")
                .arg(headerLine);

        const Run check = faqpack({QStringLiteral("import"), po, QStringLiteral("--base"), kBase,
                                   QStringLiteral("--check")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(expected), qPrintable(check.out));
        run = faqpack({QStringLiteral("import"), po, QStringLiteral("--base"), kBase,
                       QStringLiteral("-o"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));

        text.replace("Last-Translator: FULL NAME <EMAIL@ADDRESS>",
                     "Last-Translator: Ana García <ana@example.org>");
        QVERIFY(writeAll(po, text));
        const Run filled = faqpack({QStringLiteral("import"), po, QStringLiteral("--base"), kBase,
                                    QStringLiteral("--check")});
        QVERIFY2(filled.exitCode == 0, qPrintable(filled.out));
        QVERIFY2(filled.out.contains(QStringLiteral("es.po: 0 errors")), qPrintable(filled.out));
        run = faqpack({QStringLiteral("import"), po, QStringLiteral("--base"), kBase,
                       QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const PackReadResult base = PackReader().read(kBase);
        QVERIFY(base.ok());
        const LanguagePackLoadResult loaded = LanguagePackLoader(*base.pack).load(out);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.translated->pack.manifest().translation->translator,
                 QStringLiteral("Ana García <ana@example.org>"));
    }

    // Issue 16: whatever is wrong, --check fails exactly when -o would make no language pack.
    void checkAndImportGiveTheSameVerdict_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<bool>("withLanguage");
        QTest::addColumn<bool>("translated");
        QTest::addColumn<QByteArray>("translatorLine");
        QTest::addColumn<QString>("unitToBreak");
        QTest::addColumn<QString>("brokenText");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("named");

        const QByteArray ana = "Last-Translator: Ana García <ana@example.org>";
        QTest::newRow("filled in")
            << "po" << true << true << ana << QString() << QString() << 0 << QString();
        QTest::newRow("old export's \"not stated\"")
            << "po" << true << true << QByteArray("Last-Translator: not stated") << QString()
            << QString() << 1 << "the header field \"Last-Translator\" still says \"not stated\"";
        QTest::newRow("empty Last-Translator")
            << "po" << true << true << QByteArray("Last-Translator: ") << QString() << QString()
            << 1 << "the header field \"Last-Translator\" is missing or empty";
        QTest::newRow("no language") << "po" << false << true << ana << QString() << QString() << 1
                                     << "the header field \"Language\" is empty";
        QTest::newRow("nothing translated") << "po" << true << false << ana << QString()
                                            << QString() << 1 << "no entry is translated in full";
        QTest::newRow("a link to no entry")
            << "po" << true << true << ana << "entry/alpha/answer/1"
            << "ALFA. [BETA](entry:no-such-entry)." << 1
            << "unit \"entry/alpha/answer/1\": the translation must keep the source's links";
        QTest::newRow("XLIFF, who translated not given")
            << "xliff" << true << true << QByteArray() << QString() << QString() << 1
            << "XLIFF has no field saying who translated the file: give --translator";
    }

    void checkAndImportGiveTheSameVerdict() {
        QFETCH(QString, format);
        QFETCH(bool, withLanguage);
        QFETCH(bool, translated);
        QFETCH(QByteArray, translatorLine);
        QFETCH(QString, unitToBreak);
        QFETCH(QString, brokenText);
        QFETCH(int, exitCode);
        QFETCH(QString, named);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString po = dir.filePath(QStringLiteral("es.po"));
        QStringList exportArguments{QStringLiteral("export"), QStringLiteral("--from"), kBase,
                                    QStringLiteral("-o"), po};
        if (withLanguage)
            exportArguments << QStringLiteral("--lang") << QStringLiteral("es");
        Run run = faqpack(exportArguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        if (translated)
            QVERIFY(fillPo(po, unitToBreak, brokenText));
        QByteArray text = readAll(po);
        text.replace("Last-Translator: FULL NAME <EMAIL@ADDRESS>", translatorLine);
        QVERIFY(writeAll(po, text));
        QString file = po;
        if (format == QLatin1String("xliff")) {
            file = dir.filePath(QStringLiteral("es.xlf"));
            run = faqpack({QStringLiteral("export"), QStringLiteral("--from"), kBase,
                           QStringLiteral("--update"), po, QStringLiteral("-o"), file});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }

        const Run check = faqpack({QStringLiteral("import"), file, QStringLiteral("--base"), kBase,
                                   QStringLiteral("--check")});
        const QString out = dir.filePath(QStringLiteral("es.prpack"));
        const Run made = faqpack({QStringLiteral("import"), file, QStringLiteral("--base"), kBase,
                                  QStringLiteral("-o"), out});
        QCOMPARE(check.exitCode, exitCode);
        QCOMPARE(made.exitCode, exitCode);
        QCOMPARE(QFileInfo::exists(out), exitCode == 0);
        if (!named.isEmpty()) {
            QVERIFY2(check.out.contains(named), qPrintable(check.out));
            QVERIFY2(made.err.contains(named), qPrintable(made.err));
        }
    }

    void importRefusesAChangedLinkNamingTheUnitAndLine() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString po = dir.filePath(QStringLiteral("es.po"));
        const QString out = dir.filePath(QStringLiteral("es"));
        Run run =
            faqpack({QStringLiteral("export"), QStringLiteral("--from"), kBase,
                     QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("-o"), po});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(fillPo(po, QStringLiteral("entry/alpha/answer/1"),
                       QStringLiteral("ALFA. [BETA](entry:gamma).")));
        const QByteArray text = readAll(po);
        const int line = int(text.left(text.indexOf("msgstr \"ALFA.")).count('\n')) + 1;
        run = faqpack({QStringLiteral("import"), po, QStringLiteral("--base"), kBase,
                       QStringLiteral("--translator"), QStringLiteral("Test"), QStringLiteral("-o"),
                       out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(
                     QStringLiteral("es.po:%1: error: unit \"entry/alpha/answer/1\"").arg(line)),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(out));
    }

    void exportUpdateKeepsTheXliffFormatAndMarksTheChangedUnit() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString xlf = dir.filePath(QStringLiteral("es.xlf"));
        const QString po = dir.filePath(QStringLiteral("es.po"));
        Run run =
            faqpack({QStringLiteral("export"), QStringLiteral("--from"), kBase,
                     QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("-o"), po});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(fillPo(po));
        run = faqpack({QStringLiteral("export"), QStringLiteral("--from"), kBase,
                       QStringLiteral("--update"), po, QStringLiteral("-o"), xlf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!readAll(xlf).contains("needs-review-translation"));

        const QString changed = dir.filePath(QStringLiteral("base"));
        QVERIFY(pr::test::copyFolder(kBase, changed));
        QVERIFY(writeAll(QDir(changed).filePath(QStringLiteral("answers/gamma.md")),
                         "Gamma changed.\n"));
        run = faqpack({QStringLiteral("export"), QStringLiteral("--from"), changed,
                       QStringLiteral("--update"), xlf, QStringLiteral("-o"), xlf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray updated = readAll(xlf);
        QVERIFY(updated.startsWith("<?xml"));
        QCOMPARE(int(updated.count("state=\"needs-review-translation\"")), 1);
        QVERIFY(updated.contains("<source>Gamma changed.</source>\n    <target "
                                 "state=\"needs-review-translation\">GAMMA IS THE THIRD "
                                 "ANSWER.</target>"));
        QVERIFY2(run.err.contains(QStringLiteral("1 changed")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestTranslateCommands)
#include "tst_translatecommands.moc"
