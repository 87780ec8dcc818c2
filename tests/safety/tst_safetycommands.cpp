// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "faqpackrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The acceptance checks of issue 14, through faqpack as they are run: crisis searches in three
// languages, the answer pages' HTML, the references' export, validate on mislinked labels.
class TestSafetyCommands : public QObject {
    Q_OBJECT

    using Run = pr::test::FaqpackRun;

    static Run faqpack(const QStringList &arguments) { return pr::test::runFaqpack(arguments); }

    static QJsonObject search(const QString &query, const QString &pack = {}) {
        QStringList arguments{QStringLiteral("search"), QStringLiteral("--json"), query};
        if (!pack.isEmpty())
            arguments << QStringLiteral("--pack") << QStringLiteral(PR_SOURCE_DIR "/") + pack;
        const Run run = faqpack(arguments);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

private slots:
    void crisisSearchesReportTheNotice_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("title");
        QTest::newRow("en") << QStringLiteral("suicidal thoughts") << QString()
                            << QStringLiteral("If you are thinking about harming yourself");
        QTest::newRow("en overdose")
            << QStringLiteral("overdose") << QString()
            << QStringLiteral("If you are thinking about harming yourself");
        QTest::newRow("es") << QStringLiteral("pensamientos suicidas")
                            << QStringLiteral("i18n/packs/es")
                            << QStringLiteral("Si está pensando en hacerse daño");
        QTest::newRow("ar") << QStringLiteral("أفكار انتحارية") << QStringLiteral("i18n/packs/ar")
                            << QStringLiteral("إذا كنت تفكر في إيذاء نفسك");
    }
    void crisisSearchesReportTheNotice() {
        QFETCH(QString, query);
        QFETCH(QString, pack);
        QFETCH(QString, title);
        const QJsonObject result = search(query, pack);
        const QJsonArray notices = result.value(QLatin1String("notices")).toArray();
        QCOMPARE(notices.size(), 1);
        const QJsonObject notice = notices.first().toObject();
        QCOMPARE(notice.value(QLatin1String("kind")).toString(), QStringLiteral("crisis-help"));
        QCOMPARE(notice.value(QLatin1String("title")).toString(), title);
        const QJsonArray lines = notice.value(QLatin1String("lines")).toArray();
        QVERIFY(!lines.isEmpty());
        for (const QJsonValue &line : lines) {
            const QJsonObject o = line.toObject();
            QVERIFY(
                o.value(QLatin1String("source")).toString().startsWith(QLatin1String("https://")));
            QCOMPARE(o.value(QLatin1String("checked")).toString(), QStringLiteral("2026-12-03"));
            QVERIFY(o.value(QLatin1String("how"))
                        .toString()
                        .contains(o.value(QLatin1String("number")).toString()));
        }
    }

