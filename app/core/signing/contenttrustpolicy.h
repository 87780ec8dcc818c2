// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/contenttrust.h"
#include "content/packproblem.h"
#include "content/packreader.h"
#include "signingkeys.h"

namespace pr {

// Decides, from a pack's signatures, whether the reader may show it and what it may say about
// who vouches for it. A pack whose files no longer match a signature is refused, naming the
// file; on a kiosk that requires signed content, so is a pack no trusted key signed. A
// translator's folder on the desktop that changed since it was signed is an unsigned draft.
class ContentTrustPolicy {
public:
    struct Verdict {
        bool accepted = false;
        ContentTrust trust;
        PackProblems problems; // errors when refused; warnings otherwise
        // The bytes that were checked: read the pack from these, not from disk again, so that
        // what is shown is what the signatures vouch for.
        PackFileMap files;
    };

    ContentTrustPolicy(TrustedKeys keys, bool requireSigned)
        : m_keys(std::move(keys))
        , m_requireSigned(requireSigned) {}

    bool requiresSignedContent() const { return m_requireSigned; }
    const TrustedKeys &keys() const { return m_keys; }

    Verdict evaluate(const QString &packPath) const;
    // PackReader::read, refused or marked with what its signatures show.
    PackReadResult readPack(const QString &directory) const;

private:
    TrustedKeys m_keys;
    bool m_requireSigned;
};

} // namespace pr
