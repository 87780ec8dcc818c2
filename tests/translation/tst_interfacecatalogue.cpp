// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translation/cataloguetranslator.h"
#include "translation/interfacecatalogue.h"

#include <QCoreApplication>
#include <QTest>

using namespace pr;

namespace {

QByteArray ts(const QByteArray &language, const QByteArray &messages) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
           "language=\"" +
           language + "\">\n<context>\n<name>Panel</name>\n" + messages + "</context>\n</TS>\n";
}

QString allProblems(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

// Issue 12: a language pack's interface translation is read from its .ts XML and checked; no
// untrusted compiled .qm data reaches QTranslator.
class TestInterfaceCatalogue : public QObject {
    Q_OBJECT

private slots:
    void translatesByContextSourceAndDisambiguation() {
        PackProblems problems;
        const auto catalogue = InterfaceCatalogue::parse(
            ts("es", "<message><source>Open</source><translation>Abrir</translation></message>\n"
                     "<message><source>Open</source><comment>a door</comment>"
                     "<translation>Abra</translation></message>\n"
                     "<message><source>Close %1</source><translation>Cerrar %1</translation>"
                     "</message>\n"),
            QStringLiteral("es.ts"), QStringLiteral("es"), &problems);
        QVERIFY2(catalogue, qPrintable(allProblems(problems)));
        QCOMPARE(catalogue->size(), 3);
        QCOMPARE(catalogue->translate("Panel", "Open", nullptr, -1), QStringLiteral("Abrir"));
        QCOMPARE(catalogue->translate("Panel", "Open", "a door", -1), QStringLiteral("Abra"));
        // As QTranslator does: an unknown disambiguation takes the plain translation.
        QCOMPARE(catalogue->translate("Panel", "Open", "a window", -1), QStringLiteral("Abrir"));
        QVERIFY(catalogue->translate("Other", "Open", nullptr, -1).isNull());
        QVERIFY(catalogue->translate("Panel", "Save", nullptr, -1).isNull());
    }

    void translatesTheWholeInterfaceThroughQCoreApplication() {
        PackProblems problems;
        CatalogueTranslator translator;
        translator.setCatalogue(*InterfaceCatalogue::parse(
            ts("es", "<message><source>%1 of %2</source><translation>%1 de %2</translation>"
                     "</message>\n"),
            QStringLiteral("es.ts"), QStringLiteral("es"), &problems));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString text = QCoreApplication::translate("Panel", "%1 of %2").arg(3).arg(9);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(text, QStringLiteral("3 de 9"));
    }

    void choosesThePluralFormTheLanguageNeeds() {
        PackProblems problems;
        const auto catalogue = InterfaceCatalogue::parse(
            ts("ar", "<message numerus=\"yes\"><source>%n seconds</source><translation>"
                     "<numerusform>zero</numerusform><numerusform>one</numerusform>"
                     "<numerusform>two</numerusform><numerusform>%n few</numerusform>"
                     "<numerusform>%n many</numerusform><numerusform>%n other</numerusform>"
                     "</translation></message>\n"),
            QStringLiteral("ar.ts"), QStringLiteral("ar"), &problems);
        QVERIFY2(catalogue, qPrintable(allProblems(problems)));
        const QList<QPair<int, QString>> expected = {
            {0, QStringLiteral("zero")},     {1, QStringLiteral("one")},
            {2, QStringLiteral("two")},      {7, QStringLiteral("%n few")},
            {11, QStringLiteral("%n many")}, {100, QStringLiteral("%n other")},
            {103, QStringLiteral("%n few")}, {99, QStringLiteral("%n many")}};
        for (const auto &[n, form] : expected)
            QCOMPARE(catalogue->translate("Panel", "%n seconds", nullptr, n), form);
    }

    void leavesOutObsoleteAndEmptyTranslations() {
        PackProblems problems;
        const auto catalogue = InterfaceCatalogue::parse(
            ts("es", "<message><source>Old</source><translation type=\"vanished\">Viejo"
                     "</translation></message>\n"
                     "<message><source>Empty</source><translation type=\"unfinished\">"
                     "</translation></message>\n"
                     "<message><source>Kept</source><translation>Guardado</translation>"
                     "</message>\n"),
            QStringLiteral("es.ts"), QStringLiteral("es"), &problems);
        QVERIFY2(catalogue, qPrintable(allProblems(problems)));
        QCOMPARE(catalogue->size(), 1);
        QVERIFY(catalogue->translate("Panel", "Old", nullptr, -1).isNull());
        QVERIFY(catalogue->translate("Panel", "Empty", nullptr, -1).isNull());
    }

    void refusesEachBrokenTranslationSayingWhatAndWhere_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not XML") << QByteArray("\x3c\xb8\x64\x18\x00\x01", 6)
                                 << QStringLiteral("es")
                                 << QStringLiteral("x.ts:1: error: interface translation: is "
                                                   "not well-formed XML");
        QTest::newRow("unclosed element")
            << ts("es", "<message><source>A</source><translation>B</message>\n")
            << QStringLiteral("es")
            << QStringLiteral("x.ts:6: error: interface translation: is "
                              "not well-formed XML");
        QTest::newRow("another root")
            << QByteArray("<xliff><context/></xliff>") << QStringLiteral("es")
            << QStringLiteral("its root element is <xliff>, not <TS>");
        QTest::newRow("entity declarations")
            << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE TS [<!ENTITY a \"aaaa\">]>\n"
                          "<TS><context><name>P</name></context></TS>")
            << QStringLiteral("es") << QStringLiteral("declares XML entities");
        QByteArray deep = "<TS>";
        for (int i = 0; i < 100000; ++i)
            deep += "<a>";
        QTest::newRow("deep nesting")
            << deep << QStringLiteral("es") << QStringLiteral("nests elements more than 8 deep");
        QTest::newRow("a placeholder lost")
            << ts("es", "<message><source>Page %1 of %2</source><translation>Página %1"
                        "</translation></message>\n")
            << QStringLiteral("es")
            << QStringLiteral("x.ts:6: error: interface translation: the translation of \"Page "
                              "%1 of %2\" (context Panel) uses the placeholders %1; its source "
                              "uses %1, %2");
        QTest::newRow("a placeholder added")
            << ts("es", "<message><source>Done</source><translation>Hecho %3</translation>"
                        "</message>\n")
            << QStringLiteral("es")
            << QStringLiteral("uses the placeholders %3; its source uses none");
        QTest::newRow("plural forms the language does not have")
            << ts("ar", "<message numerus=\"yes\"><source>%n items</source><translation>"
                        "<numerusform>%n a</numerusform><numerusform>%n b</numerusform>"
                        "</translation></message>\n")
            << QStringLiteral("ar") << QStringLiteral("has 2 plural forms; \"ar\" has 6");
        QTest::newRow("another language")
            << ts("fr", "<message><source>Yes</source><translation>Oui</translation></message>\n")
            << QStringLiteral("es")
            << QStringLiteral("it translates into \"fr\", but the pack's language is \"es\"");
        QTest::newRow("the same message twice")
            << ts("es", "<message><source>Yes</source><translation>Sí</translation></message>\n"
                        "<message><source>Yes</source><translation>Vale</translation></message>\n")
            << QStringLiteral("es")
            << QStringLiteral("x.ts:7: error: interface translation: the "
                              "translation of \"Yes\" (context Panel) is "
                              "given twice");
        QTest::newRow("markup inside a translation")
            << ts("es", "<message><source>Yes</source><translation>S<b>í</b></translation>"
                        "</message>\n")
            << QStringLiteral("es") << QStringLiteral("<translation> must hold plain text");
    }

    void refusesEachBrokenTranslationSayingWhatAndWhere() {
        QFETCH(QByteArray, file);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        PackProblems problems;
        QVERIFY(!InterfaceCatalogue::parse(file, QStringLiteral("x.ts"), language, &problems));
        QVERIFY(hasErrors(problems));
        QVERIFY2(allProblems(problems).contains(expected), qPrintable(allProblems(problems)));
    }

    void refusesAFileOverItsLimitsNamingThem() {
        InterfaceCatalogue::Limits limits;
        limits.maxBytes = 100;
        PackProblems problems;
        const QByteArray big =
            ts("es", "<message><source>Yes</source><translation>Sí</translation></message>\n");
        QVERIFY(!InterfaceCatalogue::parse(big, QStringLiteral("x.ts"), QStringLiteral("es"),
                                           &problems, limits));
        QVERIFY2(allProblems(problems).contains(QStringLiteral("the limit is 100 bytes")),
                 qPrintable(allProblems(problems)));

        limits = {};
        limits.maxMessages = 1;
        problems.clear();
        QVERIFY(!InterfaceCatalogue::parse(
            ts("es", "<message><source>A</source><translation>B</translation></message>\n"
                     "<message><source>C</source><translation>D</translation></message>\n"),
            QStringLiteral("x.ts"), QStringLiteral("es"), &problems, limits));
        QVERIFY2(allProblems(problems).contains(QStringLiteral("holds more than 1 messages")),
                 qPrintable(allProblems(problems)));
    }
};

QTEST_GUILESS_MAIN(TestInterfaceCatalogue)
#include "tst_interfacecatalogue.moc"
