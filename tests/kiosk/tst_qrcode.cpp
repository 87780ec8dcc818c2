// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "system/qrcode.h"

#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace pr;

namespace {

const QString sourceUrl = QStringLiteral("https://example.org/patient-education/ketamine-faq");

// A finder pattern: a dark 7x7 ring, a light ring, a dark 3x3 centre.
bool hasFinderPatternAt(const QrCode &code, int left, int top) {
    for (int y = 0; y < 7; ++y) {
        for (int x = 0; x < 7; ++x) {
            const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (code.isDark(left + x, top + y) != (ring || centre))
                return false;
        }
    }
    return true;
}

struct SvgShape {
    QString viewBox;
    QString title;
    QString path;
};

SvgShape parseSvg(const QString &svg) {
    SvgShape shape;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("svg"))
            shape.viewBox = xml.attributes().value(QLatin1String("viewBox")).toString();
        else if (xml.name() == QLatin1String("title"))
            shape.title = xml.readElementText();
        else if (xml.name() == QLatin1String("path"))
            shape.path = xml.attributes().value(QLatin1String("d")).toString();
    }
    if (xml.hasError())
        shape = {};
    return shape;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void encodesAnAddressAsASquareOfTheRightSize() {
        const QrCode code = QrCode::encode(sourceUrl);
        QVERIFY2(code.isValid(), qPrintable(code.errorString()));
        QVERIFY(code.version() >= 1 && code.version() <= 40);
        QCOMPARE(code.size(), 17 + 4 * code.version());
        // 50 bytes at level M need version 4 (62 bytes); version 3 holds only 42.
        QCOMPARE(code.version(), 4);
    }

    void hasTheThreeFinderPatterns() {
        const QrCode code = QrCode::encode(sourceUrl);
        QVERIFY(hasFinderPatternAt(code, 0, 0));
        QVERIFY(hasFinderPatternAt(code, code.size() - 7, 0));
        QVERIFY(hasFinderPatternAt(code, 0, code.size() - 7));
        QVERIFY(!hasFinderPatternAt(code, code.size() - 7, code.size() - 7));
    }

    void longerAddressesNeedLargerCodes() {
        const QrCode shortCode = QrCode::encode(QStringLiteral("https://example.org/"));
        const QrCode longCode =
            QrCode::encode(sourceUrl + QStringLiteral("?entry=") + QString(200, QLatin1Char('x')));
        QVERIFY(shortCode.isValid() && longCode.isValid());
        QVERIFY(longCode.size() > shortCode.size());
    }

    void refusesAnEmptyAddressClearly() {
        const QrCode code = QrCode::encode(QString());
        QVERIFY(!code.isValid());
        QCOMPARE(code.size(), 0);
        QCOMPARE(code.errorString(), QStringLiteral("There is no address to put in a QR code."));
        QCOMPARE(qrCodeSvg(code, QStringLiteral("x")), QString());
    }

    void refusesAHugeAddressClearly() {
        const QrCode code = QrCode::encode(QString(5000, QLatin1Char('a')));
        QVERIFY(!code.isValid());
        QCOMPARE(
            code.errorString(),
            QStringLiteral("The address is too long for a QR code: 5000 bytes, at most 1024."));
    }

    void theSvgDrawsEveryDarkModuleInsideTheQuietZone() {
        const QrCode code = QrCode::encode(sourceUrl);
        const int quiet = 4;
        const SvgShape svg = parseSvg(qrCodeSvg(code, QStringLiteral("Scan me"), quiet));
        const int side = code.size() + 2 * quiet;
        QCOMPARE(svg.viewBox, QStringLiteral("0 0 %1 %1").arg(side));
        QVERIFY(!svg.path.isEmpty());

        // Each subpath is one horizontal run: M x,y h run v1 h-run z.
        static const QRegularExpression run(QStringLiteral("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z"));
        int drawn = 0;
        int matchedLength = 0;
        for (auto it = run.globalMatch(svg.path); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const int x = m.captured(1).toInt();
            const int y = m.captured(2).toInt();
            const int length = m.captured(3).toInt();
            QCOMPARE(m.captured(4).toInt(), length);
            QVERIFY(x >= quiet && y >= quiet);
            QVERIFY(x + length <= quiet + code.size() && y < quiet + code.size());
            for (int i = 0; i < length; ++i)
                QVERIFY(code.isDark(x - quiet + i, y - quiet));
            drawn += length;
            matchedLength += int(m.capturedLength());
        }
        QCOMPARE(matchedLength, int(svg.path.size()));
        QCOMPARE(drawn, code.darkModuleCount());
    }

    void theSvgHasAnEscapedAccessibleName() {
        const QString svg =
            qrCodeSvg(QrCode::encode(sourceUrl), QStringLiteral("Scan <this> & read \"at home\""));
        QVERIFY(svg.contains(QStringLiteral("role=\"img\"")));
        QCOMPARE(parseSvg(svg).title, QStringLiteral("Scan <this> & read \"at home\""));
        QVERIFY(!svg.contains(QStringLiteral("<this>")));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
