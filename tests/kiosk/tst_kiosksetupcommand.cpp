// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kiosksettings.h"
#include "kiosk/pinhash.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// faqpack kiosk-setup ARGS --file PATH, with stdin as its standard input.
Run kioskSetup(const QString &file, QStringList arguments, const QByteArray &stdinText = {}) {
    arguments.prepend(QStringLiteral("kiosk-setup"));
    arguments << QStringLiteral("--file") << file;
    QProcess process;
    process.start(QStringLiteral(PR_FAQPACK), arguments);
    process.write(stdinText);
    process.closeWriteChannel();
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray fileBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestKioskSetupCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void init() {
        m_file = m_dir.filePath(QStringLiteral("xdg/patient-reader/kiosk.conf"));
        QFile::remove(m_file);
    }

    void writesTheSettingsWithTheHashOfThePinFromStandardInput() {
        const Run run = kioskSetup(m_file,
                                   {QStringLiteral("--pin-stdin"), QStringLiteral("--idle"),
                                    QStringLiteral("90"), QStringLiteral("--languages"),
                                    QStringLiteral("en,es"), QStringLiteral("--attract"),
                                    QStringLiteral("Tap to start")},
                                   "975310\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("set (stored as a salted hash)")));

        const KioskSettings settings(m_file);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
        QVERIFY(settings.options().enabled);
        QCOMPARE(settings.options().idleTimeoutSeconds, 90);
        QCOMPARE(settings.options().allowedLanguages,
                 (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        QCOMPARE(settings.options().attractText, QStringLiteral("Tap to start"));
        QVERIFY(PinHash::verify(QStringLiteral("975310"), settings.options().pinHash));
        QVERIFY(!fileBytes(m_file).contains("975310"));
        QVERIFY(!run.out.contains(QStringLiteral("975310")));
    }

    void keepsWhatItIsNotToldToChange() {
        QCOMPARE(kioskSetup(m_file,
                            {QStringLiteral("--pin-stdin"), QStringLiteral("--idle"),
                             QStringLiteral("300")},
                            "123456\n")
                     .exitCode,
                 0);
        const QString hash = KioskSettings(m_file).options().pinHash;
        const Run run = kioskSetup(m_file, {QStringLiteral("--countdown"), QStringLiteral("45")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const KioskSettings settings(m_file);
        QCOMPARE(settings.options().idleTimeoutSeconds, 300);
        QCOMPARE(settings.options().countdownSeconds, 45);
        QCOMPARE(settings.options().pinHash, hash);
    }

    void setsReadAloudThemeAndReadingFontForTheClinic() {
        const Run run = kioskSetup(m_file,
                                   {QStringLiteral("--pin-stdin"), QStringLiteral("--read-aloud"),
                                    QStringLiteral("on"), QStringLiteral("--theme"),
                                    QStringLiteral("high-contrast"),
                                    QStringLiteral("--reading-font"), QStringLiteral("spaced")},
                                   "975310\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("read aloud:   allowed")));
        const KioskSettings settings(m_file);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
        QVERIFY(settings.options().readAloudAllowed);
        QCOMPARE(settings.options().theme, QStringLiteral("high-contrast"));
        QCOMPARE(settings.options().readingFont, QStringLiteral("spaced"));
    }

    void refusesAThemeItDoesNotKnowAndNamesTheChoices() {
        const Run run = kioskSetup(
            m_file,
            {QStringLiteral("--pin-stdin"), QStringLiteral("--theme"), QStringLiteral("pink")},
            "975310\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral(
                     "--theme must be one of system, light, dark, high-contrast, not \"pink\"")),
                 qPrintable(run.err));
        QVERIFY(!QFile::exists(m_file));
    }

    void refusesAShortPinAndWritesNothing() {
        const Run run = kioskSetup(m_file, {QStringLiteral("--pin-stdin")}, "12345\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("at least 6 digits")));
        QVERIFY(!QFile::exists(m_file));
    }

    void refusesToSetUpAKioskWithoutAPin() {
        const Run run = kioskSetup(m_file, {QStringLiteral("--idle"), QStringLiteral("120")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--pin-stdin")));
        QVERIFY(!QFile::exists(m_file));
    }

    void doesNotTakeThePinFromTheCommandLine() {
        const Run run =
            kioskSetup(m_file, {QStringLiteral("--pin-stdin"), QStringLiteral("4711")}, "471100\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("read from standard input")));
        QVERIFY(!QFile::exists(m_file));
    }

    void refusesTimeoutsBelowTheirMinimum() {
        const Run run = kioskSetup(
            m_file,
            {QStringLiteral("--pin-stdin"), QStringLiteral("--countdown"), QStringLiteral("5")},
            "471100\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY(
            run.err.contains(QStringLiteral("--countdown must be a number of seconds from 20")));
        QVERIFY(!QFile::exists(m_file));
    }

    // Issue 12: an opening quote with no closing one must not pass silently.
    void checkNamesTheLineOfAnUnterminatedQuote() {
        QVERIFY(QDir().mkpath(QFileInfo(m_file).path()));
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nenabled=true\nattractText=\"Welcome\nidleTimeoutSeconds=60\n");
        file.close();
        const Run run = kioskSetup(m_file, {QStringLiteral("--check")});
        QCOMPARE(run.exitCode, 1);
        const QString said = run.out + run.err;
        QVERIFY2(said.contains(QStringLiteral("line 3: kiosk/attractText")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("after 60 s")), qPrintable(said));
    }

    void checkShowsTheSettingsWithoutChangingThem() {
        QCOMPARE(kioskSetup(m_file, {QStringLiteral("--pin-stdin")}, "471100\n").exitCode, 0);
        const QByteArray before = fileBytes(m_file);
        const Run run = kioskSetup(
            m_file, {QStringLiteral("--check"), QStringLiteral("--idle"), QStringLiteral("999")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("after 120 s")));
        QCOMPARE(fileBytes(m_file), before);
    }
};

QTEST_GUILESS_MAIN(TestKioskSetupCommand)
#include "tst_kiosksetupcommand.moc"
