// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "commonwords.h"

namespace pr {

QStringList CommonWords::forLanguage(const QString &languageTag) {
    if (languageTag.section(QLatin1Char('-'), 0, 0).toLower() != QLatin1String("en"))
        return {};
    return QStringLiteral(
               "a about above after again against all am an and any are aren as at be because "
               "been before being below between both but by can cannot could couldn did didn do "
               "does doesn doing don down during each few for from further had hadn has hasn "
               "have haven having he her here hers herself him himself his how i if in into is "
               "isn it its itself just let ll me might more most must mustn my myself need no "
               "nor not now of off often on once only or other ought our ours ourselves out over "
               "own really same shall she should shouldn so some such than that the their theirs "
               "them themselves then there these they this those through to too under until up "
               "very was wasn we were weren what when where which while who whom why will with "
               "won would wouldn you your yours yourself yourselves anyone anything everyone "
               "get gets getting got give go going gone know like make many much okay ok please "
               "say see someone something take tell thing things think want way well help")
        .split(QLatin1Char(' '));
}

} // namespace pr
