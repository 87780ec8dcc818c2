// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kiosksettings.h"
#include "kiosk/kiosksettingswriter.h"
#include "kiosk/pinhash.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace pr;

namespace {

bool writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) >= 0;
}

QString joinedProblems(const KioskSettings &settings) {
    return settings.problems().join(QLatin1Char('\n'));
}

} // namespace

class TestKioskSettings : public QObject {
    Q_OBJECT

private slots:
    void theSystemFileIsUnderTheXdgSystemFolder() {
        QVERIFY2(KioskSettings::systemFilePath().endsWith(
                     QStringLiteral("/xdg/patient-reader/kiosk.conf")),
                 qPrintable(KioskSettings::systemFilePath()));
    }

    void readsTheSystemScopeFileWhereQtLooksForIt() {
        QTemporaryDir systemDir;
        QVERIFY(systemDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::SystemScope, systemDir.path());
        QVERIFY(QDir(systemDir.path()).mkpath(QStringLiteral("patient-reader")));
        QVERIFY(writeFile(systemDir.filePath(QStringLiteral("patient-reader/kiosk.conf")),
                          "[kiosk]\nenabled=true\nidleTimeoutSeconds=90\n"));

        const KioskSettings settings;
        QCOMPARE(settings.filePath(),
                 systemDir.filePath(QStringLiteral("patient-reader/kiosk.conf")));
        QVERIFY(settings.fileExists());
        QVERIFY(settings.options().enabled);
        QCOMPARE(settings.options().idleTimeoutSeconds, 90);
    }

    void withoutAFileTheKioskIsOffWithTheDefaults() {
        QTemporaryDir dir;
        const KioskSettings settings(dir.filePath(QStringLiteral("missing.conf")));
        QVERIFY(!settings.fileExists());
        QCOMPARE(settings.options(), KioskOptions());
        QVERIFY(!settings.options().enabled);
        QCOMPARE(settings.options().idleTimeoutSeconds, 120);
        QCOMPARE(settings.options().countdownSeconds, 30);
        QVERIFY(settings.problems().isEmpty());
    }

    void readsEverySetting() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        const QByteArray hash = PinHash::create(QStringLiteral("4711"), 10).toLatin1();
        QVERIFY(writeFile(path, "[kiosk]\nenabled=yes\nidleTimeoutSeconds=45\ncountdownSeconds=25\n"
                                "adminPinHash=" +
                                    hash +
                                    "\nattractText=Tap to read about your treatment\n"
                                    "[language]\ndefault=es\nallowed=en, es,pt-BR\n"
                                    "[printing]\nallowed=true\nprinter=Reception\n"
                                    "[content]\nrequire-signed-content=true\n"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        const KioskSettings settings(path);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(joinedProblems(settings)));
        const KioskOptions &o = settings.options();
        QVERIFY(o.enabled);
        QCOMPARE(o.idleTimeoutSeconds, 45);
        QCOMPARE(o.countdownSeconds, 25);
        QCOMPARE(o.pinHash, QString::fromLatin1(hash));
        QCOMPARE(o.attractText, QStringLiteral("Tap to read about your treatment"));
        QCOMPARE(o.language, QStringLiteral("es"));
        QCOMPARE(o.allowedLanguages, (QStringList{QStringLiteral("en"), QStringLiteral("es"),
                                                  QStringLiteral("pt-BR")}));
        QVERIFY(o.printingAllowed);
        QCOMPARE(o.printerName, QStringLiteral("Reception"));
        QVERIFY(o.requireSignedContent);
    }

