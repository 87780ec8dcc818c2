// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace pr {

// What the reader chose to take to the appointment: answers, "my questions", or both.
struct HandoutRequest {
    enum class Paper { A4, Letter };

    QStringList entryIds; // the answers, in this order
    bool includeMyQuestions = false;
    QStringList myQuestions;  // the questions' texts, in the reader's order
    bool writingSpace = true; // room under each of my questions for the clinician's answer
    Paper paper = Paper::A4;
    double textScale = 1.0; // the reader's text size (1.0 = 100%)
    QDate printedOn;        // the date printed on every answer

    bool isEmpty() const { return entryIds.isEmpty() && !includeMyQuestions; }
};

} // namespace pr
