// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "paintprobe.h"

#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace pr;

class TestPaintProbe : public QObject {
    Q_OBJECT

private slots:
    void aBlankSurfaceIsNotAPaintedPage() {
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(QColor(0xfd, 0xfc, 0xf9));
        QVERIFY(!PaintProbe::looksPainted(blank));
        QVERIFY(!PaintProbe::looksPainted(QImage()));
    }

    void textOnThePageBackgroundIsAPaintedPage() {
        QImage page(400, 300, QImage::Format_RGB32);
        page.fill(QColor(0xfd, 0xfc, 0xf9));
        QPainter painter(&page);
        QFont font = painter.font();
        font.setPixelSize(28);
        painter.setFont(font);
        painter.setPen(QColor(0x1d, 0x1d, 0x1b));
        painter.drawText(20, 60, QStringLiteral("What is ketamine therapy?"));
        painter.end();
        QVERIFY(PaintProbe::looksPainted(page));
    }

    void saysWhenAWidgetFirstShowsSomething() {
        QLabel label;
        label.resize(300, 100);
        label.setStyleSheet(QStringLiteral("background: white; color: black; font-size: 30px"));
        label.show();
        QVERIFY(QTest::qWaitForWindowExposed(&label));
        // What the probe sees of the shown but empty label is no page.
        QVERIFY(!PaintProbe::looksPainted(label.grab().toImage()));
        PaintProbe probe(&label);
        QSignalSpy painted(&probe, &PaintProbe::painted);
        probe.start();
        label.setText(QStringLiteral("What is ketamine therapy?"));
        QTRY_COMPARE(painted.count(), 1);
    }
};

QTEST_MAIN(TestPaintProbe)
#include "tst_paintprobe.moc"
