// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "copyfolder.h"
#include "faqpackrun.h"
#include "translation/languagepackreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace pr;
using pr::test::runFaqpack;

namespace {

const QString kSecret = QStringLiteral("SECRET-FROM-OUTSIDE-THE-PACK");

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

bool makeFifo(const QString &path) {
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

QString problemsText(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Packs and language packs made to read what is not theirs, to hang a reader or to slip text
// past it: each is refused with a message that names the file, and nothing outside the pack is
// ever read or shown (issue 12).
class TestHostilePacks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    // A fresh copy of the minimal fixture pack, and a file outside it holding kSecret.
    QString freshPack() {
        const QString pack = m_dir.filePath(QStringLiteral("pack%1").arg(++m_count));
        if (!pr::test::copyFolder(QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"), pack))
            return {};
        writeFile(m_dir.filePath(QStringLiteral("outside.md")), kSecret.toUtf8());
        return pack;
    }
    QString outside() const { return m_dir.filePath(QStringLiteral("outside.md")); }

private slots:
    void anAnswerThatLinksOutsideThePackIsRefusedAndNeverShown() {
        const QString pack = freshPack();
        QVERIFY(QFile::remove(pack + QStringLiteral("/answers/first.md")));
        QVERIFY(QFile::link(outside(), pack + QStringLiteral("/answers/first.md")));

        const PackReadResult result = PackReader().read(pack);
        QVERIFY(!result.ok());
        const QString text = problemsText(result.problems);
        QVERIFY2(text.contains(QStringLiteral("answers/first.md: error:")) &&
                     text.contains(QStringLiteral("symbolic link")),
                 qPrintable(text));

        const auto show = runFaqpack(
            {QStringLiteral("show"), QStringLiteral("first"), QStringLiteral("--pack"), pack});
        QCOMPARE(show.exitCode, 1);
        QVERIFY(!show.out.contains(kSecret) && !show.err.contains(kSecret));
        QVERIFY2(show.err.contains(QStringLiteral("symbolic link")), qPrintable(show.err));
    }

    void anAnswersFolderThatIsALinkIsRefused() {
        const QString pack = freshPack();
        const QString elsewhere = m_dir.filePath(QStringLiteral("elsewhere-answers"));
        QVERIFY(QDir(pack + QStringLiteral("/answers"))
                    .rename(pack + QStringLiteral("/answers"), elsewhere));
        QVERIFY(QFile::link(elsewhere, pack + QStringLiteral("/answers")));
        QVERIFY(writeFile(elsewhere + QStringLiteral("/first.md"), kSecret.toUtf8()));

        const PackReadResult result = PackReader().read(pack);
        QVERIFY(!result.ok());
        QVERIFY2(problemsText(result.problems)
                     .contains(QStringLiteral("inside answers, which is "
                                              "a symbolic link")),
                 qPrintable(problemsText(result.problems)));
        const auto validate = runFaqpack({QStringLiteral("validate"), pack});
        QCOMPARE(validate.exitCode, 1);
        QVERIFY(!validate.out.contains(kSecret));
    }

    void aFifoInAPackIsRefusedAtOnceByTheAppAndByValidate() {
        const QString pack = freshPack();
        QVERIFY(QFile::remove(pack + QStringLiteral("/answers/second.md")));
        QVERIFY(makeFifo(pack + QStringLiteral("/answers/second.md")));
        const PackReadResult result = PackReader().read(pack);
        QVERIFY(!result.ok());
        QVERIFY2(problemsText(result.problems).contains(QStringLiteral("FIFO")),
                 qPrintable(problemsText(result.problems)));
        const auto validate = runFaqpack({QStringLiteral("validate"), pack});
        QCOMPARE(validate.exitCode, 1); // -1 would mean it hung or crashed
        QVERIFY2(validate.out.contains(QStringLiteral("answers/second.md: error:")),
                 qPrintable(validate.out));
    }

    void aDeviceBehindALinkIsNeverRead() {
        const QString pack = freshPack();
        QVERIFY(QFile::remove(pack + QStringLiteral("/entries.json")));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), pack + QStringLiteral("/entries.json")));
        const PackReadResult result = PackReader().read(pack);
        QVERIFY(!result.ok());
        QVERIFY2(problemsText(result.problems).contains(QStringLiteral("entries.json: error:")),
                 qPrintable(problemsText(result.problems)));
    }

    void aLanguagePackBuildEmbedsNoLinkedFileAndNoDevice() {
        const QString pack = m_dir.filePath(QStringLiteral("es-linked"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), pack));
        QVERIFY(QFile::remove(pack + QStringLiteral("/answers/cost.md")));
        writeFile(outside(), kSecret.toUtf8());
        QVERIFY(QFile::link(outside(), pack + QStringLiteral("/answers/cost.md")));
        const QString out = m_dir.filePath(QStringLiteral("es-linked.prpack"));
        const auto build = runFaqpack(
            {QStringLiteral("langpack"), QStringLiteral("build"), pack, QStringLiteral("-o"), out});
        QCOMPARE(build.exitCode, 1);
        QVERIFY2(build.err.contains(QStringLiteral("answers/cost.md")) &&
                     build.err.contains(QStringLiteral("symbolic link")),
                 qPrintable(build.err));
        QVERIFY(!QFileInfo::exists(out));

        // The interface translation given on the command line: a FIFO or /dev/zero is refused.
        const QString fresh = m_dir.filePath(QStringLiteral("es-fresh"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), fresh));
        const QString fifo = m_dir.filePath(QStringLiteral("interface.qm"));
        QVERIFY(makeFifo(fifo));
        const QString zero = m_dir.filePath(QStringLiteral("zero.qm"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        for (const QString &qm : {fifo, zero}) {
            const auto run =
                runFaqpack({QStringLiteral("langpack"), QStringLiteral("build"), fresh,
                            QStringLiteral("-o"), out, QStringLiteral("--interface"), qm});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("not a regular file")), qPrintable(run.err));
            QVERIFY(!QFileInfo::exists(out));
        }
    }

    void aLanguagePackFolderWithALinkedAnswerIsRefused() {
        const QString pack = m_dir.filePath(QStringLiteral("es-reader"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), pack));
        QVERIFY(QFile::remove(pack + QStringLiteral("/answers/benefits.md")));
        writeFile(outside(), kSecret.toUtf8());
        QVERIFY(QFile::link(outside(), pack + QStringLiteral("/answers/benefits.md")));
        const LanguagePackReadResult result = LanguagePackReader().read(pack);
        QVERIFY(!result.languagePack);
        QVERIFY2(problemsText(result.problems).contains(QStringLiteral("symbolic link")),
                 qPrintable(problemsText(result.problems)));
    }

    void aNulOrALoneSurrogateInAQuestionIsRefusedWithItsLine() {
        for (const QByteArray &escape :
             {QByteArray("\\u0000"), QByteArray("\\ud800"), QByteArray("\\udc00x")}) {
            const QString pack = freshPack();
            QFile entries(pack + QStringLiteral("/entries.json"));
            QVERIFY(entries.open(QIODevice::ReadOnly));
            QByteArray json = entries.readAll();
            entries.close();
            json.replace("What is second?", QByteArray("What is " + escape + "second?"));
            QVERIFY(writeFile(entries.fileName(), json));
            const PackReadResult result = PackReader().read(pack);
            QVERIFY2(!result.ok(), escape.constData());
            QVERIFY2(
                problemsText(result.problems).contains(QStringLiteral("entries.json:19: error:")),
                qPrintable(problemsText(result.problems)));
        }
        // A surrogate pair written as two escapes is one character, and fine.
        const QString pack = freshPack();
        QFile entries(pack + QStringLiteral("/entries.json"));
        QVERIFY(entries.open(QIODevice::ReadOnly));
        QByteArray json = entries.readAll();
        entries.close();
        json.replace("What is second?", "What is \\ud83d\\ude00 second?");
        QVERIFY(writeFile(entries.fileName(), json));
        QVERIFY2(PackReader().read(pack).ok(),
                 qPrintable(problemsText(PackReader().read(pack).problems)));
    }

    void jsonNestedAHundredThousandDeepIsRefusedWithoutACrash() {
        const QString pack = freshPack();
        const QByteArray deep =
            "{\"entries\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
        QVERIFY(writeFile(pack + QStringLiteral("/entries.json"), deep));
        const PackReadResult result = PackReader().read(pack);
        QVERIFY(!result.ok());
        QVERIFY2(problemsText(result.problems).contains(QStringLiteral("entries.json:1: error:")),
                 qPrintable(problemsText(result.problems)));
    }

    void aSourceUrlThatIsNotAWebAddressIsRefused() {
        for (const QByteArray &url :
             {QByteArray("javascript:alert(1)"), QByteArray("file:///etc/passwd"),
              QByteArray("data:text/html,hi"), QByteArray("https://")}) {
            const QString pack = freshPack();
            QFile manifest(pack + QStringLiteral("/manifest.json"));
            QVERIFY(manifest.open(QIODevice::ReadOnly));
            QByteArray json = manifest.readAll();
            manifest.close();
            json.replace("https://example.org/faq", url);
            QVERIFY(writeFile(manifest.fileName(), json));
            const PackReadResult result = PackReader().read(pack);
            QVERIFY2(!result.ok(), url.constData());
            QVERIFY2(
                problemsText(result.problems).contains(QStringLiteral("\"sourceUrl\" must be")),
                qPrintable(problemsText(result.problems)));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostilePacks)
#include "tst_hostilepacks.moc"
