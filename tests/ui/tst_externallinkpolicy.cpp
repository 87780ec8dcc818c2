// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "externallinkpolicy.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace pr;

// Only web and mail links ever leave the app, and only after the reader agrees (issue 12).
class TestExternalLinkPolicy : public QObject {
    Q_OBJECT

private slots:
    void offersOnlyWebAndMailLinks_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << QStringLiteral("https://example.org/faq") << true;
        QTest::newRow("http") << QStringLiteral("http://example.org/") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:clinic@example.org") << true;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("data") << QStringLiteral("data:text/html,hello") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/") << false;
        QTest::newRow("smb") << QStringLiteral("smb://server/share") << false;
        QTest::newRow("https without a host") << QStringLiteral("https:///path") << false;
        QTest::newRow("empty mailto") << QStringLiteral("mailto:") << false;
    }
    void offersOnlyWebAndMailLinks() {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(ExternalLinkPolicy::isOpenable(QUrl(url)), openable);
    }

    void refusesAnyOtherSchemeAtOnceWithoutAsking() {
        QWidget window;
        ExternalLinkPolicy policy(ExternalLinkPolicy::Mode::AskFirst, &window);
        QSignalSpy refused(&policy, &ExternalLinkPolicy::refused);
        // A dialog would block here (exec()); the refusal comes at once instead.
        policy.handle(QUrl(QStringLiteral("javascript:alert(1)")));
        QCOMPARE(refused.count(), 1);
        policy.handle(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(refused.count(), 2);
    }

    // WebEngine asks from inside its navigation callback: the question must not block it.
    void asksWithoutBlockingTheCallerAndRefusesWhenCancelled() {
        QWidget window;
        window.show();
        ExternalLinkPolicy policy(ExternalLinkPolicy::Mode::AskFirst, &window);
        QSignalSpy refused(&policy, &ExternalLinkPolicy::refused);
        policy.handle(QUrl(QStringLiteral("https://example.org/")));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("openWebPageQuestion"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(refused.count(), 0);
        box->button(QMessageBox::Cancel)->click();
        QTRY_COMPARE(refused.count(), 1);
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("openWebPageQuestion")));
    }
};

QTEST_MAIN(TestExternalLinkPolicy)
#include "tst_externallinkpolicy.moc"
