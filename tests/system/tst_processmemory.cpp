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

    void countsChildProcessesToo() {
        const qint64 alone = processTreePssKiB(QCoreApplication::applicationPid());
        QProcess child;
        child.start(QStringLiteral("sleep"), {QStringLiteral("5")});
        QVERIFY(child.waitForStarted());
        QTest::qWait(100);
        const qint64 withChild = processTreePssKiB(QCoreApplication::applicationPid());
        const qint64 childOnly = processTreePssKiB(child.processId());
        child.kill();
        child.waitForFinished();
        QVERIFY(childOnly > 0);
        QVERIFY(withChild >= alone + childOnly / 2);
    }

    void returnsZeroForAProcessThatDoesNotExist() { QCOMPARE(processTreePssKiB(999999999), 0); }
};

QTEST_GUILESS_MAIN(TestProcessMemory)
#include "tst_processmemory.moc"