    void keepsTimeoutsWithinTheirLimitsAndSaysWhy_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("idle");
        QTest::addColumn<int>("countdown");
        QTest::addColumn<QString>("problem");
        QTest::newRow("idle too short") << QByteArray("idleTimeoutSeconds=5") << 30 << 30
                                        << QStringLiteral("below the minimum of 30");
        QTest::newRow("idle too long") << QByteArray("idleTimeoutSeconds=86400") << 3600 << 30
                                       << QStringLiteral("above the maximum of 3600");
        QTest::newRow("idle not a number") << QByteArray("idleTimeoutSeconds=two minutes") << 120
                                           << 30 << QStringLiteral("not a whole number");
        QTest::newRow("countdown too short (WCAG 2.2.1)")
            << QByteArray("countdownSeconds=10") << 120 << 20
            << QStringLiteral("below the minimum of 20");
    }
    void keepsTimeoutsWithinTheirLimitsAndSaysWhy() {
        QFETCH(QByteArray, content);
        QFETCH(int, idle);
        QFETCH(int, countdown);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\n" + content + '\n'));
        const KioskSettings settings(path);
        QCOMPARE(settings.options().idleTimeoutSeconds, idle);
        QCOMPARE(settings.options().countdownSeconds, countdown);
        QVERIFY2(joinedProblems(settings).contains(problem), qPrintable(joinedProblems(settings)));
    }

    void aWordThatIsNotTrueOrFalseKeepsTheDefault() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\nenabled=maybe\n[printing]\nallowed=no\n"));
        const KioskSettings settings(path);
        QVERIFY(!settings.options().enabled);
        QVERIFY(!settings.options().printingAllowed);
        QVERIFY(
            joinedProblems(settings).contains(QStringLiteral("\"maybe\" is not true or false")));
    }

    void theStartingLanguageIsAlwaysAnAllowedOne() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[language]\ndefault=fr\nallowed=en,es,not a code\n"));
        const KioskSettings settings(path);
        QCOMPARE(settings.options().language, QStringLiteral("fr"));
        QCOMPARE(settings.options().allowedLanguages,
                 (QStringList{QStringLiteral("fr"), QStringLiteral("en"), QStringLiteral("es")}));
        QVERIFY(
            joinedProblems(settings).contains(QStringLiteral("\"not a code\" is not a language")));
        QVERIFY(joinedProblems(settings).contains(QStringLiteral("not among the allowed")));
    }

    void warnsWhenNoAdminPinIsSetUp() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\nenabled=true\n"));
        QVERIFY(joinedProblems(KioskSettings(path)).contains(QStringLiteral("No admin PIN")));
        QVERIFY(writeFile(path, "[kiosk]\nenabled=true\nadminPinHash=4711\n"));
        QVERIFY(joinedProblems(KioskSettings(path)).contains(QStringLiteral("not a PIN hash")));
    }

    void warnsWhenOthersCanChangeTheFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\nenabled=true\n"));
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOther));
        QVERIFY(joinedProblems(KioskSettings(path))
                    .contains(QStringLiteral("can be changed by other users")));
    }

    // Issue 12: QSettings let an opening quote run on through every later line.
    void anUnterminatedQuoteIsReportedWithItsLineAndTheLaterSettingsStillCount() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\nenabled=true\nattractText=\"Tap to read\n"
                                "idleTimeoutSeconds=45\n[language]\ndefault=es\n"
                                "allowed=es, en\n"));
        const KioskSettings settings(path);
        QVERIFY2(joinedProblems(settings).contains(path + QStringLiteral(" line 3: "
                                                                         "kiosk/attractText")),
                 qPrintable(joinedProblems(settings)));
        QCOMPARE(settings.options().idleTimeoutSeconds, 45);
        QCOMPARE(settings.options().allowedLanguages,
                 (QStringList{QStringLiteral("es"), QStringLiteral("en")}));
        QVERIFY(settings.options().attractText.isEmpty());
    }

    void aSerializedValueNestedAHundredThousandDeepIsReportedAndNeverRebuilt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QByteArray deep = "[kiosk]\nidleTimeoutSeconds=@Variant(";
        for (int i = 0; i < 100000; ++i)
            deep += "\\0\\0\\0\\t\\0\\0\\0\\0\\x1";
        deep += "\\0\\0\\0\\x2\\0\\0\\0\\0\\0)\ncountdownSeconds=25\n";
        QVERIFY(writeFile(path, deep));
        const KioskSettings settings(path);
        QVERIFY2(
            joinedProblems(settings).contains(QStringLiteral("line 2: kiosk/idleTimeoutSeconds: "
                                                             "a serialized value")),
            qPrintable(joinedProblems(settings).left(500)));
        QCOMPARE(settings.options().idleTimeoutSeconds, KioskOptions().idleTimeoutSeconds);
        QCOMPARE(settings.options().countdownSeconds, 25);
    }

    void aFifoInsteadOfTheFileIsReportedWithoutWaitingOnIt() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        const KioskSettings settings(path);
        QVERIFY(settings.fileExists());
        QVERIFY2(joinedProblems(settings).contains(QStringLiteral("FIFO")),
                 qPrintable(joinedProblems(settings)));
        QCOMPARE(settings.options(), KioskOptions());
    }

    void aPinHashEveryUserCanReadIsReported() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\nadminPinHash=" +
                                    PinHash::create(QStringLiteral("471100"), 10).toLatin1() +
                                    "\n"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(joinedProblems(KioskSettings(path)).contains(QStringLiteral("read by every user")));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY2(KioskSettings(path).problems().isEmpty(),
                 qPrintable(joinedProblems(KioskSettings(path))));
    }

    void theExampleFileReadsAsItsCommentsSay() {
        // A copy, so that the check of the file's permissions does not depend on the checkout.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(
            QFile::copy(QStringLiteral(PR_SOURCE_DIR "/packaging/kiosk/kiosk.conf.example"), path));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        const KioskSettings settings(path);
        QCOMPARE(settings.problems().size(), 1);
        QVERIFY(settings.problems().constFirst().startsWith(QStringLiteral("No admin PIN")));
        const KioskOptions &o = settings.options();
        QVERIFY(o.enabled);
        QCOMPARE(o.idleTimeoutSeconds, 120);
        QCOMPARE(o.countdownSeconds, 30);
        QCOMPARE(o.language, QStringLiteral("en"));
        QCOMPARE(o.allowedLanguages, (QStringList{QStringLiteral("en"), QStringLiteral("es")}));
        QVERIFY(!o.printingAllowed);
        QVERIFY(o.printerName.isEmpty());
        QVERIFY(o.requireSignedContent);
        QCOMPARE(o.attractText,
                 QStringLiteral("Questions about your treatment? Tap the screen to read."));
    }

    void whatTheWriterWritesReadsBackTheSame() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("etc/xdg/patient-reader/kiosk.conf"));
        KioskOptions options;
        options.enabled = true;
        options.idleTimeoutSeconds = 60;
        options.countdownSeconds = 40;
        options.pinHash = PinHash::create(QStringLiteral("4711"), 10);
        options.language = QStringLiteral("es");
        options.allowedLanguages = {QStringLiteral("es"), QStringLiteral("en")};
        options.printingAllowed = true;
        options.printerName = QStringLiteral("Reception, 1st floor");
        options.attractText = QStringLiteral("Toque para leer · Tap to read");
        options.requireSignedContent = true;
        QCOMPARE(KioskSettingsWriter::write(options, path), QString());
        const KioskSettings settings(path);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(joinedProblems(settings)));
        QCOMPARE(settings.options(), options);
    }

    void theWrittenFileWithThePinsHashIsReadableByItsOwnerOnly() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        KioskOptions options;
        options.pinHash = PinHash::create(QStringLiteral("4711"), 10);
        QCOMPARE(KioskSettingsWriter::write(options, path), QString());
        const QFile::Permissions unixBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        // 0600; as root with the group patient-reader-kiosk on the machine, 0640 for that group.
        const QFile::Permissions expected =
            ::geteuid() == 0 && ::getgrnam("patient-reader-kiosk")
                ? QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup
                : QFile::ReadOwner | QFile::WriteOwner;
        QCOMPARE(QFile::permissions(path) & unixBits, expected);
        QVERIFY(!(QFile::permissions(path) & QFile::ReadOther));
    }

    void theWrittenFileHoldsTheHashNotThePin() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        KioskOptions options;
        options.pinHash = PinHash::create(QStringLiteral("86429753"), 10);
        QCOMPARE(KioskSettingsWriter::write(options, path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains(options.pinHash.toLatin1()));
        QVERIFY(!content.contains("86429753"));
    }

    void theWriterRefusesSomethingThatIsNotAPinHash() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        KioskOptions options;
        options.pinHash = QStringLiteral("4711");
        QVERIFY(!KioskSettingsWriter::write(options, path).isEmpty());
        QVERIFY(!QFile::exists(path));
    }

    void writingReplacesWhatWasThere() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QVERIFY(writeFile(path, "[kiosk]\nstaleKey=1\n"));
        QCOMPARE(KioskSettingsWriter::write(KioskOptions(), path), QString());
        QVERIFY(!QSettings(path, QSettings::IniFormat).contains(QStringLiteral("kiosk/staleKey")));
    }
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
