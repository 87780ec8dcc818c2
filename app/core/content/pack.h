// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "entry.h"
#include "manifest.h"
#include "reference.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace pr {

// A pack or entry id: lower-case letters, digits, '.', '_' and '-', at most 80 characters.
bool isValidPackId(const QString &id);

// One language edition of one FAQ, immutable once read. Cheap to copy (implicitly shared
// members).
class Pack {
public:
    Pack() = default;
    Pack(Manifest manifest, QList<Entry> entries, QList<Reference> references,
         QList<QStringList> synonyms = {}, QHash<QString, QString> helpTexts = {});

    const Manifest &manifest() const { return m_manifest; }
    // The same pack, with what its signatures show.
    Pack withTrust(const ContentTrust &trust) const {
        Pack copy = *this;
        copy.m_manifest.trust = trust;
        return copy;
    }
    const QList<Entry> &entries() const { return m_entries; }
    const QList<Reference> &references() const { return m_references; }
    // Groups of words a reader may use for the same thing ("price", "cost", "expensive").
    const QList<QStringList> &synonyms() const { return m_synonyms; }
    // A language pack's translation of the crisis notice's texts (help.json), by unit id
    // ("help/title"); empty for the base language.
    const QHash<QString, QString> &helpTexts() const { return m_helpTexts; }

    bool isEmpty() const { return m_entries.isEmpty(); }
    int indexOf(const QString &entryId) const { return m_indexById.value(entryId, -1); }
    const Entry *entry(const QString &entryId) const;
    const Reference *reference(const QString &referenceId) const;
    // The entries whose cross-references point at entryId, in pack order.
    QList<const Entry *> referrersOf(const QString &entryId) const;

private:
    Manifest m_manifest;
    QList<Entry> m_entries;
    QList<Reference> m_references;
    QList<QStringList> m_synonyms;
    QHash<QString, QString> m_helpTexts;
    QHash<QString, int> m_indexById;
};

} // namespace pr
