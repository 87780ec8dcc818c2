// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "wrappingitemdelegate.h"

#include <QApplication>
#include <QListView>
#include <QStyle>

namespace pr {

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *list = qobject_cast<const QListView *>(opt.widget);
    if (!list)
        return QStyledItemDelegate::sizeHint(option, index);
    const QStyle *style = list->style();
    // The style draws the text inside these margins (QCommonStyle's item layout).
    const int textMargin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, list) + 1;
    const int width = list->viewport()->width() - 2 * list->spacing();
    const int textWidth = qMax(40, width - 2 * textMargin);
    const QRect text = opt.fontMetrics.boundingRect(QRect(0, 0, textWidth, 1 << 20),
                                                    Qt::TextWordWrap | Qt::AlignLeading, opt.text);
    const int verticalMargin = style->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, list);
    return {width, text.height() + 2 * verticalMargin + 2};
}

} // namespace pr
