// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/flowlayout.h"

#include <QStyle>
#include <QWidget>

namespace pr {

FlowLayout::FlowLayout(int spacing, QWidget *parent)
    : QLayout(parent) {
    setSpacing(spacing);
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item) {
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget *widget) {
    addChildWidget(widget);
    m_items.insert(qBound(0, index, int(m_items.size())), new QWidgetItem(widget));
    invalidate();
}

int FlowLayout::count() const {
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const {
    return m_items.value(index);
}

QLayoutItem *FlowLayout::takeAt(int index) {
    return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::heightForWidth(int width) const {
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const {
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
    return minimumSize();
}

void FlowLayout::setGeometry(const QRect &rect) {
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const {
    const QRect area = rect.marginsRemoved(contentsMargins());
    const Qt::LayoutDirection direction =
        parentWidget() ? parentWidget()->layoutDirection() : Qt::LeftToRight;
    // Rows of items, each item at its size hint; the spare width of a row is shared out so
    // that a row of buttons spans the whole bar.
    QList<QList<QLayoutItem *>> rows(1);
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int w = item->sizeHint().width();
        if (!rows.last().isEmpty() && used + spacing() + w > area.width()) {
            rows.append(QList<QLayoutItem *>());
            used = 0;
        }
        used += (rows.last().isEmpty() ? 0 : spacing()) + w;
        rows.last().append(item);
    }
    int y = area.y();
    for (const QList<QLayoutItem *> &row : std::as_const(rows)) {
        if (row.isEmpty())
            continue;
        int natural = 0;
        int height = 0;
        for (QLayoutItem *item : row) {
            natural += item->sizeHint().width();
            height = qMax(height, item->sizeHint().height());
        }
        const int spare = qMax(0, area.width() - natural - spacing() * int(row.size() - 1));
        int x = area.x();
        for (qsizetype i = 0; i < row.size(); ++i) {
            QLayoutItem *item = row.at(i);
            const int extra = spare / int(row.size()) + (i < spare % row.size() ? 1 : 0);
            const int w = qMin(item->sizeHint().width() + extra, area.width());
            if (apply)
                item->setGeometry(QStyle::visualRect(direction, area, QRect(x, y, w, height)));
            x += w + spacing();
        }
        y += height + spacing();
    }
    return y - spacing() - rect.y() + contentsMargins().bottom();
}

} // namespace pr
