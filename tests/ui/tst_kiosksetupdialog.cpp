// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kiosksettings.h"
#include "kiosk/pinhash.h"
#include "kiosksetupdialog.h"
#include "startupoptions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

AvailableLanguage language(const QString &tag, const QString &name, bool isBase = false) {
    AvailableLanguage l;
    l.languageTag = tag;
    l.nativeName = name;
    l.isBase = isBase;
    return l;
}

const QList<AvailableLanguage> installed = {
    language(QStringLiteral("en"), QStringLiteral("English"), true),
    language(QStringLiteral("es"), QStringLiteral("Español")),
    language(QStringLiteral("ar"), QStringLiteral("العربية"))};

void setChecked(QListWidget *list, const QString &tag, bool checked) {
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == tag)
            list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList comboTags(const QComboBox *box) {
    QStringList tags;
    for (int i = 0; i < box->count(); ++i)
        tags.append(box->itemData(i).toString());
    return tags;
}

// A fast hash, so the tests need not wait for the real iteration count.
KioskOptions optionsWithPin(const QString &pin) {
    KioskOptions options;
    options.pinHash = PinHash::create(pin, 1000);
    return options;
}

} // namespace

// patient-reader --kiosk-setup: the administrator's form for the system-wide kiosk settings.
class TestKioskSetupDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("kiosk.conf")); }

