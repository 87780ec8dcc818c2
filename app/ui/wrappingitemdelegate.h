// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QStyledItemDelegate>

namespace pr {

// Rows of a word-wrapped list as tall as their text at the width the list really has, so that
// a long question is neither cut short nor followed by an empty line.
class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace pr
