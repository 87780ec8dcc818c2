// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translation/packfolderwatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

class TestPackFolderWatcher : public QObject {
    Q_OBJECT

    static void write(const QString &path, const QByteArray &bytes) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void saysOnceWhenAnAnswerFileChanges() {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("answers")));
        write(dir.filePath(QStringLiteral("answers/cost.md")), "one");
        PackFolderWatcher watcher;
        watcher.setSettleTime(100);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &PackFolderWatcher::changed);
        write(dir.filePath(QStringLiteral("answers/cost.md")), "two");
        write(dir.filePath(QStringLiteral("answers/cost.md")), "three");
        QVERIFY(spy.wait(3000));
        // A later change is said again: had the two writes above been said twice, that second
        // signal would come before this one's.
        write(dir.filePath(QStringLiteral("answers/cost.md")), "four");
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 2, 3000);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.first().first().toString(), dir.path());
    }

    void keepsWatchingAFileAnEditorReplaced() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("manifest.json")), "{}");
        PackFolderWatcher watcher;
        watcher.setSettleTime(100);
        watcher.watch(dir.path());
        QSignalSpy spy(&watcher, &PackFolderWatcher::changed);
        QFile::remove(dir.filePath(QStringLiteral("manifest.json")));
        write(dir.filePath(QStringLiteral("manifest.json")), "{\"a\": 1}");
        QVERIFY(spy.wait(3000));
        write(dir.filePath(QStringLiteral("manifest.json")), "{\"a\": 2}");
        QVERIFY(spy.wait(3000));
    }

    void staysQuietWhenToldToStop() {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("entries.json")), "{}");
        PackFolderWatcher watcher;
        watcher.setSettleTime(50);
        watcher.watch(dir.path());
        watcher.watch(QString());
        QSignalSpy spy(&watcher, &PackFolderWatcher::changed);
        write(dir.filePath(QStringLiteral("entries.json")), "{\"x\": 1}");
        QVERIFY(!spy.wait(500));
    }
};

QTEST_GUILESS_MAIN(TestPackFolderWatcher)
#include "tst_packfolderwatcher.moc"
