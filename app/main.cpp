// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerview.h"
#include "chromiumflags.h"
#include "comfortcontroller.h"
#include "content/packreader.h"
#include "handoutcommand.h"
#include "handoutfeature.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/kioskshell.h"
#include "kiosk/watchdogpinger.h"
#include "kioskcontroller.h"
#include "kiosksetupdialog.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "paintprobe.h"
#include "qtspeechengine.h"
#include "readaloudcontroller.h"
#include "readaloudtoolbar.h"
#include "readersettings.h"
#include "safety/clinichelplines.h"
#include "schemehandler.h"
#include "session/readersession.h"
#include "signing/contenttrustpolicy.h"
#include "startupoptions.h"
#include "system/inifile.h"
#include "system/processmemory.h"
#include "system/regularfile.h"
#include "translation/languagepackcatalog.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QMessageBox>
#include <QPrinterInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <utility>

namespace {

// patient-reader --kiosk-setup: the form that writes the system-wide kiosk settings.
int runKioskSetup(const pr::KioskSettings &current, const QStringList &packFolders) {
    for (const QString &problem : current.problems())
        std::fprintf(stderr, "patient-reader: kiosk settings: %s\n", qPrintable(problem));
    const pr::PackReadResult bundled = pr::PackReader().read(pr::PackReader::bundledPackPath());
    const pr::LanguagePackCatalog catalog =
        pr::LanguagePackCatalog::scan(bundled.pack.value_or(pr::Pack()), packFolders);
    pr::KioskSetupDialog dialog(current.options(), catalog.languages(),
                                QPrinterInfo::availablePrinterNames(), current.filePath());
    return dialog.exec() == QDialog::Accepted ? 0 : 1;
}

// The reader's own settings, read as plain text (see IniFile: no serialized value is built
// from the file). A settings file that is not a regular file of settings size is left where it
// is, untouched, and this run keeps its settings in memory.
std::unique_ptr<QSettings> openUserSettings(const QTemporaryDir &sessionDir) {
    auto settings = std::make_unique<QSettings>(pr::IniFile::settingsFormat(), QSettings::UserScope,
                                                QCoreApplication::organizationName(),
                                                QCoreApplication::applicationName());
    const QFileInfo info(settings->fileName());
    QString why;
    if ((info.exists() || info.isSymLink()) &&
        !pr::RegularFile::check(info.filePath(), pr::IniFile::maxFileBytes, &why)) {
        std::fprintf(stderr, "patient-reader: settings: %s; this session's settings are not kept\n",
                     qPrintable(why));
        return std::make_unique<QSettings>(sessionDir.filePath(QStringLiteral("settings.conf")),
                                           pr::IniFile::settingsFormat());
    }
    return settings;
}

} // namespace

