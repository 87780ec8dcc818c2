// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/manifest.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pr {

// The words the reader shows about a translation, translatable with the interface.
class TranslationNotices {
    Q_DECLARE_TR_FUNCTIONS(TranslationNotices)

public:
    // "This translation has not been checked by a clinician", or who checked it and when. A
    // review the pack only claims, with no trusted signature behind it, is "not verified".
    static QString reviewStatus(const TranslationProvenance &translation, const ContentTrust &trust,
                                const QLocale &locale = QLocale());
    // "Translated by ..."
    static QString translatedBy(const TranslationProvenance &translation);
    // Marks an entry shown in the base language because it is not translated yet.
    static QString notYetTranslated();
    // Marks a translation made from an earlier version of the base text.
    static QString stale();
};

} // namespace pr
