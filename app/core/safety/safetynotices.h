// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "crisistriggers.h"
#include "helpdirectory.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace pr {

// A notice shown above everything else: for now only "If you are thinking about harming
// yourself", with what to do now and where to call.
struct SafetyNotice {
    static QString crisisHelpKind() { return QStringLiteral("crisis-help"); }

    QString kind;
    HelpNoticeText text;
    QList<HelpLine> lines;

    // For faqpack search --json: kind, title, texts, and each line with its source.
    QJsonObject toJson() const;
    // The notice as plain lines of text: for the QR code and the printed slip.
    QString plainText() const;
    // Shorter, for a QR code a phone reads at arm's length: title, what to do, the numbers.
    QString qrText() const;
};

// Decides when a notice is shown. The app's search panel, its answer pages and faqpack all ask
// here, so the command line reports a notice exactly when the app shows one.
class SafetyNotices {
public:
    SafetyNotices(CrisisTriggers triggers, HelpDirectory help);
    // The bundled triggers and help lines.
    static SafetyNotices bundled();

    // A clinic's own lines (ClinicHelpLines) replace the bundled ones.
    void setClinicLines(const QList<HelpLine> &lines) { m_help.setClinicLines(lines); }
    const HelpDirectory &help() const { return m_help; }

    // For what a reader typed into search.
    QList<SafetyNotice> forSearch(const QString &query, const Pack &pack) const;
    // For an answer page: its question and text, and the search words that led to it.
    QList<SafetyNotice> forEntry(const Entry &entry, const QStringList &searchTerms,
                                 const Pack &pack) const;

private:
    QList<SafetyNotice> forText(const QString &text, const Pack &pack) const;

    CrisisTriggers m_triggers;
    HelpDirectory m_help;
};

} // namespace pr
