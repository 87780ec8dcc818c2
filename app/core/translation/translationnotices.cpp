// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translationnotices.h"

#include "content/readabledate.h"
#include "signing/trustnotices.h"

#include <QLocale>

namespace pr {

QString TranslationNotices::reviewStatus(const TranslationProvenance &translation,
                                         const ContentTrust &trust, const QLocale &locale) {
    if (const SignedStatement *review = trust.review())
        return tr("This translation was checked by %1 on %2.")
            .arg(TrustNotices::signerWithRole(*review),
                 readableDate(review->signedAt.date(), locale));
    if (translation.clinicallyReviewed)
        return tr("This translation says %1 checked it, but no trusted signature confirms "
                  "that: not verified.")
            .arg(translation.reviewer);
    return tr("This translation has not been checked by a clinician.");
}

QString TranslationNotices::translatedBy(const TranslationProvenance &translation) {
    return tr("Translated by %1").arg(translation.translator);
}

QString TranslationNotices::notYetTranslated() {
    return tr("Not yet translated: shown in the original language.");
}

QString TranslationNotices::stale() {
    return tr("The original text has changed since this translation was made.");
}

} // namespace pr
