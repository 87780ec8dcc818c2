// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "helpdirectory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pr {

// A clinic's own help lines, from the system-wide settings file (the kiosk's file,
// /etc/xdg/patient-reader/kiosk.conf), as an INI array:
//
//   [help]
//   lines\size=1
//   lines\1\name=Our clinic's nurse line
//   lines\1\number=555 0100
//   lines\1\how=Call 555 0100, Monday to Friday, 8 am to 6 pm.
//
// They are shown instead of the bundled lines. A line without a name or number is left out and
// named in problems.
class ClinicHelpLines {
public:
    static QList<HelpLine> read(const QString &settingsFile, QStringList *problems);
};

} // namespace pr
