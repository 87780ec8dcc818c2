// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "copyfolder.h"
#include "translation/languagepackloader.h"
#include "translation/pofile.h"
#include "translation/protectedtokens.h"

#include <QDir>
#include <QFile>
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
