// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handout/pagenumberstamper.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pr;

namespace {

QByteArray pdfWithPages(int pages, QPageSize::PageSizeId size) {
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout::Portrait, QMarginsF()));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QPointF(500, 500), QStringLiteral("Body of sheet %1").arg(i + 1));
    }
    painter.end();
    return data;
}

// pdftotext, page by page (form feeds between pages).
QStringList pageTexts(const QByteArray &pdf) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

class TestPageNumberStamper : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext is missing: install poppler-utils (packaging/install-deps.sh)");
    }

    void everyPageGetsItsNumberAndTheCountKeepingItsText() {
        const QByteArray in = pdfWithPages(3, QPageSize::A4);
        QString error;
        const QByteArray out = PageNumberStamper(QStringLiteral("en")).stamp(in, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(PageNumberStamper::pageCount(out, &error), 3);
        const QStringList pages = pageTexts(out);
        QCOMPARE(pages.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(pages.at(i).contains(QStringLiteral("Page %1 of 3").arg(i + 1)),
                     qPrintable(pages.at(i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Body of sheet %1").arg(i + 1)));
        }
    }

    void arabicNumbersUseArabicDigits() {
        QString error;
        const QByteArray out =
            PageNumberStamper(QStringLiteral("ar"), QStringLiteral("صفحة %1 من %2"))
                .stamp(pdfWithPages(2, QPageSize::Letter), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList pages = pageTexts(out);
        QCOMPARE(pages.size(), 2);
        QVERIFY2(pages.at(1).contains(QStringLiteral("٢")), qPrintable(pages.at(1)));
    }

    void somethingThatIsNotAPdfIsRefusedWithAReason() {
        QString error;
        QVERIFY(PageNumberStamper(QStringLiteral("en"))
                    .stamp(QByteArrayLiteral("not a pdf"), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(PageNumberStamper::pageCount(QByteArrayLiteral("nope"), &error), -1);
    }
};

QTEST_MAIN(TestPageNumberStamper)
#include "tst_pagenumberstamper.moc"
