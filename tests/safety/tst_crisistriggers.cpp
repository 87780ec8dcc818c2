// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "safety/crisistriggers.h"

#include <QTest>

using namespace pr;

// The trigger words are data, per language; these check the shipped data and the matching.
class TestCrisisTriggers : public QObject {
    Q_OBJECT

    CrisisTriggers m_triggers = CrisisTriggers::bundled();

private slots:
    void bundledDataHasTheThreeShippedLanguages() {
        QVERIFY(!m_triggers.isEmpty());
        for (const char *language : {"en", "es", "ar"})
            QVERIFY2(m_triggers.languages().contains(QLatin1String(language)), language);
    }

    void matchesCrisisWords_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("en suicidal thoughts") << QStringLiteral("suicidal thoughts");
        QTest::newRow("en Suicide, capitalised") << QStringLiteral("Suicide");
        QTest::newRow("en self-harm") << QStringLiteral("self-harm");
        QTest::newRow("en self harm") << QStringLiteral("what about self harm");
        QTest::newRow("en overdose") << QStringLiteral("can I overdose on ketamine");
        QTest::newRow("en overdosed") << QStringLiteral("I overdosed");
        QTest::newRow("en want to die") << QStringLiteral("I want to die");
        QTest::newRow("en kill myself") << QStringLiteral("thinking about killing myself");
        QTest::newRow("es pensamientos suicidas") << QStringLiteral("pensamientos suicidas");
        QTest::newRow("es suicidio") << QStringLiteral("¿Y el suicidio?");
        QTest::newRow("es autolesión") << QStringLiteral("autolesión");
        QTest::newRow("es autolesion, no accent") << QStringLiteral("autolesiones");
        QTest::newRow("es sobredosis") << QStringLiteral("SOBREDOSIS");
        QTest::newRow("es quitarme la vida") << QStringLiteral("quiero quitarme la vida");
        QTest::newRow("ar انتحار") << QStringLiteral("انتحار");
        QTest::newRow("ar الانتحار") << QStringLiteral("ما علاقة الكيتامين بالانتحار");
        QTest::newRow("ar أفكار انتحارية") << QStringLiteral("أفكار انتحارية");
        QTest::newRow("ar with vowel marks") << QStringLiteral("انْتِحَار");
        QTest::newRow("ar جرعة زائدة") << QStringLiteral("جرعة زائدة");
        QTest::newRow("ar الجرعة الزائدة") << QStringLiteral("الجرعة الزائدة من الكيتامين");
        QTest::newRow("ar إيذاء النفس") << QStringLiteral("إيذاء النفس");
        QTest::newRow("ar ايذاء النفس, bare alef") << QStringLiteral("ايذاء النفس");
    }
    void matchesCrisisWords() {
        QFETCH(QString, text);
        QVERIFY2(m_triggers.matches(text), qPrintable(text));
    }

    // Words about side effects and mood are not a crisis: no notice for them.
    void leavesOtherWordsAlone_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("en harm") << QStringLiteral("can it harm me");
        QTest::newRow("en risks") << QStringLiteral("risks and side effects");
        QTest::newRow("en depression") << QStringLiteral("depression");
        QTest::newRow("en dose") << QStringLiteral("what dose");
        QTest::newRow("en cost") << QStringLiteral("how much does it cost");
        QTest::newRow("es riesgos") << QStringLiteral("riesgos y daño");
        QTest::newRow("es dosis") << QStringLiteral("dosis");
        QTest::newRow("ar مخاطر") << QStringLiteral("مخاطر");
        QTest::newRow("ar جرعة") << QStringLiteral("جرعة");
        QTest::newRow("empty") << QString();
    }
    void leavesOtherWordsAlone() {
        QFETCH(QString, text);
        QVERIFY2(!m_triggers.matches(text), qPrintable(text));
    }

    void readsWildcardsAndPhrasesFromData() {
        QString error;
        const CrisisTriggers t = CrisisTriggers::fromJson(
            R"({"languages": {"xx": ["abc*", "*xyz", "two words"]}})", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(t.matches(QStringLiteral("abcdef")));
        QVERIFY(t.matches(QStringLiteral("wxyz")));
        QVERIFY(t.matches(QStringLiteral("say two words now")));
        QVERIFY(!t.matches(QStringLiteral("two other words")));
        QVERIFY(!t.matches(QStringLiteral("xyzw")));
    }

    void namesWhatIsWrongWithBadData_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not valid JSON");
        QTest::newRow("no languages") << QByteArray("{}") << QStringLiteral("\"languages\"");
        QTest::newRow("not an array")
            << QByteArray(R"({"languages": {"en": "suicide"}})") << QStringLiteral("\"en\"");
        QTest::newRow("no letters")
            << QByteArray(R"({"languages": {"es": ["ok", "**"]}})") << QStringLiteral("[1]");
    }
    void namesWhatIsWrongWithBadData() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const CrisisTriggers t = CrisisTriggers::fromJson(json, &error);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(t.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrisisTriggers)
#include "tst_crisistriggers.moc"
