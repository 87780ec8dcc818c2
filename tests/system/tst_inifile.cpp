// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "system/inifile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

// "@Variant(...)" as QSettings writes it, holding a list inside a list ... depth times: what
// QSettings would rebuild recursively, one stack frame set per level, until the stack ran out.
QByteArray deeplyNestedVariantLine(const QByteArray &key, int depth) {
    QByteArray line = key + "=@Variant(";
    const QByteArray level = "\\0\\0\\0\\t\\0\\0\\0\\0\\x1"; // a QVariantList of one item
    line.reserve(line.size() + level.size() * depth + 64);
    for (int i = 0; i < depth; ++i)
        line += level;
    line += "\\0\\0\\0\\x2\\0\\0\\0\\0\\0)\n"; // the innermost: the int 0
    return line;
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestIniFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void readsSectionsKeysAndPlainValues() {
        const IniFile file = IniFile::parse("; a comment\n[kiosk]\nenabled=true\n"
                                            "idleTimeoutSeconds = 90\n[language]\n"
                                            "allowed=en, es\n");
        QVERIFY(file.problems().isEmpty());
        QCOMPARE(file.text(QStringLiteral("kiosk/enabled")), QStringLiteral("true"));
        QCOMPARE(file.text(QStringLiteral("kiosk/idleTimeoutSeconds")), QStringLiteral("90"));
        QCOMPARE(file.values().value(QStringLiteral("language/allowed")).toStringList(),
                 QStringList({QStringLiteral("en"), QStringLiteral("es")}));
    }

    void anUnterminatedQuoteIsReportedWithItsLineAndDoesNotSwallowTheLinesAfterIt() {
        const IniFile file = IniFile::parse("[kiosk]\nattractText=\"Welcome\n"
                                            "idleTimeoutSeconds=45\n[language]\nallowed=en, ar\n");
        QCOMPARE(file.problems().size(), 1);
        QCOMPARE(file.problems().constFirst().line, 2);
        QVERIFY2(file.problems().constFirst().message.contains(QStringLiteral("quote")),
                 qPrintable(file.problems().constFirst().message));
        QVERIFY(!file.contains(QStringLiteral("kiosk/attractText")));
        QCOMPARE(file.text(QStringLiteral("kiosk/idleTimeoutSeconds")), QStringLiteral("45"));
        QCOMPARE(file.text(QStringLiteral("language/allowed")), QStringLiteral("en, ar"));
    }

    void aSerializedVariantNestedAHundredThousandDeepIsReportedNotRebuilt() {
        const QByteArray bytes =
            "[window]\n" + deeplyNestedVariantLine("geometry", 100000) + "zoom=1.5\n";
        const IniFile file = IniFile::parse(bytes);
        QVERIFY(!file.contains(QStringLiteral("window/geometry")));
        QCOMPARE(file.problems().size(), 1);
        QCOMPARE(file.problems().constFirst().line, 2);
        QVERIFY2(file.problems().constFirst().message.contains(QStringLiteral("@Variant(")),
                 qPrintable(file.problems().constFirst().message));
        QCOMPARE(file.text(QStringLiteral("window/zoom")), QStringLiteral("1.5"));
    }

    void settingsInThisFormatNeverRebuildASerializedVariant() {
        const QString path = m_dir.filePath(QStringLiteral("deep.conf"));
        QVERIFY(writeFile(path, "[view]\n" + deeplyNestedVariantLine("zoom", 100000) +
                                    "darkTheme=true\n"));
        const QSettings settings(path, IniFile::settingsFormat());
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY(!settings.contains(QStringLiteral("view/zoom")));
        QCOMPARE(settings.value(QStringLiteral("view/darkTheme")).toString(),
                 QStringLiteral("true"));
    }

    void readsWhatQSettingsWroteAndQSettingsReadsWhatItWrites() {
        QByteArray allBytes;
        for (int i = 0; i < 256; ++i)
            allBytes.append(char(i));
        const QSettings::SettingsMap values{
            {QStringLiteral("plain"), QStringLiteral("plain text")},
            {QStringLiteral("text/tricky"),
             QStringLiteral(" leading, \"quoted\"; # = \\ back\tslash\nnew line é ع ")},
            {QStringLiteral("text/at"), QStringLiteral("@not a variant")},
            {QStringLiteral("text/empty"), QString()},
            {QStringLiteral("lists/languages"),
             QStringList({QStringLiteral("en"), QStringLiteral("es, MX"), QStringLiteral("ar")})},
            {QStringLiteral("window/geometry"), allBytes},
            {QStringLiteral("help/lines/1/name"), QStringLiteral("Clinic")},
        };
        const QString theirs = m_dir.filePath(QStringLiteral("theirs.conf"));
        {
            QSettings qt(theirs, QSettings::IniFormat);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                qt.setValue(it.key(), it.value());
        }
        const QString ours = m_dir.filePath(QStringLiteral("ours.conf"));
        {
            QSettings mine(ours, IniFile::settingsFormat());
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                mine.setValue(it.key(), it.value());
        }
        for (const QString &path : {theirs, ours}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const IniFile parsed = IniFile::parse(file.readAll());
            QVERIFY(parsed.problems().isEmpty());
            const QSettings qt(path, QSettings::IniFormat);
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const QString &key = it.key();
                const QVariant &expected = it.value();
                if (expected.typeId() == QMetaType::QString)
                    QCOMPARE(parsed.text(key), expected.toString());
                else
                    QCOMPARE(parsed.values().value(key), expected);
                QCOMPARE(qt.value(key), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIniFile)
#include "tst_inifile.moc"
