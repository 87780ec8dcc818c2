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

QString TrustNotices::summary(const ContentTrust &trust, const QLocale &locale, bool asWritten) {
    const auto words = [asWritten](const char *text) {
        return asWritten ? QString::fromUtf8(text) : tr(text);
    };
    const auto date = [&](const SignedStatement &s) {
        return readableDate(s.signedAt.date(), locale);
    };
    const auto signer = [&](const SignedStatement &s) -> QString {
        if (asWritten && !s.signerRole.isEmpty())
            return s.signerName + QStringLiteral(", ") + s.signerRole;
        return signerWithRole(s);
    };
    switch (trust.state) {
    case ContentTrust::State::Verified:
        if (const SignedStatement *review = trust.review())
            return words(QT_TR_NOOP("Reviewed by %1, on %2")).arg(signer(*review), date(*review));
        return words(QT_TR_NOOP("Signed by %1, on %2 (no clinical review stated)"))
            .arg(signer(trust.statements.constFirst()), date(trust.statements.constFirst()));
    case ContentTrust::State::UntrustedSignature:
        return words(QT_TR_NOOP("Not verified: signed with a key this computer does not trust"));
    case ContentTrust::State::Unsigned:
        break;
    }
    return words(QT_TR_NOOP("Not verified: no trusted signature"));
}

} // namespace pr
