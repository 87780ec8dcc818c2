// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "searchresultsmodel.h"

namespace pr {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent) {}

void SearchResultsModel::setResults(const SearchResults &results) {
    beginResetModel();
    m_results = results;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_results.hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SearchHit &hit = m_results.hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return hit.question;
    case Qt::AccessibleTextRole: {
        // The snippet as plain words, so a screen reader says what matched.
        return tr("%1. %2").arg(hit.question, hit.snippet.text);
    }
    case EntryIdRole:
        return hit.entryId;
    case MarkedQuestionRole:
        return QVariant::fromValue(hit.markedQuestion);
    case SnippetRole:
        return QVariant::fromValue(hit.snippet);
    default:
        return {};
    }
}

} // namespace pr
