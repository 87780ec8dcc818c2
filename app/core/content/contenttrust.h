// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace pr {

// What one valid signature by a trusted key states about a pack.
struct SignedStatement {
    QString signerName;
    QString signerRole; // "clinical reviewer", "translator", ...
    bool reviewed = false;
    QDateTime signedAt; // UTC
    QString keyName;
    QString keyId; // fingerprint of the public key, 16 hex digits

    bool operator==(const SignedStatement &) const = default;
};

// Who vouches for a pack's text, as far as signatures by trusted keys show it. A pack's own
// manifest may claim a review; only `statements` prove one.
struct ContentTrust {
    enum class State {
        Unsigned,           // no signature at all
        Verified,           // at least one valid signature by a trusted key
        UntrustedSignature, // intact, but signed only by keys this computer does not trust
    };
    State state = State::Unsigned;
    QList<SignedStatement> statements; // valid signatures by trusted keys, in file order
    QString detail;                    // why it is not verified, in words; empty when verified

    bool isVerified() const { return state == State::Verified; }
    // The first trusted signature that states a clinical review, or nullptr.
    const SignedStatement *review() const {
        for (const SignedStatement &s : statements)
            if (s.reviewed)
                return &s;
        return nullptr;
    }
};

} // namespace pr
