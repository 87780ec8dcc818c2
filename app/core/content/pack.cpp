// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pack.h"

#include <QRegularExpression>
#include <algorithm>

namespace pr {

bool isValidPackId(const QString &id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,79}$"));
    return pattern.match(id).hasMatch();
}

Pack::Pack(Manifest manifest, QList<Entry> entries, QList<Reference> references,
           QList<QStringList> synonyms, QHash<QString, QString> helpTexts)
    : m_manifest(std::move(manifest))
    , m_entries(std::move(entries))
    , m_references(std::move(references))
    , m_synonyms(std::move(synonyms))
    , m_helpTexts(std::move(helpTexts)) {
    m_indexById.reserve(m_entries.size());
    for (int i = 0; i < m_entries.size(); ++i)
        m_indexById.insert(m_entries.at(i).id, i);
}

const Entry *Pack::entry(const QString &entryId) const {
    const int i = indexOf(entryId);
    return i < 0 ? nullptr : &m_entries.at(i);
}

const Reference *Pack::reference(const QString &referenceId) const {
    auto it = std::find_if(m_references.cbegin(), m_references.cend(),
                           [&](const Reference &r) { return r.id == referenceId; });
    return it == m_references.cend() ? nullptr : &*it;
}

QList<const Entry *> Pack::referrersOf(const QString &entryId) const {
    QList<const Entry *> result;
    for (const Entry &e : m_entries) {
        const bool refers =
            std::any_of(e.seeAlso.cbegin(), e.seeAlso.cend(),
                        [&](const CrossReference &x) { return x.targetId == entryId; });
        if (refers && e.id != entryId)
            result.append(&e);
    }
    return result;
}

} // namespace pr
