// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// One place to call for help now. A bundled line names the official page it comes from and
// the date that page was checked; a clinic's own line (from its settings file) needs neither.
struct HelpLine {
    QString region;     // ISO 3166 code ("US"); empty for a clinic's line
    QString regionName; // "United States"; translatable
    QString name;       // "988 Suicide & Crisis Lifeline"
    QString number;     // "988": never translated
    QString how;        // "Call or text 988 ..."; translatable
    QString source;     // the official page's address
    QString sourceName; // who publishes that page
    QDate checked;      // when the page was checked
    bool fromClinic = false;

    friend bool operator==(const HelpLine &, const HelpLine &) = default;
};

// The texts of the crisis notice.
struct HelpNoticeText {
    QString title;        // "If you are thinking about harming yourself"
    QString intro;        // one calm sentence
    QString emergency;    // "call your local emergency number"
    QString linesHeading; // above the list of lines
    QString trusted;      // "Tell someone you trust ..."

    friend bool operator==(const HelpNoticeText &, const HelpNoticeText &) = default;
};

// The help-now data: resources/help/crisis-help.json (the notice's texts and the help lines,
// one per country or region, each with its source and the date checked), a language pack's
// translation of its texts, and a clinic's own lines, which take precedence.
class HelpDirectory {
public:
    // Reads the JSON; every problem (file, field, what is wrong) goes to *problems, and a line
    // with a problem is left out. An unusable notice text gives an empty directory.
    static HelpDirectory fromJson(const QByteArray &json, const QString &fileName,
                                  QStringList *problems);
    static HelpDirectory bundled();

    bool isValid() const { return !m_text.title.isEmpty(); }
    const HelpNoticeText &text() const { return m_text; }
    const QList<HelpLine> &bundledLines() const { return m_lines; }
    const QList<HelpLine> &clinicLines() const { return m_clinicLines; }
    // The clinic's lines when it set any; the bundled lines otherwise.
    const QList<HelpLine> &linesToShow() const {
        return m_clinicLines.isEmpty() ? m_lines : m_clinicLines;
    }
    void setClinicLines(const QList<HelpLine> &lines) { m_clinicLines = lines; }

    // The translatable texts by unit id ("help/title", "help/line/US/how", ...), in order, for
    // the translator workflow; numbers, names and sources are not among them.
    QList<QPair<QString, QString>> translatableTexts() const;
    // This directory with the texts a language pack translates (by unit id); a text without a
    // translation stays as it is.
    HelpDirectory translated(const QHash<QString, QString> &texts) const;

private:
    HelpNoticeText m_text;
    QList<HelpLine> m_lines;
    QList<HelpLine> m_clinicLines;
};

} // namespace pr
