// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutcommand.h"

#include "content/packreader.h"
#include "handout/handoutbuilder.h"
#include "handout/handoutselection.h"
#include "handout/pagenumberstamper.h"
#include "handoutprinter.h"
#include "languageswitcher.h"
#include "models/myquestionsmodel.h"
#include "readersettings.h"
#include "session/readersession.h"
#include "signing/contenttrustpolicy.h"
#include "startupoptions.h"
#include "user/userstore.h"

#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <cstdio>

namespace pr {
namespace {

void fail(const QString &message) {
    std::fprintf(stderr, "patient-reader: %s\n", qPrintable(message));
}

} // namespace

int runHandoutCommand(const StartupOptions &options, const QStringList &packFolders) {
    const ContentTrustPolicy policy(TrustedKeys::load(TrustedKeys::standardFolders(false)), false);
    const QString packPath =
        options.packDirectory.isEmpty() ? PackReader::bundledPackPath() : options.packDirectory;
    const PackReadResult read = policy.readPack(packPath);
    if (!read.ok()) {
        for (const PackProblem &p : read.problems)
            fail(packPath + QLatin1Char('/') + p.toString());
        return 1;
    }

    // The command must not change the reader's remembered language: its settings are its own.
    QTemporaryDir settingsDir;
    QSettings settingsFile(settingsDir.filePath(QStringLiteral("handout.ini")),
                           QSettings::IniFormat);
    ReaderSettings settings(settingsFile);
    // The command reads no reader's state through the session: an in-memory store.
    UserStore sessionStore(UserStore::ephemeralPath());
    ReaderSession session(sessionStore);
    LanguageSwitcher languages(*read.pack, session, settings, packFolders, &policy);
    if (!options.languagePack.isEmpty()) {
        const PackProblems problems = languages.loadPack(options.languagePack);
        if (hasErrors(problems)) {
            for (const PackProblem &p : problems)
                fail(options.languagePack + QStringLiteral(": ") + p.toString());
            return 2;
        }
    } else if (!options.language.isEmpty()) {
        const PackProblems problems = languages.switchTo(options.language);
        if (hasErrors(problems)) {
            QStringList tags;
            for (const AvailableLanguage &l : languages.catalog().languages())
                tags.append(l.languageTag);
            fail(QStringLiteral("--language %1: ").arg(options.language) +
                 QObject::tr("no language pack for \"%1\" is installed. Installed: %2.")
                     .arg(options.language, tags.join(QStringLiteral(", "))));
            return 2;
        }
    }
    const Pack &pack = languages.currentPack();

    const HandoutSelection selection = HandoutSelection::parse(options.handout, pack);
    if (!selection.ok()) {
        fail(QStringLiteral("--handout: ") + selection.error);
        return 2;
    }
    const QFileInfo target(options.output);
    if (!target.absoluteDir().exists()) {
        fail(QObject::tr("-o %1: the folder %2 does not exist.")
                 .arg(options.output, QDir::toNativeSeparators(target.absolutePath())));
        return 1;
    }
    if (target.isDir()) {
        fail(QObject::tr("-o %1: this is a folder; give a file name ending in .pdf.")
                 .arg(options.output));
        return 1;
    }

    HandoutRequest request;
    request.entryIds = selection.entryIds;
    request.includeMyQuestions = selection.myQuestions;
    request.printedOn = QDate::currentDate();
    if (options.paper == QLatin1String("letter"))
        request.paper = HandoutRequest::Paper::Letter;
    if (selection.myQuestions) {
        const UserStore store(UserStore::defaultPath());
        request.myQuestions = MyQuestionsModel::textsOf(store.myQuestions(), pack);
    }

    HandoutPrinter printer;
    QEventLoop loop;
    QByteArray pdf;
    QString error;
    QObject::connect(&printer, &HandoutPrinter::finished, &loop,
                     [&](const QByteArray &result, const QString &message) {
                         pdf = result;
                         error = message;
                         loop.quit();
                     });
    printer.render(HandoutBuilder(pack).html(request), request.paper, pack.manifest().language);
    loop.exec();
    if (pdf.isEmpty()) {
        fail(error);
        return 1;
    }
    if (const QString writeError = HandoutPrinter::writePdf(pdf, options.output);
        !writeError.isEmpty()) {
        fail(writeError);
        return 1;
    }
    std::printf("%s\n", qPrintable(QObject::tr("Handout written to %1 (%n page(s)).", nullptr,
                                               PageNumberStamper::pageCount(pdf, nullptr))
                                       .arg(options.output)));
    return 0;
}

} // namespace pr
