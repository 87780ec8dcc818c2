// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "checkreport.h"
#include "citationformatter.h"
#include "citedreferences.h"
#include "content/pack.h"

#include <QAbstractListModel>
#include <optional>

namespace pr {

// The reference panel's data, free of widgets: every reference of the pack, formatted in the
// pack's style or the one the reader chose, with what the check found. It follows the answer
// being read: the references that answer cites are marked and come first (see
// referenceRowsFor). The panel is reset whenever the order or the style changes.
class ReferenceListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        SourceNumberRole,   // int: position in the source's list, from 1
        CitationNumberRole, // int: the answer's [n], 0 when the answer does not cite it
        CitedRole,          // bool
        SourceTextRole,     // the reference exactly as the source printed it
        FormattedTextRole,  // plain text in the current style ("Copy citation")
        FormattedHtmlRole,  // safe HTML in the current style
        CheckStatusRole,    // "confirmed", "differs", "not-found" or "unchecked"
        BadgeKeysRole,      // QStringList
        BadgeLabelsRole,    // QStringList, translated
        CheckHeadlineRole,
        CheckFindingsRole, // QStringList
        CheckEvidenceRole,
        IncompleteRole, // bool
        DoiRole,        // empty where the pack has none
        DoiUrlRole,     // QUrl, invalid where there is no DOI
        PmidRole,
        PmidUrlRole,
    };

    explicit ReferenceListModel(QObject *parent = nullptr);

    // Also forgets the current answer: call setCurrentEntry() after it.
    void setPack(const Pack &pack);
    const Pack &pack() const { return m_pack; }

    // The reader's choice of style; std::nullopt follows the pack's manifest.
    void setReaderStyle(std::optional<CitationStyle> style);
    CitationStyle style() const;

    // The answer being read; an empty id (or an unknown one) shows the source's order.
    void setCurrentEntry(const QString &entryId);
    QString currentEntry() const { return m_entryId; }

    int rowOf(const QString &referenceId) const;
    const Reference *referenceAt(int row) const;
    FormattedReference formattedAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void styleChanged(pr::CitationStyle style);
    void currentEntryChanged(const QString &entryId);

private:
    void rebuild();

    Pack m_pack;
    QString m_entryId;
    std::optional<CitationStyle> m_readerStyle;
    QList<ReferenceRow> m_rows;
    QList<FormattedReference> m_formatted; // by reference index
    QList<CheckReport> m_reports;          // by reference index
};

} // namespace pr
