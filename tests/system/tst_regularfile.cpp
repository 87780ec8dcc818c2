// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "system/regularfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace pr;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool makeFifo(const QString &path) {
    return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
}

} // namespace

class TestRegularFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void readsARegularFileWhole() {
        QVERIFY(writeFile(path(QStringLiteral("plain.txt")), "hello"));
        QString error;
        const std::optional<QByteArray> bytes =
            RegularFile::read(path(QStringLiteral("plain.txt")), 100, &error);
        QVERIFY2(bytes, qPrintable(error));
        QCOMPARE(*bytes, QByteArray("hello"));
    }

    void refusesAFifoAtOnceInsteadOfWaitingForAWriter() {
        const QString fifo = path(QStringLiteral("pipe.po"));
        QVERIFY(makeFifo(fifo));
        FileProblem problem;
        QVERIFY(!RegularFile::read(fifo, 100, &problem));
        QCOMPARE(problem.kind, FileProblem::Kind::NotRegular);
        QVERIFY2(problem.toString().contains(QStringLiteral("FIFO")), qPrintable(problem.what));
        QString error;
        QVERIFY(!RegularFile::check(fifo, 100, &error));
    }

    void neverReadsADeviceBehindALink() {
        const QString link = path(QStringLiteral("zero.xlf"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), link));
        FileProblem problem;
        QVERIFY(!RegularFile::read(link, 1024, &problem, RegularFile::Links::Follow));
        QCOMPARE(problem.kind, FileProblem::Kind::NotRegular);
        QVERIFY2(problem.what.contains(QStringLiteral("device")), qPrintable(problem.what));
    }

    void refusesALinkWhenAskedToEvenToARegularFile() {
        QVERIFY(writeFile(path(QStringLiteral("target.txt")), "secret"));
        const QString link = path(QStringLiteral("link.txt"));
        QVERIFY(QFile::link(path(QStringLiteral("target.txt")), link));
        FileProblem problem;
        QVERIFY(!RegularFile::read(link, 100, &problem, RegularFile::Links::Refuse));
        QCOMPARE(problem.kind, FileProblem::Kind::Link);
        QVERIFY(RegularFile::read(link, 100, &problem, RegularFile::Links::Follow));
    }

    void refusesAFileOverTheLimitBeforeReadingIt() {
        QVERIFY(writeFile(path(QStringLiteral("big.txt")), QByteArray(5000, 'x')));
        FileProblem problem;
        QVERIFY(!RegularFile::read(path(QStringLiteral("big.txt")), 4999, &problem));
        QCOMPARE(problem.kind, FileProblem::Kind::TooLarge);
        QVERIFY2(problem.what.contains(QStringLiteral("5000 bytes")), qPrintable(problem.what));
    }

    void namesAMissingFile() {
        FileProblem problem;
        QVERIFY(!RegularFile::read(path(QStringLiteral("nothing-here")), 10, &problem));
        QCOMPARE(problem.kind, FileProblem::Kind::Missing);
    }

    void readsAFileInsideAFolderByItsRelativePath() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("pack/answers")));
        QVERIFY(writeFile(path(QStringLiteral("pack/answers/a.md")), "answer"));
        FileProblem problem;
        const std::optional<QByteArray> bytes = RegularFile::readInside(
            path(QStringLiteral("pack")), QStringLiteral("answers/a.md"), 100, &problem);
        QVERIFY2(bytes, qPrintable(problem.toString()));
        QCOMPARE(*bytes, QByteArray("answer"));
    }

    void neverFollowsALinkInsideAFolderNeitherTheFileNorAFolderOnTheWay() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("inside/answers")));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("outside")));
        QVERIFY(writeFile(path(QStringLiteral("outside/secret.md")), "SECRET"));
        QVERIFY(QFile::link(path(QStringLiteral("outside/secret.md")),
                            path(QStringLiteral("inside/answers/linked.md"))));
        QVERIFY(QFile::link(path(QStringLiteral("outside")), path(QStringLiteral("inside/more"))));
        const QString root = path(QStringLiteral("inside"));

        FileProblem problem;
        QVERIFY(!RegularFile::readInside(root, QStringLiteral("answers/linked.md"), 100, &problem));
        QCOMPARE(problem.kind, FileProblem::Kind::Link);
        QVERIFY(!RegularFile::readInside(root, QStringLiteral("more/secret.md"), 100, &problem));
        QCOMPARE(problem.kind, FileProblem::Kind::Link);
        QVERIFY2(problem.what.contains(QStringLiteral("more")), qPrintable(problem.what));
        QVERIFY(
            !RegularFile::readInside(root, QStringLiteral("../outside/secret.md"), 100, &problem));
    }

    void refusesAFifoInsideAFolderWithoutBlocking() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("fifo-pack")));
        QVERIFY(makeFifo(path(QStringLiteral("fifo-pack/entries.json"))));
        FileProblem problem;
        QVERIFY(!RegularFile::readInside(path(QStringLiteral("fifo-pack")),
                                         QStringLiteral("entries.json"), 100, &problem));
        QCOMPARE(problem.kind, FileProblem::Kind::NotRegular);
    }
};

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regularfile.moc"