    void ordinarySearchesHaveNoNotice_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("pack");
        QTest::newRow("en") << QStringLiteral("will my insurance pay") << QString();
        QTest::newRow("en depression") << QStringLiteral("depression") << QString();
        QTest::newRow("es") << QStringLiteral("precio") << QStringLiteral("i18n/packs/es");
        QTest::newRow("ar") << QStringLiteral("التكلفة") << QStringLiteral("i18n/packs/ar");
    }
    void ordinarySearchesHaveNoNotice() {
        QFETCH(QString, query);
        QFETCH(QString, pack);
        const QJsonObject result = search(query, pack);
        QVERIFY(result.contains(QLatin1String("notices")));
        QVERIFY(result.value(QLatin1String("notices")).toArray().isEmpty());
    }

    void readableSearchPrintsTheNoticeFirst() {
        const Run run = faqpack({QStringLiteral("search"), QStringLiteral("self-harm")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QLatin1String("If you are thinking about harming yourself")),
                 qPrintable(run.out));
    }

    void answerPagesSayWhoseWordsAboveTheText() {
        const Run run = faqpack({QStringLiteral("show"), QStringLiteral("what-is"),
                                 QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(run.exitCode, 0);
        const qsizetype whose = run.out.indexOf(QLatin1String("reproduced as published"));
        const qsizetype clinician = run.out.indexOf(QLatin1String("class=\"disclaimer\""));
        const qsizetype question = run.out.indexOf(QLatin1String("<h1 id=\"question\""));
        QVERIFY(whose > 0 && clinician > whose && question > clinician);
        QVERIFY(!run.out.contains(QLatin1String("safety-notice")));
    }

    // "See Benefits & Brain Changes" names another page of the publisher's site.
    void mislabelledCrossReferenceIsNotALink() {
        const Run run = faqpack({QStringLiteral("show"), QStringLiteral("after-treatment"),
                                 QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(QLatin1String("href=\"reader:/entry/benefits\"")));
        QVERIFY(run.out.contains(QLatin1String("Benefits &amp; Brain Changes <small "
                                               "class=\"not-included-note\"")));
        const Run benefits = faqpack({QStringLiteral("show"), QStringLiteral("benefits")});
        QVERIFY(!benefits.out.contains(QLatin1String("Referred to by")));
    }

    void validateWarnsAboutAMislinkedLabel() {
        // The bundled pack has synonym-review warnings of its own (docs/search.md), but no
        // label linked to an entry it does not name.
        const Run bundled =
            faqpack({QStringLiteral("validate"),
                     QStringLiteral(PR_SOURCE_DIR "/resources/packs/ketamine-faq-en")});
        QVERIFY2(bundled.exitCode == 0, qPrintable(bundled.out + bundled.err));
        QVERIFY2(!bundled.out.contains(QLatin1String("neither that entry's question")),
                 qPrintable(bundled.out));
        const Run mislinked =
            faqpack({QStringLiteral("validate"),
                     QStringLiteral(PR_FIXTURES_DIR "/packs/mislinked-see-label")});
        QCOMPARE(mislinked.exitCode, 0); // a warning, not an error
        QVERIFY2(mislinked.out.contains(QLatin1String(
                     "entries.json:3: warning: entry \"first\": the label \"Second & Brain "
                     "Changes\" is linked to entry \"second\", but it is neither that entry's "
                     "question nor one of its \"aliases\"")),
                 qPrintable(mislinked.out));
        const Run strict = faqpack({QStringLiteral("validate"),
                                    QStringLiteral(PR_FIXTURES_DIR "/packs/mislinked-see-label"),
                                    QStringLiteral("--warnings-as-errors")});
        QCOMPARE(strict.exitCode, 1);
        const Run aliased = faqpack({QStringLiteral("validate"),
                                     QStringLiteral(PR_FIXTURES_DIR "/packs/good-minimal"),
                                     QStringLiteral("--warnings-as-errors")});
        QVERIFY2(aliased.exitCode == 0, qPrintable(aliased.out));
    }

    void referencesExportDetailsNotVerifiedAndNoCutOffTitle() {
        const Run ris =
            faqpack({QStringLiteral("refs"), QStringLiteral("--format"), QStringLiteral("ris")});
        QCOMPARE(ris.exitCode, 0);
        const QString ref2 = ris.out.section(QStringLiteral("ID  - ref2-wilkinson2017"), 1)
                                 .section(QStringLiteral("ER  -"), 0, 0);
        QVERIFY2(ref2.contains(QLatin1String("N1  - Reference check: details not verified.")),
                 qPrintable(ref2));
        const QString ref9 = ris.out.section(QStringLiteral("ID  - ref9-tye-truncated"), 1)
                                 .section(QStringLiteral("ER  -"), 0, 0);
        QVERIFY(!ref9.isEmpty());
        QVERIFY2(!ref9.contains(QLatin1String("TI  -")), qPrintable(ref9));
        QVERIFY(!ris.out.contains(QLatin1String("truncated in source")));

        const Run bib = faqpack({QStringLiteral("refs"), QStringLiteral("--format"),
                                 QStringLiteral("bibtex"), QStringLiteral("ref9-tye-truncated")});
        QVERIFY(!bib.out.contains(QLatin1String("title =")));
        const Run csl = faqpack(
            {QStringLiteral("refs"), QStringLiteral("--format"), QStringLiteral("csl-json")});
        const QJsonArray items = QJsonDocument::fromJson(csl.out.toUtf8()).array();
        QCOMPARE(items.size(), 9);
        QCOMPARE(items.at(1)
                     .toObject()
                     .value(QLatin1String("custom"))
                     .toObject()
                     .value(QLatin1String("check-status"))
                     .toString(),
                 QStringLiteral("details-not-verified"));
        QVERIFY(!items.at(8).toObject().contains(QLatin1String("title")));
    }

    void referenceTextSaysWhatTheListIsWorth() {
        const Run text = faqpack({QStringLiteral("refs")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith(QLatin1String(
                     "The source does not tie any statement to any of these references")),
                 qPrintable(text.out.left(300)));
        QVERIFY(text.out.contains(QLatin1String(
            "A check against public records could confirm 5 of the 9 listed references (1 "
            "exactly as the source gives it, 1 with some details not verified, 3 with details "
            "that differ from the source). Could not be found: 4.")));
        QVERIFY(text.out.contains(QLatin1String("Details not verified")));
    }
};

QTEST_GUILESS_MAIN(TestSafetyCommands)
#include "tst_safetycommands.moc"
