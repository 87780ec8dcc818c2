// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "faqpackrun.h"
#include "translation/xlifffile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace pr;
using pr::test::FaqpackRun;
using pr::test::runFaqpack;

namespace {

const QString kBase = QStringLiteral(PR_FIXTURES_DIR "/langpacks/base");

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

// Translation files that are wrong in ways a reader could miss, or made to crash or hang it:
// `faqpack validate` and `faqpack import` read them the same way and give the same verdict
// (issue 12).
class TestHostileTranslations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A fresh export of the test base pack.
    QString exported(const QString &name) {
        const QString path = m_dir.filePath(name);
        const FaqpackRun run = runFaqpack({QStringLiteral("export"), QStringLiteral("--from"),
                                           kBase, QStringLiteral("--lang"), QStringLiteral("es"),
                                           QStringLiteral("-o"), path});
        return run.exitCode == 0 ? path : QString();
    }

    FaqpackRun validate(const QString &path) {
        return runFaqpack({QStringLiteral("validate"), path, QStringLiteral("--base"), kBase});
    }
    FaqpackRun import(const QString &path) {
        return runFaqpack({QStringLiteral("import"), path, QStringLiteral("--base"), kBase,
                           QStringLiteral("-o"), m_dir.filePath(QStringLiteral("out.prpack"))});
    }

    // Both refuse the file, each naming the same problem.
    void bothRefuse(const QString &path, const QString &problem) {
        const FaqpackRun checked = validate(path);
        QCOMPARE(checked.exitCode, 1);
        const QString said = checked.out + checked.err;
        QVERIFY2(said.contains(problem), qPrintable(said));
        const FaqpackRun imported = import(path);
        QCOMPARE(imported.exitCode, 1);
        QVERIFY2(imported.err.contains(problem), qPrintable(imported.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("out.prpack"))));
    }

private slots:
    void aNulInAPoFileIsRefusedByValidateAndImportAlike() {
        const QString po = exported(QStringLiteral("nul.po"));
        QVERIFY(!po.isEmpty());
        QByteArray bytes = readAll(po);
        const qsizetype at = bytes.indexOf("msgstr \"\"", bytes.indexOf("msgctxt"));
        QVERIFY(at > 0);
        bytes.replace(at, 9, QByteArray("msgstr \"A\0B\"", 12));
        QVERIFY(writeAll(po, bytes));
        const int line = int(bytes.left(at).count('\n')) + 1;
        bothRefuse(po, QStringLiteral("nul.po:%1: error: holds a NUL character").arg(line));
    }

    void aRepeatedXliffUnitIsRefusedByValidateAndImportAlike() {
        const QString xlf = exported(QStringLiteral("twice.xlf"));
        QVERIFY(!xlf.isEmpty());
        QByteArray bytes = readAll(xlf);
        const qsizetype start = bytes.indexOf("<trans-unit");
        const qsizetype end = bytes.indexOf("</trans-unit>", start) + 13;
        QVERIFY(start > 0 && end > start);
        bytes.insert(end, "\n" + bytes.mid(start, end - start));
        QVERIFY(writeAll(xlf, bytes));
        bothRefuse(xlf, QStringLiteral("appears twice"));
    }

    void deeplyNestedXliffIsRefusedWithoutACrash() {
        const QString xlf = exported(QStringLiteral("deep.xlf"));
        QVERIFY(!xlf.isEmpty());
        QByteArray bytes = readAll(xlf);
        const qsizetype source = bytes.indexOf("<source>") + 8;
        QVERIFY(source > 8);
        QByteArray deep;
        for (int i = 0; i < 200000; ++i)
            deep += "<g>";
        for (int i = 0; i < 200000; ++i)
            deep += "</g>";
        bytes.insert(source, deep);
        QVERIFY(writeAll(xlf, bytes));
        bothRefuse(xlf, QStringLiteral("nested more than"));

        // The reader itself, in this process: an error, not a stack overflow.
        PackProblems problems;
        QVERIFY(!XliffFile::read(bytes, xlf, &problems));
        QVERIFY(!problems.isEmpty());
    }

    void aFifoOrADeviceGivenAsATranslationFileIsRefusedAtOnce() {
        const QString fifo = m_dir.filePath(QStringLiteral("pipe.po"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        bothRefuse(fifo, QStringLiteral("FIFO"));
        const QString zero = m_dir.filePath(QStringLiteral("zero.xlf"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        bothRefuse(zero, QStringLiteral("not a regular file"));
    }
};

QTEST_GUILESS_MAIN(TestHostileTranslations)
#include "tst_hostiletranslations.moc"
