// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "system/processmemory.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTest>

using namespace pr;

class TestProcessMemory : public QObject {
    Q_OBJECT

private slots:
    void measuresThisProcess() {
        QVERIFY(processTreePssKiB(QCoreApplication::applicationPid()) > 100);
    }

    void addsUpTheProcessAndItsDescendants() {
        // An idle shell with an idle child: their memory does not move while we read it.
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("sleep 30 & wait")});
        QVERIFY(shell.waitForStarted());
        // Until the shell has started its child, the tree is the shell alone.
        QTRY_VERIFY_WITH_TIMEOUT(
            processTreePssKiB(shell.processId()) > processPssKiB(shell.processId()), 10000);
        const qint64 shellOnly = processPssKiB(shell.processId());
        shell.kill();
        shell.waitForFinished();
        QVERIFY(shellOnly > 0);
    }

    void countsTheProcessesThreadsAndDescriptorsOfATree() {
        QProcess shell;
        shell.start(QStringLiteral("sh"),
                    {QStringLiteral("-c"), QStringLiteral("sleep 30 & sleep 30 & wait")});
        QVERIFY(shell.waitForStarted());
        // Both children forked: the shell and its two sleeps.
        QTRY_COMPARE(processTreeStats(shell.processId()).pids.size(), 3);
        const qint64 pid = shell.processId();
        const ProcessTreeStats stats = processTreeStats(pid);
        shell.kill();
        shell.waitForFinished();
        QCOMPARE(stats.pids.first(), pid);
        QCOMPARE(stats.threads, 3);              // one thread each
        QVERIFY(stats.fileDescriptors >= 3 * 3); // at least stdin, stdout, stderr each
        QVERIFY(stats.pssKiB > 0);
    }

    void reportsNothingForAProcessThatDoesNotExist() {
        const ProcessTreeStats stats = processTreeStats(999999999);
        QVERIFY(stats.pids.isEmpty());
        QCOMPARE(stats.pssKiB, 0);
    }

    void returnsZeroForAProcessThatDoesNotExist() { QCOMPARE(processTreePssKiB(999999999), 0); }
};

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
