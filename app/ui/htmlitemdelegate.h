// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QStyledItemDelegate>
#include <functional>

namespace pr {

// Paints each item of a list as a small piece of rich text (for example a search result's
// question over its snippet, or a formatted reference under its badges). The HTML comes from
// the core already escaped; <mark> is shown as a highlight.
class HtmlItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    // html gives an item's HTML; the delegate colours it for the item's state.
    using HtmlFunction = std::function<QString(const QModelIndex &index)>;

    HtmlItemDelegate(HtmlFunction html, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Kiosks: each item a card with a border and room around the text, for a finger.
    void setCards(bool cards) { m_cards = cards; }

private:
    int margin() const;
    QString html(const QModelIndex &index, const QStyleOptionViewItem &option) const;

    HtmlFunction m_html;
    bool m_cards = false;
};

} // namespace pr
