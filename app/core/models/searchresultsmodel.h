// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "search/searchresults.h"

#include <QAbstractListModel>

namespace pr {

// The hits of one search, best first, for the result list.
class SearchResultsModel : public QAbstractListModel {
    Q_OBJECT

public:
    // MarkedQuestionRole and SnippetRole hold a MarkedText: plain text and the matched ranges.
    enum Role { EntryIdRole = Qt::UserRole + 1, MarkedQuestionRole, SnippetRole };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const SearchResults &results);
    const SearchResults &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    SearchResults m_results;
};

} // namespace pr
