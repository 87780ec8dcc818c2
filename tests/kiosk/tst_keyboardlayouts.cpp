// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/keyboardlayouts.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

bool hasKey(const KeyboardLayout &layout, const QString &key) {
    for (const QStringList &row : layout.rows) {
        if (row.contains(key))
            return true;
    }
    return false;
}

QString writeFile(const QTemporaryDir &dir, const QByteArray &json) {
    const QString path = dir.filePath(QStringLiteral("layouts.json"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(json);
    return path;
}

} // namespace

class KeyboardLayoutsTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void theBundledLayoutsCoverTheShippedLanguagesAndThePinPad() {
        const KeyboardLayouts layouts = KeyboardLayouts::load();
        QVERIFY2(layouts.isValid(), qPrintable(layouts.errorString()));
        QVERIFY(layouts
                    .languagesWithoutLayout(
                        {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("ar")})
                    .isEmpty());
        QVERIFY(hasKey(layouts.layoutFor(QStringLiteral("en")), QStringLiteral("q")));
        QVERIFY(hasKey(layouts.layoutFor(QStringLiteral("es")), QStringLiteral("ñ")));
        QVERIFY(hasKey(layouts.layoutFor(QStringLiteral("ar")), QStringLiteral("ض")));
        QVERIFY(hasKey(layouts.layoutFor(QStringLiteral("fr")), QStringLiteral("ç")));
        QVERIFY(hasKey(layouts.layoutFor(QStringLiteral("de")), QStringLiteral("ß")));
        QVERIFY(hasKey(layouts.layoutFor(QStringLiteral("ru")), QStringLiteral("ж")));
        QString pad;
        for (const QStringList &row : layouts.digits().rows)
            pad += row.join(QString());
        QCOMPARE(pad, QStringLiteral("1234567890"));
    }

    void arabicIsWrittenRightToLeft() {
        const KeyboardLayouts layouts = KeyboardLayouts::load();
        QCOMPARE(layouts.layoutFor(QStringLiteral("ar")).direction, Qt::RightToLeft);
        QCOMPARE(layouts.layoutFor(QStringLiteral("es")).direction, Qt::LeftToRight);
        QCOMPARE(layouts.layoutFor(QStringLiteral("ar")).name, QStringLiteral("العربية"));
    }

    void aRegionalTagUsesItsLanguagesLayout() {
        const KeyboardLayouts layouts = KeyboardLayouts::load();
        QCOMPARE(layouts.layoutFor(QStringLiteral("es-MX")).id, QStringLiteral("es"));
        QCOMPARE(layouts.layoutFor(QStringLiteral("en_GB")).id, QStringLiteral("en"));
    }

    void aLanguageWithoutALayoutIsNamed() {
        const KeyboardLayouts layouts = KeyboardLayouts::load();
        QVERIFY(!layouts.layoutFor(QStringLiteral("sw")).isValid());
        QVERIFY(!layouts.layoutFor(QStringLiteral("digits")).isValid());
        QCOMPARE(layouts.languagesWithoutLayout({QStringLiteral("en"), QStringLiteral("sw")}),
                 QStringList{QStringLiteral("sw")});
    }

    void aFileThatIsNotJsonIsRefusedWithWhereItBreaks() {
        const QString path = writeFile(m_dir, "{\"layouts\": {\"en\": ");
        const KeyboardLayouts layouts = KeyboardLayouts::load(path);
        QVERIFY(!layouts.isValid());
        QVERIFY2(layouts.errorString().startsWith(path + QStringLiteral(" is not valid JSON: ")),
                 qPrintable(layouts.errorString()));
        QVERIFY2(layouts.errorString().endsWith(QStringLiteral("(line 1, column 20)")),
                 qPrintable(layouts.errorString()));
        QVERIFY(!layouts.layoutFor(QStringLiteral("en")).isValid());
    }

    void aBadRowIsRefusedNamingTheLayoutAndTheRow() {
        const QString path = writeFile(
            m_dir, R"({"layouts": {"en": {"rows": [["a", "b"]]}, "xx": {"rows": [["a"], "b"]}}})");
        const KeyboardLayouts layouts = KeyboardLayouts::load(path);
        QVERIFY(!layouts.isValid());
        QVERIFY2(layouts.errorString().contains(QStringLiteral("layout \"xx\", row 2")),
                 qPrintable(layouts.errorString()));
        QVERIFY(!layouts.layoutFor(QStringLiteral("en")).isValid()); // refused as a whole
    }

    void aKeyThatTypesAWholeWordIsRefused() {
        const QString path =
            writeFile(m_dir, R"({"layouts": {"en": {"rows": [["a", "ketamine"]]}}})");
        const KeyboardLayouts layouts = KeyboardLayouts::load(path);
        QVERIFY(!layouts.isValid());
        QVERIFY(layouts.errorString().contains(QStringLiteral("row 1")));
    }

    void aMissingFileIsReportedByName() {
        const KeyboardLayouts layouts =
            KeyboardLayouts::load(QStringLiteral("/nonexistent/layouts.json"));
        QVERIFY(!layouts.isValid());
        QVERIFY(layouts.errorString().startsWith(QStringLiteral("/nonexistent/layouts.json")));
    }
};

QTEST_GUILESS_MAIN(KeyboardLayoutsTest)
#include "tst_keyboardlayouts.moc"
