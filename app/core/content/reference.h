// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QJsonObject>
#include <QString>

namespace pr {

// What an independent check of a reference against public records found.
enum class CheckStatus { Unchecked, Confirmed, DetailsDiffer, NotFound };

QString checkStatusKey(CheckStatus status);
CheckStatus checkStatusFromKey(const QString &key, bool *ok = nullptr);

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
