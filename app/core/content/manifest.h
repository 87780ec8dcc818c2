// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "contenttrust.h"

#include <QDate>
#include <QString>
#include <Qt>
#include <optional>

namespace pr {

// Who translated a language edition, from what, and whether a clinician checked it.
struct TranslationProvenance {
    QString baseId;       // the pack it translates
    QString baseVersion;  // the version of the base pack the translation was made from
    QString baseLanguage; // untranslated entries are shown in it
    Qt::LayoutDirection baseDirection = Qt::LeftToRight;
    QString translator;
    bool clinicallyReviewed = false;
    QString reviewer; // set when reviewed
    QDate reviewDate; // set when reviewed
};

// Who made a pack, for whom, and how much to trust it.
struct Manifest {
    int format = 1;
    QString id;
    QString title;
    QString subtitle;
    QString language;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString version;
    QString publisher;
    QString sourceUrl;
    QDate lastReviewed; // invalid when the publisher does not state one
    QDate editionDate;
    QString citationStyle; // "apa" or "vancouver"
    QString attribution;
    QString disclaimer;
    // Set only for a pack merged from a language pack and its base pack.
    std::optional<TranslationProvenance> translation;
    // What trusted signatures say about this pack (of the translation, for a merged pack). Set
    // by whoever verified it; a pack read without verification stays Unsigned.
    ContentTrust trust;

    QString directionKey() const {
        return direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    }
};

} // namespace pr
