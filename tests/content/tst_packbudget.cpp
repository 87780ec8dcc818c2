// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pr;

namespace {

const QByteArray kManifest = R"({"format": 1, "id": "budget-faq", "title": "Budget FAQ",
  "language": "en", "version": "1.0", "publisher": "Test Publisher", "lastReviewed": null})";
const QByteArray kReferences = R"([{"id": "smith", "type": "article-journal",
  "title": "A study"}])";

QJsonObject entry(const QString &id, const QString &answer, const QString &question = {}) {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("question"),
             question.isEmpty() ? QStringLiteral("What is ") + id + QLatin1Char('?') : question},
            {QStringLiteral("answer"), answer}};
}

PackFileMap pack(const QJsonArray &entries, const QHash<QString, QString> &answers) {
    PackFileMap files{{QStringLiteral("manifest.json"), kManifest},
                      {QStringLiteral("references.json"), kReferences},
                      {QStringLiteral("entries.json"),
                       QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson()}};
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        files.insert(it.key(), it.value().toUtf8());
    return files;
}

QString allProblems(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Issue 12: a pack has a budget (entries, text, citations, the longest word and title), and
// an answer file shared by many entries is refused rather than copied for each.
class TestPackBudget : public QObject {
    Q_OBJECT

private slots:
    void acceptsAPackWithinItsBudget() {
        const PackReadResult read = PackReader().readFiles(
            pack({entry(QStringLiteral("a"), QStringLiteral("answers/a.md")),
                  entry(QStringLiteral("b"), QStringLiteral("answers/b.md"))},
                 {{QStringLiteral("answers/a.md"), QStringLiteral("Alpha [@smith].")},
                  {QStringLiteral("answers/b.md"), QStringLiteral("Beta.")}}));
        QVERIFY2(read.ok(), qPrintable(allProblems(read.problems)));
    }

    void refusesAnAnswerFileThatAnotherEntryAlreadyUses() {
        QJsonArray entries;
        for (int i = 0; i < 2000; ++i)
            entries.append(entry(QStringLiteral("e%1").arg(i), QStringLiteral("answers/big.md")));
        const PackReadResult read = PackReader().readFiles(
            pack(entries, {{QStringLiteral("answers/big.md"), QString(1024 * 1024, u'x')}}));
        QVERIFY(!read.ok());
        QVERIFY2(allProblems(read.problems)
                     .contains(QStringLiteral("entry \"e1\" names the answer file "
                                              "\"answers/big.md\", which is already the answer of "
                                              "entry \"e0\": each entry has its own answer file")),
                 qPrintable(allProblems(read.problems).left(2000)));
        // The same file by another spelling is the same file.
        const PackReadResult spelled = PackReader().readFiles(
            pack({entry(QStringLiteral("a"), QStringLiteral("answers/a.md")),
                  entry(QStringLiteral("b"), QStringLiteral("answers/./a.md"))},
                 {{QStringLiteral("answers/a.md"), QStringLiteral("Alpha.")}}));
        QVERIFY(!spelled.ok());
    }

    void refusesAPackPastItsTextBudgetNamingTheLimit() {
        PackReader::Limits limits;
        limits.maxTextChars = 1000;
        QJsonArray entries;
        QHash<QString, QString> answers;
        for (int i = 0; i < 10; ++i) {
            const QString file = QStringLiteral("answers/%1.md").arg(i);
            entries.append(entry(QStringLiteral("e%1").arg(i), file));
            answers.insert(file, QStringLiteral("Some words. ").repeated(20));
        }
        const PackReadResult read = PackReader(limits).readFiles(pack(entries, answers));
        QVERIFY(!read.ok());
        QVERIFY2(allProblems(read.problems)
                     .contains(QStringLiteral("answers/3.md: error: the pack's text is too "
                                              "large: its questions and answers together pass "
                                              "the limit of 1000 characters here")),
                 qPrintable(allProblems(read.problems)));
        // Past the budget the rest is not read: one error, not one per entry.
        QCOMPARE(allProblems(read.problems).count(QStringLiteral("too large")), 1);
    }

    void refusesAWordOrATitleLongerThanTheLimit() {
        const QString longWord(5000, u'w');
        const PackReadResult word = PackReader().readFiles(
            pack({entry(QStringLiteral("a"), QStringLiteral("answers/a.md"))},
                 {{QStringLiteral("answers/a.md"), QStringLiteral("Hello ") + longWord}}));
        QVERIFY(!word.ok());
        QVERIFY2(allProblems(word.problems)
                     .contains(QStringLiteral("answers/a.md: error: the answer has a word of 5000 "
                                              "characters (the limit for a word is 2000)")),
                 qPrintable(allProblems(word.problems)));

        const QString longTitle = QStringLiteral("Why ").repeated(400);
        const PackReadResult title = PackReader().readFiles(
            pack({entry(QStringLiteral("a"), QStringLiteral("answers/a.md"), longTitle)},
                 {{QStringLiteral("answers/a.md"), QStringLiteral("Alpha.")}}));
        QVERIFY(!title.ok());
        QVERIFY2(allProblems(title.problems)
                     .contains(QStringLiteral("the question of entry \"a\" is too long (1599 "
                                              "characters; the limit for a title is 1000)")),
                 qPrintable(allProblems(title.problems)));
    }

    void refusesAManifestTextWithAWordLongerThanTheLimit() {
        PackFileMap files = pack({entry(QStringLiteral("a"), QStringLiteral("answers/a.md"))},
                                 {{QStringLiteral("answers/a.md"), QStringLiteral("Alpha.")}});
        QJsonObject manifest = QJsonDocument::fromJson(kManifest).object();
        manifest.insert(QStringLiteral("attribution"), QString(3000, u'a'));
        files.insert(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
        const PackReadResult read = PackReader().readFiles(files);
        QVERIFY(!read.ok());
        QVERIFY2(allProblems(read.problems)
                     .contains(QStringLiteral("manifest.json: error: the pack's \"attribution\" "
                                              "has a word of 3000 characters (the limit for a "
                                              "word is 2000)")),
                 qPrintable(allProblems(read.problems)));
    }

    void refusesAFloodOfCitations() {
        const PackReadResult one = PackReader().readFiles(pack(
            {entry(QStringLiteral("a"), QStringLiteral("answers/a.md"))},
            {{QStringLiteral("answers/a.md"), QStringLiteral("Cited [@smith]. ").repeated(501)}}));
        QVERIFY(!one.ok());
        QVERIFY2(allProblems(one.problems)
                     .contains(QStringLiteral("the answer cites 501 times (the limit for one "
                                              "answer is 500 citations)")),
                 qPrintable(allProblems(one.problems)));

        PackReader::Limits limits;
        limits.maxCitations = 5;
        const PackReadResult total = PackReader(limits).readFiles(
            pack({entry(QStringLiteral("a"), QStringLiteral("answers/a.md")),
                  entry(QStringLiteral("b"), QStringLiteral("answers/b.md"))},
                 {{QStringLiteral("answers/a.md"), QStringLiteral("[@smith; @smith; @smith]")},
                  {QStringLiteral("answers/b.md"), QStringLiteral("[@smith] [@smith] [@smith]")}}));
        QVERIFY(!total.ok());
        QVERIFY2(allProblems(total.problems)
                     .contains(QStringLiteral("answers/b.md: error: the pack's answers cite too "
                                              "often: they pass the limit of 5 citations here")),
                 qPrintable(allProblems(total.problems)));
    }

    void refusesAnEntryWithTooManyNames() {
        QJsonObject crowded = entry(QStringLiteral("a"), QStringLiteral("answers/a.md"));
        QJsonArray aliases;
        for (int i = 0; i < 201; ++i)
            aliases.append(QStringLiteral("alias %1").arg(i));
        crowded.insert(QStringLiteral("aliases"), aliases);
        const PackReadResult read = PackReader().readFiles(
            pack({crowded}, {{QStringLiteral("answers/a.md"), QStringLiteral("Alpha.")}}));
        QVERIFY(!read.ok());
        QVERIFY2(allProblems(read.problems)
                     .contains(QStringLiteral("entry \"a\" has 201 aliases and 0 cross-references "
                                              "(the limit is 200 of each)")),
                 qPrintable(allProblems(read.problems)));
    }

    void keepsTheBundledPackWellWithinTheDefaultBudget() {
        const PackReadResult read = PackReader().read(PackReader::bundledPackPath());
        QVERIFY2(read.ok(), qPrintable(allProblems(read.problems)));
    }
};

QTEST_GUILESS_MAIN(TestPackBudget)
#include "tst_packbudget.moc"
