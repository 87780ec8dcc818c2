// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "chromiumflags.h"

#include <QTest>

using namespace pr;

class TestChromiumFlags : public QObject {
    Q_OBJECT

private slots:
    void addsTheReaderSwitchesAfterThoseTheEnvironmentGives() {
        const QByteArrayList flags = chromiumFlags("--enable-logging --v=1").split(' ');
        QCOMPARE(flags.mid(0, 2), (QByteArrayList{"--enable-logging", "--v=1"}));
        QVERIFY(flags.contains("--no-unsandboxed-zygote"));
        QVERIFY(flags.contains("--renderer-process-limit=1"));
    }

    void keepsTheValueTheEnvironmentSetsForASwitch() {
        const QByteArrayList flags = chromiumFlags("--renderer-process-limit=4").split(' ');
        QCOMPARE(flags.count("--renderer-process-limit=4"), 1);
        QVERIFY(!flags.contains("--renderer-process-limit=1"));
    }

    void namesASwitchTheEnvironmentAlreadyGivesOnce() {
        const QByteArrayList flags = chromiumFlags("--no-unsandboxed-zygote --v=1").split(' ');
        QCOMPARE(flags.count("--no-unsandboxed-zygote"), 1);
        QCOMPARE(flags.mid(0, 2), (QByteArrayList{"--no-unsandboxed-zygote", "--v=1"}));
    }

    void neverGivesUpTheSandbox() {
        const QByteArray flags = chromiumFlags(QByteArray());
        for (const char *weakening : {"--single-process", "--no-sandbox", "--no-zygote",
                                      "--disable-seccomp-filter-sandbox", "--disable-web-security"})
            QVERIFY2(!flags.contains(weakening), weakening);
    }

    void addsEachSwitchOnceWhenAppliedTwice() {
        const QByteArray once = chromiumFlags(QByteArray());
        QCOMPARE(chromiumFlags(once), once);
    }
};

QTEST_GUILESS_MAIN(TestChromiumFlags)
#include "tst_chromiumflags.moc"
