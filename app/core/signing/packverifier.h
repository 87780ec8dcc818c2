// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/contenttrust.h"
#include "packcontents.h"
#include "signingkeys.h"

#include <QStringList>

namespace pr {

// What the signatures on a pack show.
struct SignatureCheck {
    ContentTrust trust;
    // Why the pack cannot be trusted as it is: a damaged or forged signature, a signature for
    // another pack or version, a file changed, added or removed after signing. Each names what.
    QStringList refusals;
    // Intact signatures by keys this computer does not trust, in words.
    QStringList untrusted;
    // Every intact signature, trusted or not (for `faqpack verify`).
    QList<SignedStatement> intact;

    bool tampered() const { return !refusals.isEmpty(); }
};

// Checks every signature a pack carries against its files and the trusted keys.
class PackVerifier {
public:
    explicit PackVerifier(const TrustedKeys &keys)
        : m_keys(keys) {}

    SignatureCheck check(const PackContents &contents) const;

private:
    void checkOne(const QJsonObject &record, int number, const PackContents &contents,
                  SignatureCheck *result) const;

    const TrustedKeys &m_keys;
};

} // namespace pr