int main(int argc, char *argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    // Without this, Qt WebEngine 6.4 hides the answer text from screen readers on Linux.
    qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    pr::applyChromiumFlags();
    pr::SchemeHandler::registerScheme();
    // --help works without a display: answer it before the GUI starts.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--help") == 0 || qstrcmp(argv[i], "-h") == 0) {
            // A core application only names the program in the usage line (help2man reads it).
            const QCoreApplication helpOnly(argc, argv);
            std::fprintf(
                stdout, "%s",
                qPrintable(pr::StartupOptions::parse(QCoreApplication::arguments()).helpText));
            return 0;
        }
    }
    // A handout for the front desk is printed with no window, even without a display (and a
    // mistake in its options is reported without one).
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--handout") == 0 || qstrncmp(argv[i], "--handout=", 10) == 0 ||
            qstrcmp(argv[i], "-o") == 0 || qstrcmp(argv[i], "--output") == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("patient-reader"));
    QApplication::setApplicationDisplayName(QStringLiteral("Patient Reader"));
    QApplication::setOrganizationName(QStringLiteral("patient-reader"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.patientreader.PatientReader"));

    const pr::StartupOptions options = pr::StartupOptions::parse(QApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "patient-reader: %s\n", qPrintable(options.error));
        return 2;
    }
    if (options.helpRequested) {
        std::fprintf(stdout, "%s", qPrintable(options.helpText));
        return 0;
    }
    const pr::KioskSettings kioskSettings;
    // The administrator's form is an ordinary window, even on a machine set up as a kiosk.
    const bool kiosk = (kioskSettings.options().enabled || options.kiosk) && !options.kioskSetup;
    if (kiosk) {
        // Text a step larger than on a desk, read at arm's length; set before any widget
        // exists so that every widget and dialog starts with it.
        QFont larger = QApplication::font();
        larger.setPointSizeF(larger.pointSizeF() * 1.25);
        QApplication::setFont(larger);
    }

    // Language packs: the system and user pack folders, and the build tree's own packs.
    QStringList packFolders = pr::LanguagePackCatalog::standardFolders();
    packFolders.prepend(QCoreApplication::applicationDirPath() + QStringLiteral("/../i18n/packs"));
    if (options.kioskSetup)
        return runKioskSetup(kioskSettings, packFolders);
    if (!options.handout.isEmpty())
        return pr::runHandoutCommand(options, packFolders);

    // A kiosk keeps nothing: its settings and user store live in memory for one run.
    QTemporaryDir kioskSettingsDir;
    auto settings = kiosk ? std::make_unique<QSettings>(
                                kioskSettingsDir.filePath(QStringLiteral("kiosk-session.ini")),
                                pr::IniFile::settingsFormat())
                          : openUserSettings(kioskSettingsDir);
    pr::ReaderSettings readerSettings(*settings);
    pr::PageServer server;
    {
        // A clinic's own help lines, from the system settings file, take precedence.
        pr::SafetyNotices notices = pr::SafetyNotices::bundled();
        QStringList problems;
        notices.setClinicLines(
            pr::ClinicHelpLines::read(pr::KioskSettings::systemFilePath(), &problems));
        for (const QString &problem : std::as_const(problems))
            std::fprintf(stderr, "patient-reader: help lines: %s\n", qPrintable(problem));
        server.setSafetyNotices(notices);
    }
    pr::UserStore store(kiosk ? pr::UserStore::ephemeralPath() : pr::UserStore::defaultPath());
    // The one owner of the pack in use, its language and search index, and the user store.
    pr::ReaderSession session(store);

    // Who vouches for the content: the project's key, the clinic's keys and, on a desktop, the
    // reader's own. A kiosk may be set to show nothing else.
    const pr::ContentTrustPolicy trustPolicy(
        pr::TrustedKeys::load(pr::TrustedKeys::standardFolders(kiosk)),
        kiosk && kioskSettings.options().requireSignedContent);
    for (const QString &problem : trustPolicy.keys().problems())
        std::fprintf(stderr, "patient-reader: trusted keys: %s\n", qPrintable(problem));

    // The bundled pack is read once; what is wrong with the pack that opens reaches the reader
    // (the problems panel) and, on a kiosk, the administrator (the journal).
    pr::PackReadResult bundled = trustPolicy.readPack(pr::PackReader::bundledPackPath());
    pr::Pack pack = bundled.pack.value_or(pr::Pack());
    pr::PackProblems packProblems = bundled.problems;
    QString packPath = pr::PackReader::bundledPackPath();
    pr::PackProblems refusedPackProblems; // of the --pack folder that the bundled FAQ replaces
    if (!options.packDirectory.isEmpty()) {
        pr::PackReadResult chosen = trustPolicy.readPack(options.packDirectory);
        if (chosen.ok()) {
            pack = *chosen.pack;
            packProblems = chosen.problems;
            packPath = options.packDirectory;
        } else {
            for (const pr::PackProblem &p : chosen.problems)
                std::fprintf(stderr, "patient-reader: %s/%s\n", qPrintable(options.packDirectory),
                             qPrintable(p.toString()));
            refusedPackProblems = chosen.problems;
        }
    }
    if (packPath == pr::PackReader::bundledPackPath())
        for (const pr::PackProblem &p : std::as_const(packProblems))
            std::fprintf(stderr, "patient-reader: %s/%s\n", qPrintable(packPath),
                         qPrintable(p.toString()));

    pr::LanguageSwitcher languages(pack, session, readerSettings, packFolders, &trustPolicy);
    // On a kiosk this is the administrator's only sign (in the journal) of a refused pack.
    for (const pr::UnusableLanguagePack &refused : languages.catalog().unusable())
        for (const pr::PackProblem &p : refused.problems)
            if (p.isError())
                std::fprintf(stderr, "patient-reader: %s not loaded: %s\n",
                             qPrintable(refused.path), qPrintable(p.toString()));
    // The language is chosen before the window shows anything, so the first page is in it.
    if (!options.languagePack.isEmpty()) {
        const pr::PackProblems problems = languages.loadPack(options.languagePack);
        for (const pr::PackProblem &p : problems)
            std::fprintf(stderr, "patient-reader: %s: %s\n", qPrintable(options.languagePack),
                         qPrintable(p.toString()));
    } else if (!options.language.isEmpty()) {
        for (const pr::PackProblem &p : languages.switchTo(options.language))
            std::fprintf(stderr, "patient-reader: --language %s: %s\n",
                         qPrintable(options.language), qPrintable(p.toString()));
    } else if (kiosk) {
        languages.switchTo(kioskSettings.options().language);
    } else {
        languages.restoreRememberedLanguage();
    }
    if (!session.hasPack()) // the pack's own language
        session.setPack(pack);
    if (!packProblems.isEmpty())
        session.setProblems(packProblems);

    pr::MainWindow window(session, server, readerSettings);
    window.setTrustPolicy(&trustPolicy);
    if (!refusedPackProblems.isEmpty() && !options.benchmarkStartup)
        window.reportPackProblems(
            QObject::tr("This pack cannot be read"),
            QObject::tr("The pack in %1 has problems. The bundled FAQ opens instead.")
                .arg(options.packDirectory),
            refusedPackProblems);

    // --benchmark-startup: the first frame of the page seen in a grab of the answer view, not a
    // load said to be finished; then the memory of the process tree 3 s later.
    pr::PaintProbe paintProbe(window.answerView());
    if (options.benchmarkStartup) {
        QObject::connect(&paintProbe, &pr::PaintProbe::painted, &app, [&] {
            std::printf("first answer painted after %lld ms\n",
                        static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QTimer::singleShot(3000, &app, [&] {
                std::printf("memory (PSS of the process tree): %lld KiB\n",
                            static_cast<long long>(
                                pr::processTreePssKiB(QCoreApplication::applicationPid())));
                std::fflush(stdout);
                app.quit();
            });
        });
        paintProbe.start();
    }
    window.setLanguageSwitcher(&languages);
    QString startEntry = options.entryId;
    if (startEntry.isEmpty() && !kiosk) {
        const std::optional<pr::EntryKey> last = store.lastOpened();
        if (last && last->packId == pack.manifest().id)
            startEntry = last->entryId;
    }
    // Read aloud: on a desktop always, on a kiosk when the clinic allows it.
    pr::QtSpeechEngine speech;
    std::unique_ptr<pr::ReadAloudController> readAloud;
    if (!kiosk || kioskSettings.options().readAloudAllowed) {
        readAloud =
            std::make_unique<pr::ReadAloudController>(*window.answerView(), speech, *settings);
        auto *readAloudBar = new pr::ReadAloudToolBar(*readAloud, &window);
        readAloudBar->setLargeControls(kiosk);
        window.addToolBarBreak(Qt::TopToolBarArea);
        window.addToolBar(Qt::TopToolBarArea, readAloudBar);
        QObject::connect(readAloud.get(), &pr::ReadAloudController::statusMessage, &window,
                         [&window](const QString &m) { window.tellVisitor(m); });
    }
    window.openStartPage(startEntry);
    std::unique_ptr<pr::KioskController> kioskController;
    pr::WatchdogPinger watchdog;
    // A problem in the file is reported even when it kept kiosk mode off.
    if (kiosk || kioskSettings.fileExists()) {
        for (const QString &problem : kioskSettings.problems())
            std::fprintf(stderr, "patient-reader: kiosk settings: %s\n", qPrintable(problem));
    }
    if (kiosk) {
        {
            // The clinic's reading comfort, for every visitor.
            pr::ThemeChoice theme = pr::ThemeChoice::System;
            pr::ReadingFont font = pr::ReadingFont::Default;
            pr::ComfortSettings::parseTheme(kioskSettings.options().theme, &theme);
            pr::ComfortSettings::parseFont(kioskSettings.options().readingFont, &font);
            window.comfort()->setDefaults(theme, font);
        }
        kioskController =
            std::make_unique<pr::KioskController>(window, store, kioskSettings.options());
        kioskController->setLanguages(languages);
        // Wrong PINs keep counting across a restart (the kiosk user's own state folder).
        kioskController->keepPinTriesIn(
            QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
            QStringLiteral("/kiosk-pin-tries"));
        QObject::connect(kioskController.get(), &pr::KioskController::leaveRequested, &app,
                         [&] { app.exit(0); });
        server.setAttractText(kioskSettings.options().attractText);
        if (pr::KioskShell *shell = window.kioskShell())
            shell->setClinicLine(kioskSettings.options().attractText);
        server.setSourceQrCode(true);
        window.resetForNextVisitor();
        watchdog.start();
    } else {
        window.show();
        if (!options.benchmarkStartup)
            window.welcomeOnFirstStart();
    }
    if (store.status().needsAttention() && !options.benchmarkStartup) {
        QTimer::singleShot(0, &window, [&] {
            QMessageBox box(QMessageBox::Warning, QObject::tr("Your bookmarks"),
                            store.status().userMessage(), QMessageBox::Ok, &window);
            box.setDetailedText(store.status().reason);
            box.exec();
        });
    }
    return app.exec();
}
