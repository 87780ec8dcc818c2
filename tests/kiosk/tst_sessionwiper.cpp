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

    // The store's step, with the real store. The window's own steps (pages, search, zoom,
    // language, clipboard, web profile) are checked on the real window in tst_kiosk
    // (wipesEverythingTheVisitorLeftWhenTheCountdownEnds), not on a stand-in here.
    void leavesNothingAVisitorSavedInTheUserStore() {
        UserStore store(UserStore::ephemeralPath());
        SessionWiper wiper;
        wiper.addStep(QStringLiteral("bookmarks-notes-history"), [&store] {
            return store.wipe() ? QString() : QStringLiteral("the user store could not be wiped");
        });
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
    }
};

QTEST_GUILESS_MAIN(TestSessionWiper)
#include "tst_sessionwiper.moc"
