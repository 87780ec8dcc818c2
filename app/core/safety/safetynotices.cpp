// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "safetynotices.h"

#include <QJsonArray>

namespace pr {

QJsonObject SafetyNotice::toJson() const {
    QJsonArray lineArray;
    for (const HelpLine &line : lines) {
        QJsonObject o{{QStringLiteral("name"), line.name},
                      {QStringLiteral("number"), line.number},
                      {QStringLiteral("how"), line.how}};
        if (line.fromClinic) {
            o.insert(QStringLiteral("source"), QStringLiteral("clinic settings"));
        } else {
            o.insert(QStringLiteral("region"), line.region);
            o.insert(QStringLiteral("regionName"), line.regionName);
            o.insert(QStringLiteral("source"), line.source);
            o.insert(QStringLiteral("checked"), line.checked.toString(Qt::ISODate));
        }
        lineArray.append(o);
    }
    return QJsonObject{{QStringLiteral("kind"), kind},
                       {QStringLiteral("title"), text.title},
                       {QStringLiteral("intro"), text.intro},
                       {QStringLiteral("emergency"), text.emergency},
                       {QStringLiteral("trusted"), text.trusted},
                       {QStringLiteral("lines"), lineArray}};
}

QString SafetyNotice::plainText() const {
    QStringList out{text.title, text.emergency, text.intro};
    if (!lines.isEmpty())
        out.append(text.linesHeading);
    for (const HelpLine &line : lines) {
        QString entry = line.regionName.isEmpty()
                            ? line.name
                            : line.regionName + QStringLiteral(": ") + line.name;
        entry += QStringLiteral(", ") + line.number;
        if (!line.how.isEmpty())
            entry += QStringLiteral(". ") + line.how;
        out.append(entry);
    }
    out.append(text.trusted);
    out.removeAll(QString());
    return out.join(QLatin1Char('\n'));
}

QString SafetyNotice::qrText() const {
    QStringList out{text.title, text.emergency};
    for (const HelpLine &line : lines)
        out.append(
            (line.regionName.isEmpty() ? QString() : line.regionName + QStringLiteral(": ")) +
            line.name + QStringLiteral(" ") + line.number);
    return out.join(QLatin1Char('\n'));
}

SafetyNotices::SafetyNotices(CrisisTriggers triggers, HelpDirectory help)
    : m_triggers(std::move(triggers))
    , m_help(std::move(help)) {}

SafetyNotices SafetyNotices::bundled() {
    return SafetyNotices(CrisisTriggers::bundled(), HelpDirectory::bundled());
}

QList<SafetyNotice> SafetyNotices::forSearch(const QString &query, const Pack &pack) const {
    return forText(query, pack);
}

QList<SafetyNotice> SafetyNotices::forEntry(const Entry &entry, const QStringList &searchTerms,
                                            const Pack &pack) const {
    return forText(entry.question + QLatin1Char('\n') + entry.answerMarkdown + QLatin1Char('\n') +
                       searchTerms.join(QLatin1Char(' ')),
                   pack);
}

QList<SafetyNotice> SafetyNotices::forText(const QString &text, const Pack &pack) const {
    if (!m_help.isValid() || !m_triggers.matches(text))
        return {};
    const HelpDirectory help = m_help.translated(pack.helpTexts());
    return {SafetyNotice{SafetyNotice::crisisHelpKind(), help.text(), help.linesToShow()}};
}

} // namespace pr
