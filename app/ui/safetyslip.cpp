// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "safetyslip.h"

#include "safety/safetynoticehtml.h"

#include <QPrinter>
#include <QTextDocument>

namespace pr {

QString SafetySlip::html(const SafetyNotice &notice) {
    return SafetyNoticeHtml::render(notice, {});
}

bool SafetySlip::print(const SafetyNotice &notice, QPrinter *printer) {
    if (!printer->isValid())
        return false;
    QTextDocument document;
    document.setHtml(html(notice));
    document.print(printer);
    return true;
}

} // namespace pr
