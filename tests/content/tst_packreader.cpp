// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packfiles.h"
#include "content/packreader.h"
#include "copyfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

QString fixture(const char *name) {
    return QStringLiteral(PR_FIXTURES_DIR "/packs/") + QLatin1String(name);
}

QString allProblems(const PackReadResult &result) {
    QStringList lines;
    for (const PackProblem &p : result.problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPackReader : public QObject {
    Q_OBJECT

private slots:
    void readsAGoodPackWithEntriesInOrder() {
        const PackReadResult result = PackReader().read(fixture("good-minimal"));
        QVERIFY2(result.ok(), qPrintable(allProblems(result)));
        QCOMPARE(result.pack->manifest().id, QStringLiteral("mini-faq"));
        QCOMPARE(result.pack->manifest().lastReviewed, QDate(2026, 1, 15));
        QCOMPARE(result.pack->entries().size(), 2);
        QCOMPARE(result.pack->entries().at(0).id, QStringLiteral("first"));
        QCOMPARE(result.pack->entries().at(1).answerMarkdown,
                 QStringLiteral("Second answer. See [the first](entry:first).\n"));
        QCOMPARE(result.pack->references().size(), 1);
        QCOMPARE(result.pack->references().at(0).checkStatus, CheckStatus::Confirmed);
    }

    void resolvesCrossReferencesBothWays() {
        const PackReadResult result = PackReader().read(fixture("good-minimal"));
        QVERIFY(result.ok());
        const Entry *first = result.pack->entry(QStringLiteral("first"));
        QVERIFY(first);
        QCOMPARE(first->seeAlso.size(), 2);
        QVERIFY(first->seeAlso.at(0).isInPack());
        QVERIFY(!first->seeAlso.at(1).isInPack());
        const QList<const Entry *> referrers = result.pack->referrersOf(QStringLiteral("second"));
        QCOMPARE(referrers.size(), 1);
        QCOMPARE(referrers.first()->id, QStringLiteral("first"));
    }

    void reportsEachBrokenPackWithFileLineAndProblem_data() {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken JSON") << "broken-manifest-json"
                                     << "manifest.json:4: error: is not valid JSON";
        QTest::newRow("duplicate id") << "duplicate-entry-id"
                                      << "entries.json:17: error: duplicate entry id \"first\"";
        QTest::newRow("missing field")
            << "missing-publisher"
            << "manifest.json: error: missing required field \"publisher\"";
        QTest::newRow("invalid UTF-8") << "invalid-utf8-answer"
                                       << "answers/second.md:2: error: text is not valid UTF-8";
        QTest::newRow("dangling cross-reference") << "dangling-cross-reference"
                                                  << "entries.json:3: error: entry \"first\" "
                                                     "refers to \"nowhere\", which is not an entry";
        QTest::newRow("unknown language") << "unknown-language"
                                          << "error: unknown language code \"xx-notalanguage\"";
        QTest::newRow("path traversal")
            << "answer-path-traversal"
            << "entries.json:17: error: answer path \"../../../etc/passwd\" must stay inside";
        QTest::newRow("missing question")
            << "entry-missing-question"
            << "entries.json:17: error: missing required field \"question\"";
        QTest::newRow("missing answer file") << "missing-answer-file"
                                             << "answers/second.md: error: file is missing";
        QTest::newRow("entries not an array")
            << "entries-not-an-array"
            << "entries.json:1: error: must hold an object with an";
    }

    void reportsEachBrokenPackWithFileLineAndProblem() {
        QFETCH(QString, pack);
        QFETCH(QString, expected);
        const PackReadResult result = PackReader().read(fixture(pack.toLatin1().constData()));
        QVERIFY2(!result.ok(), "a broken pack must be refused");
        QVERIFY2(allProblems(result).contains(expected),
                 qPrintable(
                     QStringLiteral("expected \"%1\" in:\n%2").arg(expected, allProblems(result))));
    }

    void reportsALinkInAnAnswerToNoEntryWithItsFileAndLine() {
        QTemporaryDir dir;
        QVERIFY(pr::test::copyFolder(fixture("good-minimal"), dir.path()));
        QFile answer(dir.filePath(QStringLiteral("answers/second.md")));
        QVERIFY(answer.open(QIODevice::WriteOnly | QIODevice::Truncate));
        answer.write("Second answer.\n\nSee [the first](entry:first) and [a lost "
                     "one](entry:no-such-entry).\n");
        answer.close();
        const PackReadResult result = PackReader().read(dir.path());
        QVERIFY(!result.ok());
        QVERIFY2(allProblems(result).contains(
                     QStringLiteral("answers/second.md:3: error: entry \"second\": the link to "
                                    "\"entry:no-such-entry\" goes to no entry of this pack")),
                 qPrintable(allProblems(result)));
        QVERIFY2(!allProblems(result).contains(QStringLiteral("entry:first")),
                 qPrintable(allProblems(result)));
    }

    void refusesAnOversizedFile() {
        QTemporaryDir dir;
        QVERIFY(pr::test::copyFolder(fixture("good-minimal"), dir.path()));
        QFile big(dir.filePath(QStringLiteral("answers/first.md")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write(QByteArray(5000, 'a'));
        big.close();
        PackReader::Limits limits;
        limits.maxFileBytes = 4096;
        const PackReadResult result = PackReader(limits).read(dir.path());
        QVERIFY(!result.ok());
        QVERIFY2(allProblems(result).contains(
                     QStringLiteral("answers/first.md: error: file is too large (5000 bytes")),
                 qPrintable(allProblems(result)));
    }

    void reportsAMissingFolder() {
        const PackReadResult result = PackReader().read(QStringLiteral("/nonexistent/pack"));
        QVERIFY(!result.ok());
        QVERIFY(allProblems(result).contains(QStringLiteral("pack folder does not exist")));
    }

    void survivesGarbageInEveryFile() {
        QTemporaryDir dir;
        QVERIFY(pr::test::copyFolder(fixture("good-minimal"), dir.path()));
        const QByteArray garbage[] = {
            QByteArray(),          QByteArray("\0\0\0", 3),
            QByteArray("[[[[[[["), QByteArray("{\"entries\": [1, \"x\", null, {}]}"),
            QByteArray("null"),    QByteArray(2000, '{')};
        const char *files[] = {"manifest.json", "entries.json", "references.json", "synonyms.json"};
        for (const char *name : files) {
            for (const QByteArray &bytes : garbage) {
                QTemporaryDir copy;
                QVERIFY(pr::test::copyFolder(dir.path(), copy.path()));
                QFile f(copy.filePath(QLatin1String(name)));
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
                f.write(bytes);
                f.close();
                const PackReadResult result = PackReader().read(copy.path());
                QVERIFY2(!result.ok() || QLatin1String(name) == QLatin1String("synonyms.json"),
                         name);
                for (const PackProblem &p : result.problems)
                    QVERIFY(!p.file.isEmpty());
            }
        }
    }

    void locatesJsonObjectsByNestingDepth() {
        const QByteArray json(
            "{\n \"entries\": [\n  {\"id\": \"a{\"},\n  {\n   \"id\": \"b\"}\n ]\n}\n");
        QCOMPARE(jsonObjectLines(json, 3), (QList<int>{3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
