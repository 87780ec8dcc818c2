// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// "faqpack search" runs the app's search engine on a pack and prints what it finds.
class TestSearchCommand : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run faqpack(const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral(PR_FAQPACK), arguments);
        Run run;
        if (!process.waitForFinished(30000))
            return run;
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    static QJsonObject json(const QStringList &arguments) {
        const Run run =
            faqpack(QStringList{QStringLiteral("search"), QStringLiteral("--json")} + arguments);
        if (run.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(run.out).object();
    }

private slots:
    void printsRankedResultsAsJson() {
        const QJsonObject result = json({QStringLiteral("price")});
        QCOMPARE(result.value(QLatin1String("query")).toString(), QStringLiteral("price"));
        QVERIFY(result.value(QLatin1String("suggestion")).isString());
        const QJsonArray hits = result.value(QLatin1String("results")).toArray();
        QVERIFY(!hits.isEmpty());
        const QJsonObject first = hits.first().toObject();
        QCOMPARE(first.value(QLatin1String("id")).toString(), QStringLiteral("cost"));
        QCOMPARE(first.value(QLatin1String("question")).toString(),
                 QStringLiteral("How much does ketamine therapy cost?"));
        QVERIFY(first.value(QLatin1String("score")).toDouble() > 0);
        QVERIFY(first.value(QLatin1String("snippet")).toString().contains(QLatin1String("<mark>")));
        for (qsizetype i = 1; i < hits.size(); ++i)
            QVERIFY(hits.at(i - 1).toObject().value(QLatin1String("score")).toDouble() >=
                    hits.at(i).toObject().value(QLatin1String("score")).toDouble());
    }

    void joinsSeveralArgumentsIntoOneQuery() {
        const QJsonObject result =
            json({QStringLiteral("is"), QStringLiteral("it"), QStringLiteral("safe")});
        QCOMPARE(result.value(QLatin1String("query")).toString(), QStringLiteral("is it safe"));
        QCOMPARE(result.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id")),
                 QStringLiteral("risks"));
    }

    void reportsWhenTheFaqDoesNotAnswerTheQuery() {
        const QJsonObject result = json({QStringLiteral("can I drive home")});
        QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("not-answered"));
        QCOMPARE(result.value(QLatin1String("answered")).toBool(true), false);
        QVERIFY(result.value(QLatin1String("results")).toArray().isEmpty());
        QVERIFY(result.value(QLatin1String("related")).isArray());
        QVERIFY(!result.value(QLatin1String("unansweredTopics")).toArray().isEmpty());
        const QJsonObject answered = json({QStringLiteral("does it hurt")});
        QCOMPARE(answered.value(QLatin1String("outcome")).toString(), QStringLiteral("answers"));
        QCOMPARE(answered.value(QLatin1String("answered")).toBool(), true);
        const Run readable = faqpack({QStringLiteral("search"), QStringLiteral("pregnancy")});
        QVERIFY2(readable.out.contains("This FAQ does not answer that"), readable.out.constData());
        QVERIFY(readable.out.contains("clinician"));
    }

    void suggestsTheCorrectedQuery() {
        const QJsonObject result = json({QStringLiteral("depresion")});
        QCOMPARE(result.value(QLatin1String("suggestion")).toString(),
                 QStringLiteral("depression"));
    }

    void printsNoResultsForAnEmptyOrHostileQuery() {
        QVERIFY(json({QString()}).value(QLatin1String("results")).toArray().isEmpty());
        const QJsonObject hostile = json({QStringLiteral("--"), QStringLiteral("\"OR( NEAR*")});
        QVERIFY(hostile.value(QLatin1String("results")).isArray());
    }

    void searchesAPackFolder() {
        const QJsonObject result =
            json({QStringLiteral("--pack"), QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"),
                  QStringLiteral("second")});
        QCOMPARE(result.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id")),
                 QStringLiteral("second"));
    }

    void printsAReadableListWithoutJson() {
        const Run run = faqpack({QStringLiteral("search"), QStringLiteral("insurnce")});
        QCOMPARE(run.exitCode, 0);
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.startsWith(QLatin1String("Did you mean: insurance")), qPrintable(out));
        QVERIFY(out.contains(QLatin1String("1. Does insurance cover ketamine therapy?")));
        QVERIFY(out.contains(QLatin1String("[Insurance")));
    }

    void refusesAMissingQueryOrABadLimit() {
        QCOMPARE(faqpack({QStringLiteral("search")}).exitCode, 2);
        QCOMPARE(faqpack({QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"),
                          QStringLiteral("cost")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestSearchCommand)
#include "tst_searchcommand.moc"
