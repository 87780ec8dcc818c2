// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "reference.h"

namespace pr {

QString checkStatusKey(CheckStatus status) {
    switch (status) {
    case CheckStatus::Confirmed:
        return QStringLiteral("confirmed");
    case CheckStatus::DetailsNotVerified:
        return QStringLiteral("details-not-verified");
    case CheckStatus::DetailsDiffer:
        return QStringLiteral("differs");
    case CheckStatus::NotFound:
        return QStringLiteral("not-found");
    case CheckStatus::Unchecked:
        break;
    }
    return QStringLiteral("unchecked");
}

CheckStatus checkStatusFromKey(const QString &key, bool *ok) {
    const CheckStatus all[] = {CheckStatus::Unchecked, CheckStatus::Confirmed,
                               CheckStatus::DetailsNotVerified, CheckStatus::DetailsDiffer,
                               CheckStatus::NotFound};
    for (CheckStatus status : all) {
        if (checkStatusKey(status) == key) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return CheckStatus::Unchecked;
}

} // namespace pr
