// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "handoutrequest.h"

#include <QCoreApplication>
#include <QString>

namespace pr {

// The handout a reader takes to the appointment, as one self-contained HTML document for
// WebEngine to print: each chosen answer as the answer view renders it (PageRenderer), on a new
// page, with its references and what the reference check found, the publisher, the last-reviewed
// date (or that none is stated), the pack version, the language and the translation's review
// status, the date printed and the notice that this is information to discuss with a clinician;
// then, if chosen, the reader's own questions with room to write the answers. Light colours
// only, the print style sheet inline (no network, no scripts).
class HandoutBuilder {
    Q_DECLARE_TR_FUNCTIONS(pr::HandoutBuilder)

public:
    explicit HandoutBuilder(const Pack &pack);

    // Ids of the request the pack does not have; the handout leaves them out.
    QStringList unknownIds(const HandoutRequest &request) const;
    QString html(const HandoutRequest &request) const;

    // "Information to discuss with a clinician": the heading of every handout.
    static QString discussNotice();

private:
    QString styleSheet(const HandoutRequest &request) const;
    QString facts(const HandoutRequest &request) const;
    QString references(const Entry &entry) const;
    QString referenceList(const QStringList &keys) const;
    QString sourceReferences() const;
    QString myQuestions(const HandoutRequest &request) const;
    QString translationStatus() const;

    const Pack &m_pack;
};

} // namespace pr