private slots:
    void init() { QFile::remove(path()); }

    void theCommandLineOptionOpensTheForm() {
        const StartupOptions options = StartupOptions::parse(
            {QStringLiteral("patient-reader"), QStringLiteral("--kiosk-setup")});
        QVERIFY(options.error.isEmpty());
        QVERIFY(options.kioskSetup);
        QVERIFY(!options.kiosk);
    }

    void savingWritesTheChosenSettingsWithOnlyTheHashOfTheNewPin() {
        KioskSetupDialog dialog(KioskOptions(), installed, {QStringLiteral("Front desk")}, path());
        dialog.enabledBox()->setChecked(true);
        dialog.idleBox()->setValue(90);
        dialog.countdownBox()->setValue(45);
        QTest::keyClicks(dialog.newPinField(), QStringLiteral("975310"));
        QTest::keyClicks(dialog.repeatPinField(), QStringLiteral("975310"));
        setChecked(dialog.languageList(), QStringLiteral("es"), true);
        dialog.startLanguageBox()->setCurrentIndex(
            dialog.startLanguageBox()->findData(QStringLiteral("es")));
        dialog.printingBox()->setChecked(true);
        dialog.printerBox()->setCurrentIndex(
            dialog.printerBox()->findData(QStringLiteral("Front desk")));
        dialog.attractField()->setPlainText(QStringLiteral("Tap to read about your treatment."));

        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));

        const KioskSettings written(path());
        QVERIFY2(written.problems().isEmpty(), qPrintable(written.problems().join(u'\n')));
        const KioskOptions &o = written.options();
        QVERIFY(o.enabled);
        QCOMPARE(o.idleTimeoutSeconds, 90);
        QCOMPARE(o.countdownSeconds, 45);
        QCOMPARE(o.allowedLanguages, (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        QCOMPARE(o.language, QStringLiteral("es"));
        QVERIFY(o.printingAllowed);
        QCOMPARE(o.printerName, QStringLiteral("Front desk"));
        QCOMPARE(o.attractText, QStringLiteral("Tap to read about your treatment."));
        QVERIFY(PinHash::verify(QStringLiteral("975310"), o.pinHash));
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("975310"));
        QVERIFY(dialog.newPinField()->text().isEmpty());
    }

    void theFormShowsAndSavesTheClinicsReadAloudThemeAndReadingFont() {
        KioskOptions current = optionsWithPin(QStringLiteral("975310"));
        current.theme = QStringLiteral("dark");
        current.readingFont = QStringLiteral("dyslexic");
        KioskSetupDialog dialog(current, installed, {}, path());
        QVERIFY(!dialog.readAloudBox()->isChecked());
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(dialog.readingFontBox()->currentData().toString(), QStringLiteral("dyslexic"));
        QCOMPARE(comboTags(dialog.themeBox()), KioskOptions::themes());
        QCOMPARE(comboTags(dialog.readingFontBox()), KioskOptions::readingFonts());

        dialog.readAloudBox()->setChecked(true);
        dialog.themeBox()->setCurrentIndex(
            dialog.themeBox()->findData(QStringLiteral("high-contrast")));
        dialog.readingFontBox()->setCurrentIndex(
            dialog.readingFontBox()->findData(QStringLiteral("spaced")));
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));

        const KioskSettings written(path());
        QVERIFY2(written.problems().isEmpty(), qPrintable(written.problems().join(u'\n')));
        QVERIFY(written.options().readAloudAllowed);
        QCOMPARE(written.options().theme, QStringLiteral("high-contrast"));
        QCOMPARE(written.options().readingFont, QStringLiteral("spaced"));
    }

    void twoDifferentPinsAreRefusedAndNothingIsWritten() {
        KioskSetupDialog dialog(KioskOptions(), installed, {}, path());
        QTest::keyClicks(dialog.newPinField(), QStringLiteral("123456"));
        QTest::keyClicks(dialog.repeatPinField(), QStringLiteral("124356"));
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("The two PINs are not the same."));
        QVERIFY(!QFile::exists(path()));
    }

    void aFirstSetupWithoutAPinIsRefused() {
        KioskSetupDialog dialog(KioskOptions(), installed, {}, path());
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->text().contains(QStringLiteral("admin PIN")));
        QVERIFY(!QFile::exists(path()));
    }

    void aPinThatIsTooShortIsRefused() {
        KioskSetupDialog dialog(KioskOptions(), installed, {}, path());
        QTest::keyClicks(dialog.newPinField(), QStringLiteral("12345"));
        QTest::keyClicks(dialog.repeatPinField(), QStringLiteral("12345"));
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.messageLabel()->text().isEmpty());
        QVERIFY(!QFile::exists(path()));
    }

    void thePinFieldsTakeDigitsOnly() {
        KioskSetupDialog dialog(KioskOptions(), installed, {}, path());
        QTest::keyClicks(dialog.newPinField(), QStringLiteral("12ab34"));
        QCOMPARE(dialog.newPinField()->text(), QStringLiteral("1234"));
        QVERIFY(dialog.newPinField()->echoMode() == QLineEdit::Password);
    }

    void emptyPinFieldsKeepTheCurrentPin() {
        const KioskOptions current = optionsWithPin(QStringLiteral("2468"));
        KioskSetupDialog dialog(current, installed, {}, path());
        dialog.idleBox()->setValue(200);
        QVERIFY2(dialog.save(), qPrintable(dialog.messageLabel()->text()));
        const KioskSettings written(path());
        QCOMPARE(written.options().pinHash, current.pinHash);
        QCOMPARE(written.options().idleTimeoutSeconds, 200);
    }

    void theStartLanguageIsAlwaysOneOfTheAllowedLanguages() {
        KioskSetupDialog dialog(optionsWithPin(QStringLiteral("2468")), installed, {}, path());
        setChecked(dialog.languageList(), QStringLiteral("ar"), true);
        QCOMPARE(comboTags(dialog.startLanguageBox()),
                 (QStringList{QStringLiteral("en"), QStringLiteral("ar")}));
        setChecked(dialog.languageList(), QStringLiteral("en"), false);
        QCOMPARE(comboTags(dialog.startLanguageBox()), QStringList{QStringLiteral("ar")});
        QVERIFY(dialog.save());
        QCOMPARE(KioskSettings(path()).options().language, QStringLiteral("ar"));
        setChecked(dialog.languageList(), QStringLiteral("ar"), false);
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.messageLabel()->text(), QStringLiteral("Choose at least one language."));
    }

    void aPrinterThatIsGoneIsStillShownAsChosen() {
        KioskOptions current = optionsWithPin(QStringLiteral("2468"));
        current.printingAllowed = true;
        current.printerName = QStringLiteral("Old laser");
        KioskSetupDialog dialog(current, installed, {QStringLiteral("Front desk")}, path());
        QCOMPARE(dialog.printerBox()->currentData().toString(), QStringLiteral("Old laser"));
        QVERIFY(dialog.printerBox()->currentText().contains(QStringLiteral("not found")));
        dialog.printingBox()->setChecked(false);
        QVERIFY(!dialog.printerBox()->isEnabled());
    }

    void aFileThatCannotBeWrittenIsReportedAndTheFormStaysOpen() {
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString impossible = blocker.fileName() + QStringLiteral("/kiosk.conf");
        KioskSetupDialog dialog(optionsWithPin(QStringLiteral("2468")), installed, {}, impossible);
        QVERIFY(!dialog.save());
        QVERIFY(dialog.messageLabel()->text().contains(blocker.fileName()));
    }
};

QTEST_MAIN(TestKioskSetupDialog)
#include "tst_kiosksetupdialog.moc"
