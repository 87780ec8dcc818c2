// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/contenttrust.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pr {

// The words the reader shows about who vouches for a pack, translatable with the interface.
class TrustNotices {
    Q_DECLARE_TR_FUNCTIONS(TrustNotices)

public:
    // "Reviewed by Dr A. Name, clinical reviewer, on 3 December 2026", "Signed by ...", or
    // "Not verified: ...": one line for the answer page.
    // asWritten: in English, as the app's words are written, for an English page framed in its
    // own language (the translator's preview of its source).
    static QString summary(const ContentTrust &trust, const QLocale &locale = QLocale(),
                           bool asWritten = false);
    // "Dr A. Name, clinical reviewer", or the name alone when no role was given.
    static QString signerWithRole(const SignedStatement &statement);
};

} // namespace pr
