// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "referencelistmodel.h"

#include "referencelinks.h"

namespace pr {

ReferenceListModel::ReferenceListModel(QObject *parent)
    : QAbstractListModel(parent) {}

void ReferenceListModel::setPack(const Pack &pack) {
    beginResetModel();
    m_pack = pack;
    m_entryId.clear();
    m_reports.clear();
    for (const Reference &reference : m_pack.references())
        m_reports.append(ReferenceCheck::report(reference));
    rebuild();
    endResetModel();
}

CitationStyle ReferenceListModel::style() const {
    return m_readerStyle.value_or(citationStyleOf(m_pack.manifest()));
}

void ReferenceListModel::setReaderStyle(std::optional<CitationStyle> readerStyle) {
    const CitationStyle before = style();
    m_readerStyle = readerStyle;
    if (style() == before)
        return;
    beginResetModel();
    rebuild();
    endResetModel();
    emit styleChanged(style());
}

void ReferenceListModel::setCurrentEntry(const QString &entryId) {
    if (entryId == m_entryId)
        return;
    m_entryId = entryId;
    const QList<ReferenceRow> after = referenceRowsFor(m_pack, m_pack.entry(m_entryId));
    if (after != m_rows) {
        beginResetModel();
        m_rows = after;
        endResetModel();
    }
    emit currentEntryChanged(m_entryId);
}

void ReferenceListModel::rebuild() {
    const CitationFormatter formatter(style(), referencesLanguageOf(m_pack.manifest()));
    m_formatted.clear();
    for (const Reference &reference : m_pack.references())
        m_formatted.append(formatter.format(reference));
    m_rows = referenceRowsFor(m_pack, m_pack.entry(m_entryId));
}

int ReferenceListModel::rowOf(const QString &referenceId) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_pack.references().at(m_rows.at(row).referenceIndex).id == referenceId)
            return row;
    }
    return -1;
}

const Reference *ReferenceListModel::referenceAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_pack.references().at(m_rows.at(row).referenceIndex);
}

FormattedReference ReferenceListModel::formattedAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_formatted.at(m_rows.at(row).referenceIndex);
}

int ReferenceListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ReferenceListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReferenceRow &row = m_rows.at(index.row());
    const Reference &reference = m_pack.references().at(row.referenceIndex);
    const FormattedReference &formatted = m_formatted.at(row.referenceIndex);
    const CheckReport &report = m_reports.at(row.referenceIndex);
    // Only three roles need them, and the delegate asks for other roles on every paint.
    const auto badgeField = [&report](QString CheckBadge::*field) {
        QStringList values;
        for (const CheckBadge &badge : report.badges)
            values.append(badge.*field);
        return values;
    };
    switch (role) {
    case Qt::DisplayRole:
    case FormattedTextRole:
        return formatted.text;
    case Qt::ToolTipRole:
        return QString(badgeField(&CheckBadge::label).join(QStringLiteral(", ")) +
                       QStringLiteral(": ") + report.headline);
    case IdRole:
        return reference.id;
    case SourceNumberRole:
        return row.sourceNumber;
    case CitationNumberRole:
        return row.citationNumber;
    case CitedRole:
        return row.isCited();
    case SourceTextRole:
        return reference.sourceText;
    case FormattedHtmlRole:
        return formatted.html;
    case CheckStatusRole:
        return checkStatusKey(reference.checkStatus);
    case BadgeKeysRole:
        return badgeField(&CheckBadge::key);
    case BadgeLabelsRole:
        return badgeField(&CheckBadge::label);
    case CheckHeadlineRole:
        return report.headline;
    case CheckFindingsRole:
        return report.findings;
    case CheckEvidenceRole:
        return report.evidence;
    case IncompleteRole:
        return reference.incomplete;
    case DoiRole:
        return reference.doi();
    case DoiUrlRole:
        return ReferenceLinks::doiUrl(reference.doi());
    case PmidRole:
        return reference.pmid();
    case PmidUrlRole:
        return ReferenceLinks::pubmedUrl(reference.pmid());
    default:
        return {};
    }
}

QHash<int, QByteArray> ReferenceListModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    const QHash<int, QByteArray> ours = {
        {IdRole, "referenceId"},
        {SourceNumberRole, "sourceNumber"},
        {CitationNumberRole, "citationNumber"},
        {CitedRole, "cited"},
        {SourceTextRole, "sourceText"},
        {FormattedTextRole, "formattedText"},
        {FormattedHtmlRole, "formattedHtml"},
        {CheckStatusRole, "checkStatus"},
        {BadgeKeysRole, "badgeKeys"},
        {BadgeLabelsRole, "badgeLabels"},
        {CheckHeadlineRole, "checkHeadline"},
        {CheckFindingsRole, "checkFindings"},
        {CheckEvidenceRole, "checkEvidence"},
        {IncompleteRole, "incomplete"},
        {DoiRole, "doi"},
        {DoiUrlRole, "doiUrl"},
        {PmidRole, "pmid"},
        {PmidUrlRole, "pmidUrl"},
    };
    names.insert(ours);
    return names;
}

} // namespace pr
