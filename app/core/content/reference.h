// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QJsonObject>
#include <QString>

namespace pr {

// What an independent check of a reference against public records found.
// DetailsNotVerified: the work was found, but some details the source gives (volume, issue,
// pages) could not be checked against a record.
enum class CheckStatus { Unchecked, Confirmed, DetailsNotVerified, DetailsDiffer, NotFound };

QString checkStatusKey(CheckStatus status);
CheckStatus checkStatusFromKey(const QString &key, bool *ok = nullptr);
// The check found the work in public records (confirmed, details not verified or differing):
// the data hold a record's details, not only the source's.
inline bool isFoundByCheck(CheckStatus status) {
    return status == CheckStatus::Confirmed || status == CheckStatus::DetailsNotVerified ||
           status == CheckStatus::DetailsDiffer;
}

// One bibliography item: the CSL-JSON record (as corrected by the check, where one was made),
// the text exactly as the source printed it, and the check's finding with its evidence.
struct Reference {
    QString id;
    QJsonObject csl;
    QString sourceText;
    CheckStatus checkStatus = CheckStatus::Unchecked;
    QString checkNote;
    bool incomplete = false;

    QString doi() const { return csl.value(QLatin1String("DOI")).toString(); }
    QString pmid() const { return csl.value(QLatin1String("PMID")).toString(); }
    QString title() const { return csl.value(QLatin1String("title")).toString(); }
};

} // namespace pr
