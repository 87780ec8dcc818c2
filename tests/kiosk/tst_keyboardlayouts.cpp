#include "kiosk/keyboardlayouts.h"

#include <QTest>

using namespace pr;

namespace {

// Some of the layout folders that Qt Virtual Keyboard 6.4 ships.
const QStringList qtLayouts = {
    QStringLiteral("ar_AR"), QStringLiteral("de_DE"),   QStringLiteral("en_GB"),
    QStringLiteral("en_US"), QStringLiteral("es_ES"),   QStringLiteral("es_MX"),
    QStringLiteral("fr_CA"), QStringLiteral("fr_FR"),   QStringLiteral("pt_BR"),
    QStringLiteral("pt_PT"), QStringLiteral("fallback")};

} // namespace

class KeyboardLayoutsTest : public QObject {
    Q_OBJECT

private slots:
    void aLanguageGetsTheLayoutOfItsMostCommonTerritory_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("layout");
        QTest::newRow("English") << "en"
                                 << "en_US";
        QTest::newRow("Spanish") << "es"
                                 << "es_ES";
        QTest::newRow("Portuguese") << "pt"
                                    << "pt_BR";
        QTest::newRow("French") << "fr"
                                << "fr_FR";
    }
    void aLanguageGetsTheLayoutOfItsMostCommonTerritory() {
        QFETCH(QString, language);
        QFETCH(QString, layout);
        QCOMPARE(KeyboardLayouts(qtLayouts).layoutFor(language), layout);
    }

    void aTagWithATerritoryGetsThatTerritorysLayout() {
        const KeyboardLayouts layouts(qtLayouts);
        QCOMPARE(layouts.layoutFor(QStringLiteral("es-MX")), QStringLiteral("es_MX"));
        QCOMPARE(layouts.layoutFor(QStringLiteral("pt_PT")), QStringLiteral("pt_PT"));
        QCOMPARE(layouts.layoutFor(QStringLiteral("en-GB")), QStringLiteral("en_GB"));
    }

    void aLanguageWhoseUsualTerritoryHasNoLayoutGetsAnotherLayoutOfItsLanguage() {
        // QLocale picks Egypt for Arabic; Qt Virtual Keyboard's Arabic layout is "ar_AR".
        QCOMPARE(KeyboardLayouts(qtLayouts).layoutFor(QStringLiteral("ar")),
                 QStringLiteral("ar_AR"));
    }

    void aLanguageWithoutAnyLayoutGetsNone() {
        const KeyboardLayouts layouts(qtLayouts);
        QVERIFY(layouts.layoutFor(QStringLiteral("sw")).isEmpty());
        QVERIFY(layouts.layoutFor(QStringLiteral("not a language")).isEmpty());
        QVERIFY(layouts.layoutFor(QString()).isEmpty());
        QVERIFY(layouts.layoutFor(QStringLiteral("fallback")).isEmpty());
    }

    void theKiosksLanguagesGiveOneLayoutEachInTheirOrder() {
        const KeyboardLayouts layouts(qtLayouts);
        QCOMPARE(
            layouts.layoutsFor({QStringLiteral("es"), QStringLiteral("en"), QStringLiteral("ar")}),
            QStringList(
                {QStringLiteral("es_ES"), QStringLiteral("en_US"), QStringLiteral("ar_AR")}));
    }

    void languagesWithoutALayoutAreLeftOutAndNamed() {
        const KeyboardLayouts layouts(qtLayouts);
        const QStringList languages = {QStringLiteral("en"), QStringLiteral("sw"),
                                       QStringLiteral("en-US")};
        QCOMPARE(layouts.layoutsFor(languages), QStringList{QStringLiteral("en_US")});
        QCOMPARE(layouts.languagesWithoutLayout(languages), QStringList{QStringLiteral("sw")});
    }
};

QTEST_GUILESS_MAIN(KeyboardLayoutsTest)
#include "tst_keyboardlayouts.moc"
