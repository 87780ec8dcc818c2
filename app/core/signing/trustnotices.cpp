// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "trustnotices.h"

#include "content/readabledate.h"

namespace pr {

QString TrustNotices::signerWithRole(const SignedStatement &statement) {
    if (statement.signerRole.isEmpty())
        return statement.signerName;
    return tr("%1, %2").arg(statement.signerName, statement.signerRole);
}

QString TrustNotices::summary(const ContentTrust &trust, const QLocale &locale) {
    const auto date = [&](const SignedStatement &s) {
        return readableDate(s.signedAt.date(), locale);
    };
    switch (trust.state) {
    case ContentTrust::State::Verified:
        if (const SignedStatement *review = trust.review())
            return tr("Reviewed by %1, on %2").arg(signerWithRole(*review), date(*review));
        return tr("Signed by %1, on %2 (no clinical review stated)")
            .arg(signerWithRole(trust.statements.constFirst()),
                 date(trust.statements.constFirst()));
    case ContentTrust::State::UntrustedSignature:
        return tr("Not verified: signed with a key this computer does not trust");
    case ContentTrust::State::Unsigned:
        break;
    }
    return tr("Not verified: no trusted signature");
}

} // namespace pr
