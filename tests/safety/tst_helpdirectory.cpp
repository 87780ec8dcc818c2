// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kiosksettings.h"
#include "kiosk/kiosksettingswriter.h"
#include "safety/clinichelplines.h"
#include "safety/helpdirectory.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace pr;

class TestHelpDirectory : public QObject {
    Q_OBJECT

private slots:
    // Every bundled number names an official page and the date it was checked.
    void bundledLinesCiteTheirSourceAndDate() {
        const HelpDirectory help = HelpDirectory::bundled();
        QVERIFY(help.isValid());
        QCOMPARE(help.text().title, QStringLiteral("If you are thinking about harming yourself"));
        QVERIFY(help.text().emergency.contains(QLatin1String("local emergency number")));
        QVERIFY(!help.bundledLines().isEmpty());
        for (const HelpLine &line : help.bundledLines()) {
            QVERIFY2(QUrl(line.source).scheme() == QLatin1String("https"), qPrintable(line.name));
            QVERIFY2(line.checked.isValid(), qPrintable(line.name));
            QVERIFY2(line.checked <= QDate(2026, 12, 3), qPrintable(line.name));
            QVERIFY(!line.number.isEmpty());
            QVERIFY2(line.how.contains(line.number), qPrintable(line.how));
        }
        QCOMPARE(help.linesToShow(), help.bundledLines());
    }

    void refusesALineWithoutSourceOrDate() {
        QStringList problems;
        const HelpDirectory help = HelpDirectory::fromJson(
            R"({"notice": {"title": "T", "emergency": "E"},)"
            R"("lines": [{"region": "US", "name": "A", "number": "1", "how": "1",)"
            R"("source": "https://example.gov/a", "checked": "2026-12-03"},)"
            R"({"region": "GB", "name": "B", "number": "2"},)"
            R"({"region": "FR", "name": "C", "number": "3",)"
            R"("source": "http://example.org", "checked": "2026-12-03"}]})",
            QStringLiteral("help.json"), &problems);
        QCOMPARE(help.bundledLines().size(), 1);
        QCOMPARE(help.bundledLines().first().name, QStringLiteral("A"));
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QLatin1String("help.json: lines[1]")),
                 qPrintable(problems.at(0)));
        QVERIFY(problems.at(0).contains(QLatin1String("\"source\"")));
        QVERIFY(problems.at(0).contains(QLatin1String("\"checked\"")));
        QVERIFY(problems.at(1).contains(QLatin1String("lines[2]")));
    }

    void refusesANoticeWithoutItsTexts() {
        QStringList problems;
        const HelpDirectory help = HelpDirectory::fromJson(R"({"notice": {"title": "T"}})",
                                                           QStringLiteral("h.json"), &problems);
        QVERIFY(!help.isValid());
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QLatin1String("\"emergency\"")));
    }

    void clinicLinesTakePrecedence() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nenabled=true\n[help]\nlines\\size=2\n"
                   "lines\\1\\name=Clinic nurse line\nlines\\1\\number=555 0100\n"
                   "lines\\1\\how=Call 555 0100, 8 am to 6 pm.\n"
                   "lines\\2\\name=No number\n");
        file.close();
        QStringList problems;
        const QList<HelpLine> lines = ClinicHelpLines::read(path, &problems);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().number, QStringLiteral("555 0100"));
        QVERIFY(lines.first().fromClinic);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("lines\\2")),
                 qPrintable(problems.first()));

        HelpDirectory help = HelpDirectory::bundled();
        help.setClinicLines(lines);
        QCOMPARE(help.linesToShow(), lines);
    }

    // faqpack kiosk-setup and the setup form rewrite the file: the clinic's lines must stay.
    void rewritingTheKioskSettingsKeepsTheClinicLines() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kiosk.conf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\nidleTimeoutSeconds=90\nstale=1\n[help]\nlines\\size=1\n"
                   "lines\\1\\name=Clinic nurse line\nlines\\1\\number=555 0100\n");
        file.close();
        KioskOptions options;
        options.idleTimeoutSeconds = 300;
        QCOMPARE(KioskSettingsWriter::write(options, path), QString());
        QStringList problems;
        const QList<HelpLine> lines = ClinicHelpLines::read(path, &problems);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().number, QStringLiteral("555 0100"));
        QCOMPARE(KioskSettings(path).options().idleTimeoutSeconds, 300);
        QSettings written(path, QSettings::IniFormat);
        QVERIFY(!written.contains(QStringLiteral("kiosk/stale")));
    }

    void noSettingsFileMeansNoClinicLines() {
        QStringList problems;
        QVERIFY(
            ClinicHelpLines::read(QStringLiteral("/nonexistent/kiosk.conf"), &problems).isEmpty());
        QVERIFY(problems.isEmpty());
    }

    void translatesTextsButNeverLosesANumber() {
        const HelpDirectory help = HelpDirectory::bundled();
        const QList<QPair<QString, QString>> units = help.translatableTexts();
        QCOMPARE(units.first().first, QStringLiteral("help/title"));
        const HelpLine us = help.bundledLines().first();
        const QString how = QStringLiteral("help/line/%1/how").arg(us.region);
        const HelpDirectory translated =
            help.translated({{QStringLiteral("help/title"), QStringLiteral("Título")},
                             {how, QStringLiteral("Llame (sin número)")}});
        QCOMPARE(translated.text().title, QStringLiteral("Título"));
        QCOMPARE(translated.bundledLines().first().how, us.how); // the number would be lost
        QCOMPARE(translated.text().emergency, help.text().emergency);
        const HelpDirectory withNumber =
            help.translated({{how, QStringLiteral("Llame al %1.").arg(us.number)}});
        QCOMPARE(withNumber.bundledLines().first().how,
                 QStringLiteral("Llame al %1.").arg(us.number));
    }
};

QTEST_GUILESS_MAIN(TestHelpDirectory)
#include "tst_helpdirectory.moc"
