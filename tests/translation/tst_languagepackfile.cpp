// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/languagepackfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

QString fixture(const char *name) {
    return QStringLiteral(PR_FIXTURES_DIR "/langpacks/") + QLatin1String(name);
}

QString allProblems(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestLanguagePackFile : public QObject {
    Q_OBJECT

private slots:
    void keepsTextAndBinaryFilesExactlyThroughARoundTrip() {
        const PackFileMap files{
            {QStringLiteral("manifest.json"), QByteArray("{\"id\": \"x\"}\n")},
            {QStringLiteral("answers/a.md"), QStringLiteral("¿Qué? العربية\n").toUtf8()},
            {QStringLiteral("patient-reader_es.qm"), QByteArray("\x3c\xb8\x64\x18\x00\xff", 6)}};
        PackProblems problems;
        const auto parsed = LanguagePackFile::parse(LanguagePackFile::serialize(files),
                                                    QStringLiteral("x.prpack"), {}, &problems);
        QVERIFY2(parsed, qPrintable(allProblems(problems)));
        QCOMPARE(*parsed, files);
    }

    void storesTextFilesReadablyForReviewers() {
        const QByteArray bytes = LanguagePackFile::serialize(
            {{QStringLiteral("answers/a.md"), QStringLiteral("Hola, señora.").toUtf8()}});
        QVERIFY(bytes.contains(QStringLiteral("Hola, señora.").toUtf8()));
    }

    void readsTheCommittedSingleFilePack() {
        PackProblems problems;
        const auto files = LanguagePackFile::read(fixture("es-partial.prpack"), {}, &problems);
        QVERIFY2(files, qPrintable(allProblems(problems)));
        QVERIFY(files->contains(QStringLiteral("manifest.json")));
        QVERIFY(files->contains(QStringLiteral("answers/alpha.md")));
    }

    void refusesEachDamagedOrForeignFileSayingWhatIsWrong_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "hostile/truncated.prpack"
                                   << "truncated.prpack: error: the file is damaged or incomplete";
        QTest::newRow("wrong format marker")
            << "hostile/wrong-format.prpack"
            << "is not a Patient Reader language pack (.prpack): its \"format\" is not";
        QTest::newRow("an archive") << "hostile/zip-archive.prpack"
                                    << "zip-archive.prpack: error: is not a Patient Reader "
                                       "language pack";
        QTest::newRow("path traversal")
            << "hostile/path-traversal.prpack"
            << "holds a file named \"../../../etc/cron.d/evil\": names must be relative paths";
        QTest::newRow("invalid UTF-8") << "hostile/invalid-utf8.prpack"
                                       << "the file is not valid UTF-8 text";
        QTest::newRow("missing file") << "hostile/no-such-file.prpack"
                                      << "the file does not exist";
    }

    void refusesEachDamagedOrForeignFileSayingWhatIsWrong() {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        PackProblems problems;
        const auto files =
            LanguagePackFile::read(fixture(file.toLatin1().constData()), {}, &problems);
        QVERIFY(!files);
        QVERIFY2(allProblems(problems).contains(expected), qPrintable(allProblems(problems)));
    }

    void refusesAnAbsoluteNameToo() {
        PackProblems problems;
        QVERIFY(!LanguagePackFile::read(fixture("hostile/path-traversal.prpack"), {}, &problems));
        QVERIFY2(allProblems(problems).contains(QStringLiteral("\"/etc/passwd\"")),
                 qPrintable(allProblems(problems)));
    }

    void refusesAHugeFileWithoutReadingIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.prpack"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write("{");
        // A sparse file: 4 GiB on paper, nothing on the disk.
        QVERIFY(huge.resize(qint64(4) * 1024 * 1024 * 1024));
        huge.close();
        PackProblems problems;
        QVERIFY(!LanguagePackFile::read(path, {}, &problems));
        QVERIFY2(allProblems(problems).contains(
                     QStringLiteral("the file is too large for a language pack (4294967296 bytes")),
                 qPrintable(allProblems(problems)));
    }

    void refusesMoreFilesThanTheLimit() {
        PackFileMap files;
        for (int i = 0; i < 11; ++i)
            files.insert(QStringLiteral("answers/%1.md").arg(i), QByteArray("x"));
        LanguagePackFile::Limits limits;
        limits.maxFiles = 10;
        PackProblems problems;
        QVERIFY(!LanguagePackFile::parse(LanguagePackFile::serialize(files),
                                         QStringLiteral("many.prpack"), limits, &problems));
        QVERIFY2(allProblems(problems).contains(QStringLiteral("holds too many files (11; the "
                                                               "limit is 10)")),
                 qPrintable(allProblems(problems)));
    }

    void refusesAContainerOfANewerVersion() {
        PackProblems problems;
        QVERIFY(!LanguagePackFile::parse(
            "{\"format\": \"patient-reader-language-pack\", \"version\": 2, \"files\": {}}",
            QStringLiteral("new.prpack"), {}, &problems));
        QVERIFY2(allProblems(problems).contains(QStringLiteral("container version 2")),
                 qPrintable(allProblems(problems)));
    }

    void refusesBrokenBase64() {
        PackProblems problems;
        QVERIFY(!LanguagePackFile::parse("{\"format\": \"patient-reader-language-pack\", "
                                         "\"version\": 1, \"files\": {\"a.qm\": {\"base64\": "
                                         "\"!!not base64!!\"}}}",
                                         QStringLiteral("b.prpack"), {}, &problems));
        QVERIFY2(allProblems(problems).contains(QStringLiteral("\"a.qm\" is not valid base64")),
                 qPrintable(allProblems(problems)));
    }

    void survivesGarbage() {
        const QByteArray garbage[] = {QByteArray(),
                                      QByteArray("\0\0\0", 3),
                                      QByteArray(100000, '{'),
                                      QByteArray("{\"format\": 1}"),
                                      QByteArray("{\"format\": \"patient-reader-language-pack\", "
                                                 "\"version\": 1, \"files\": [1, 2]}"),
                                      QByteArray("{\"format\": \"patient-reader-language-pack\", "
                                                 "\"version\": 1, \"files\": {\"a\": 5}}")};
        for (const QByteArray &bytes : garbage) {
            PackProblems problems;
            QVERIFY(!LanguagePackFile::parse(bytes, QStringLiteral("g.prpack"), {}, &problems));
            QVERIFY(!problems.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestLanguagePackFile)
#include "tst_languagepackfile.moc"
