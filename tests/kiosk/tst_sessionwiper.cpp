// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/sessionwiper.h"
#include "user/userstore.h"

#include <QTest>
#include <stdexcept>

using namespace pr;

namespace {

EntryKey key(const char *entry) {
    return {QStringLiteral("ketamine-faq"), QLatin1String(entry)};
}

// Stands in for what the kiosk window holds about a visitor, apart from the user store.
struct FakeVisitorState {
    QStringList openPages;
    QString searchText;
    QStringList searchResults;
    double zoom = 1.0;
    QString language = QStringLiteral("en");
    QString clipboard;
    QStringList webStorage; // cache, cookies, local storage of the web profile

    void visitorReads() {
        openPages = {QStringLiteral("entry:what-is"), QStringLiteral("entry:side-effects")};
        searchText = QStringLiteral("nausea");
        searchResults = {QStringLiteral("side-effects")};
        zoom = 1.5;
        language = QStringLiteral("es");
        clipboard = QStringLiteral("copied answer text");
        webStorage = {QStringLiteral("cache entry")};
    }
};

// Registers every step the way the kiosk window does.
void registerSteps(SessionWiper &wiper, UserStore &store, FakeVisitorState &ui) {
    wiper.addStep(QStringLiteral("bookmarks-notes-history"), [&store] {
        return store.wipe() ? QString() : QStringLiteral("the user store could not be wiped");
    });
    wiper.addStepThatCannotFail(QStringLiteral("open-pages"), [&ui] { ui.openPages.clear(); });
    wiper.addStepThatCannotFail(QStringLiteral("search"), [&ui] {
        ui.searchText.clear();
        ui.searchResults.clear();
    });
    wiper.addStepThatCannotFail(QStringLiteral("zoom"), [&ui] { ui.zoom = 1.0; });
    wiper.addStepThatCannotFail(QStringLiteral("language"),
                                [&ui] { ui.language = QStringLiteral("en"); });
    wiper.addStepThatCannotFail(QStringLiteral("clipboard"), [&ui] { ui.clipboard.clear(); });
    wiper.addStepThatCannotFail(QStringLiteral("web-profile"), [&ui] { ui.webStorage.clear(); });
}

} // namespace

class TestSessionWiper : public QObject {
    Q_OBJECT

private slots:
    void runsEveryStepOnceInTheOrderRegistered() {
        SessionWiper wiper;
        QStringList ran;
        for (const QString &name : SessionWiper::visitorData())
            wiper.addStepThatCannotFail(name, [&ran, name] { ran.append(name); });
        const SessionWiper::Report report = wiper.wipeAll();
        QCOMPARE(ran, SessionWiper::visitorData());
        QVERIFY(report.allWiped());
        QCOMPARE(report.steps.size(), SessionWiper::visitorData().size());
        for (int i = 0; i < report.steps.size(); ++i) {
            QCOMPARE(report.steps.at(i).name, SessionWiper::visitorData().at(i));
            QVERIFY(report.steps.at(i).ok());
        }
    }

    void aFailingStepDoesNotStopTheOthersAndIsReported() {
        SessionWiper wiper;
        QStringList ran;
        wiper.addStep(QStringLiteral("search"), [&] {
            ran.append(QStringLiteral("search"));
            return QStringLiteral("the search box is gone");
        });
        wiper.addStep(QStringLiteral("zoom"), [&]() -> QString {
            ran.append(QStringLiteral("zoom"));
            throw std::runtime_error("zoom exploded");
        });
        wiper.addStepThatCannotFail(QStringLiteral("clipboard"),
                                    [&] { ran.append(QStringLiteral("clipboard")); });
        const SessionWiper::Report report = wiper.wipeAll();
        QCOMPARE(ran, (QStringList{QStringLiteral("search"), QStringLiteral("zoom"),
                                   QStringLiteral("clipboard")}));
        QVERIFY(!report.allWiped());
        QCOMPARE(report.failedSteps(),
                 (QStringList{QStringLiteral("search"), QStringLiteral("zoom")}));
        QCOMPARE(report.toString(), QStringLiteral("search: FAILED: the search box is gone\n"
                                                   "zoom: FAILED: zoom exploded\n"
                                                   "clipboard: wiped"));
    }

    void registeringANameAgainReplacesItsStep() {
        SessionWiper wiper;
        int first = 0;
        int second = 0;
        wiper.addStepThatCannotFail(QStringLiteral("zoom"), [&] { ++first; });
        wiper.addStepThatCannotFail(QStringLiteral("zoom"), [&] { ++second; });
        wiper.wipeAll();
        QCOMPARE(first, 0);
        QCOMPARE(second, 1);
        QCOMPARE(wiper.stepNames(), QStringList{QStringLiteral("zoom")});
    }

    void tellsWhichVisitorDataNothingWipesYet() {
        SessionWiper wiper;
        QCOMPARE(wiper.missingSteps(), SessionWiper::visitorData());
        wiper.addStepThatCannotFail(QStringLiteral("clipboard"), [] {});
        QVERIFY(!wiper.missingSteps().contains(QStringLiteral("clipboard")));
        QCOMPARE(wiper.missingSteps().size(), SessionWiper::visitorData().size() - 1);
    }

    void nothingAVisitorLeftSurvivesTheReset() {
        UserStore store(UserStore::ephemeralPath());
        FakeVisitorState ui;
        SessionWiper wiper;
        registerSteps(wiper, store, ui);
        QVERIFY(wiper.missingSteps().isEmpty());

        ui.visitorReads();
        QVERIFY(store.addBookmark(key("what-is"), QStringLiteral("ask about driving home")));
        QVERIFY(store.markRead(key("what-is")));
        QVERIFY(store.markRead(key("side-effects")));
        QVERIFY(store.setScrollPosition(key("side-effects"), 0.4));
        QVERIFY(store.setLastOpened(key("side-effects")));

        const SessionWiper::Report report = wiper.wipeAll();
        QVERIFY2(report.allWiped(), qPrintable(report.toString()));

        QCOMPARE(store.bookmarkCount(), 0);
        QVERIFY(!store.bookmark(key("what-is")));
        QVERIFY(store.recentlyRead().isEmpty());
        QVERIFY(!store.scrollPosition(key("side-effects")));
        QVERIFY(!store.lastOpened());
        QVERIFY(ui.openPages.isEmpty());
        QVERIFY(ui.searchText.isEmpty());
        QVERIFY(ui.searchResults.isEmpty());
        QCOMPARE(ui.zoom, 1.0);
        QCOMPARE(ui.language, QStringLiteral("en"));
        QVERIFY(ui.clipboard.isEmpty());
        QVERIFY(ui.webStorage.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionWiper)
#include "tst_sessionwiper.moc"
