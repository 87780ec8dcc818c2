// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "helpdirectory.h"

#include "system/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace pr {
namespace {

const QString kTitle = QStringLiteral("help/title");
const QString kIntro = QStringLiteral("help/intro");
const QString kEmergency = QStringLiteral("help/emergency");
const QString kLinesHeading = QStringLiteral("help/lines-heading");
const QString kTrusted = QStringLiteral("help/trusted");

QString lineUnit(const HelpLine &line, const char *field) {
    return QStringLiteral("help/line/%1/%2").arg(line.region, QLatin1String(field));
}

bool isOfficialAddress(const QString &address) {
    const QUrl url(address, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

} // namespace

HelpDirectory HelpDirectory::fromJson(const QByteArray &json, const QString &fileName,
                                      QStringList *problems) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        problems->append(QStringLiteral("%1: not valid JSON at offset %2: %3")
                             .arg(fileName)
                             .arg(parseError.offset)
                             .arg(parseError.errorString()));
        return {};
    }
    const QJsonObject root = doc.object();
    const QJsonObject notice = root.value(QLatin1String("notice")).toObject();
    HelpDirectory result;
    HelpNoticeText &t = result.m_text;
    t.title = notice.value(QLatin1String("title")).toString().trimmed();
    t.intro = notice.value(QLatin1String("intro")).toString().trimmed();
    t.emergency = notice.value(QLatin1String("emergency")).toString().trimmed();
    t.linesHeading = notice.value(QLatin1String("linesHeading")).toString().trimmed();
    t.trusted = notice.value(QLatin1String("trusted")).toString().trimmed();
    if (t.title.isEmpty() || t.emergency.isEmpty()) {
        problems->append(QStringLiteral("%1: \"notice\" needs a \"title\" and an \"emergency\" "
                                        "text")
                             .arg(fileName));
        return {};
    }
    static const QRegularExpression regionCode(QStringLiteral("^[A-Z]{2}(-[A-Z0-9]{1,3})?$"));
    const QJsonArray lines = root.value(QLatin1String("lines")).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject o = lines.at(i).toObject();
        HelpLine line;
        line.region = o.value(QLatin1String("region")).toString();
        line.regionName = o.value(QLatin1String("regionName")).toString().trimmed();
        line.name = o.value(QLatin1String("name")).toString().trimmed();
        line.number = o.value(QLatin1String("number")).toString().trimmed();
        line.how = o.value(QLatin1String("how")).toString().trimmed();
        line.source = o.value(QLatin1String("source")).toString().trimmed();
        line.sourceName = o.value(QLatin1String("sourceName")).toString().trimmed();
        line.checked = QDate::fromString(o.value(QLatin1String("checked")).toString(), Qt::ISODate);
        const QString where = QStringLiteral("%1: lines[%2]").arg(fileName).arg(i);
        QStringList wrong;
        if (!regionCode.match(line.region).hasMatch())
            wrong.append(QStringLiteral("\"region\" must be a country code such as \"US\""));
        if (line.name.isEmpty() || line.number.isEmpty())
            wrong.append(QStringLiteral("\"name\" and \"number\" are required"));
        if (!isOfficialAddress(line.source))
            wrong.append(QStringLiteral("\"source\" must be the https address of the official "
                                        "page the number comes from"));
        if (!line.checked.isValid())
            wrong.append(QStringLiteral("\"checked\" must be the date the source was checked, "
                                        "like 2026-12-03"));
        if (!wrong.isEmpty()) {
            problems->append(where + QStringLiteral(" is left out: ") +
                             wrong.join(QStringLiteral("; ")));
            continue;
        }
        result.m_lines.append(line);
    }
    return result;
}

HelpDirectory HelpDirectory::bundled() {
    QFile file(QStringLiteral(":/help/crisis-help.json"));
    QStringList problems;
    HelpDirectory directory;
    if (!file.open(QIODevice::ReadOnly))
        problems.append(QStringLiteral("resources/help/crisis-help.json cannot be opened"));
    else
        directory =
            fromJson(file.readAll(), QStringLiteral("resources/help/crisis-help.json"), &problems);
    for (const QString &problem : std::as_const(problems))
        qCCritical(lcSafety, "%s", qPrintable(problem));
    return directory;
}

QList<QPair<QString, QString>> HelpDirectory::translatableTexts() const {
    QList<QPair<QString, QString>> texts{{kTitle, m_text.title},
                                         {kIntro, m_text.intro},
                                         {kEmergency, m_text.emergency},
                                         {kLinesHeading, m_text.linesHeading},
                                         {kTrusted, m_text.trusted}};
    for (const HelpLine &line : m_lines) {
        texts.append({lineUnit(line, "region"), line.regionName});
        texts.append({lineUnit(line, "how"), line.how});
    }
    return texts;
}

HelpDirectory HelpDirectory::translated(const QHash<QString, QString> &texts) const {
    HelpDirectory result = *this;
    auto apply = [&texts](const QString &id, QString *text) {
        const QString translation = texts.value(id).trimmed();
        if (!translation.isEmpty())
            *text = translation;
    };
    apply(kTitle, &result.m_text.title);
    apply(kIntro, &result.m_text.intro);
    apply(kEmergency, &result.m_text.emergency);
    apply(kLinesHeading, &result.m_text.linesHeading);
    apply(kTrusted, &result.m_text.trusted);
    for (HelpLine &line : result.m_lines) {
        apply(lineUnit(line, "region"), &line.regionName);
        // A how-to text that lost the number would send a reader in crisis nowhere.
        if (texts.value(lineUnit(line, "how")).contains(line.number))
            apply(lineUnit(line, "how"), &line.how);
    }
    return result;
}

} // namespace pr
