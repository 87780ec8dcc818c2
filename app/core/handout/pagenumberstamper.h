// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pr {

// Puts "Page 3 of 7" at the foot of every page of a PDF. WebEngine's printToPdf (Chromium 102)
// prints no page numbers and does not support CSS page-margin boxes, so the numbers are drawn on
// a second PDF (QPdfWriter, real text in the pack's language and direction) and laid over each
// page with libqpdf. Needs a QGuiApplication (fonts).
class PageNumberStamper {
    Q_DECLARE_TR_FUNCTIONS(pr::PageNumberStamper)

public:
    // labelPattern takes %1 (the page) and %2 (the number of pages); empty: "Page %1 of %2" in
    // the interface language. language decides the digits and direction ("ar": Arabic-Indic).
    PageNumberStamper(QString language, QString labelPattern = {});

    // The stamped PDF, or an empty array with *error set.
    QByteArray stamp(const QByteArray &pdf, QString *error) const;
    static int pageCount(const QByteArray &pdf, QString *error);

private:
    QString m_language;
    QString m_pattern;
};

} // namespace pr
