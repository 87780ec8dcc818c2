// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace pr {

// The kiosk's "take my questions with you" text for a QR code: a heading and the numbered
// questions as plain text (no web address: the phone shows the text itself). It fits the QR
// code's limit; questions that do not fit are left out and counted.
struct HandoutQrText {
    Q_DECLARE_TR_FUNCTIONS(pr::HandoutQrText)

public:
    QString text;
    int included = 0;
    int leftOut = 0;

    static HandoutQrText make(const QStringList &questions, int maximumBytes);
};

} // namespace pr
