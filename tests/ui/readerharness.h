// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "answerview.h"
#include "content/packreader.h"
#include "mainwindow.h"
#include "readersettings.h"
#include "session/readersession.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A main window with everything it needs, on throw-away settings and user data, for the UI
// suites. Create it in init(), reset it in cleanup().
struct ReaderHarness {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> qsettings;
    std::unique_ptr<pr::ReaderSettings> settings;
    std::unique_ptr<pr::PageServer> server;
    std::unique_ptr<pr::UserStore> store;
    std::unique_ptr<pr::ReaderSession> session;
    std::unique_ptr<pr::MainWindow> window;
    pr::Pack bundled;

    // persistentStore: a user store in a file; otherwise an ephemeral one.
    explicit ReaderHarness(bool persistentStore) {
        qsettings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                                QSettings::IniFormat);
        settings = std::make_unique<pr::ReaderSettings>(*qsettings);
        server = std::make_unique<pr::PageServer>();
        store = std::make_unique<pr::UserStore>(persistentStore
                                                    ? dir.filePath(QStringLiteral("user.sqlite"))
                                                    : pr::UserStore::ephemeralPath());
        session = std::make_unique<pr::ReaderSession>(*store);
        window = std::make_unique<pr::MainWindow>(*session, *server, *settings);
        bundled =
            pr::PackReader().read(pr::PackReader::bundledPackPath()).pack.value_or(pr::Pack());
    }

    ~ReaderHarness() {
        window.reset(); // before the session, the store and the server it uses
    }

    // True once entryId is shown and its page has finished loading.
    bool waitForAnswer(const QString &entryId) const {
        return QTest::qWaitFor(
            [&] {
                return window->currentEntryId() == entryId && !window->answerView()->isLoading() &&
                       window->answerView()->title() != window->answerView()->url().toString();
            },
            20000);
    }
};
