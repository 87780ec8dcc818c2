// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// Time to switch the language while reading: from choosing a language to the current answer
// shown again in it (pack loaded and merged, search index rebuilt, interface retranslated, page
// re-rendered and loaded). Median and worst of 20 switches, offscreen.
// Usage: QT_QPA_PLATFORM=offscreen language_switch_benchmark [PACK-FOLDER]
#include "content/packreader.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "readersettings.h"
#include "schemehandler.h"
#include "session/readersession.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[]) {
    pr::SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    const QString folder =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(PR_BINARY_DIR "/i18n/packs");
    QTemporaryDir dir;
    QSettings qsettings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    pr::ReaderSettings settings(qsettings);
    pr::PageServer server;
    pr::UserStore store(pr::UserStore::ephemeralPath());
    pr::ReaderSession session(store);
    pr::MainWindow window(session, server, settings);
    const pr::Pack base = *pr::PackReader().read(pr::PackReader::bundledPackPath()).pack;
    pr::LanguageSwitcher languages(base, session, settings, {folder});
    window.setLanguageSwitcher(&languages);
    window.show();

    auto waitForAnswer = [&] {
        QEventLoop loop;
        QObject::connect(&window, &pr::MainWindow::answerLoaded, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
    };
    window.showPack(base, QStringLiteral("cost"));
    waitForAnswer();

    const QStringList order = {QStringLiteral("es"), QStringLiteral("ar"), QStringLiteral("en")};
    QList<qint64> micros;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        languages.switchTo(order.at(i % order.size()));
        waitForAnswer();
        if (i > 0) // the first switch warms caches up
            micros.append(timer.nsecsElapsed() / 1000);
    }
    std::sort(micros.begin(), micros.end());
    std::printf(
        "language switch, answer re-rendered (%lld switches): median %.1f ms, worst %.1f ms\n",
        static_cast<long long>(micros.size()), micros.at(micros.size() / 2) / 1000.0,
        micros.last() / 1000.0);
    return 0;
}
