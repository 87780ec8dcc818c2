// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "htmlitemdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QPen>
#include <QTextDocument>

namespace pr {
namespace {

constexpr int kMargin = 6;
constexpr int kCardMargin = 20;

void layout(QTextDocument &doc, const QStyleOptionViewItem &option, const QString &html,
            int margin) {
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setTextWidth(qMax(80, option.rect.width() - 2 * margin));
}

} // namespace

HtmlItemDelegate::HtmlItemDelegate(HtmlFunction html, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_html(std::move(html)) {}

int HtmlItemDelegate::margin() const {
    return m_cards ? kCardMargin : kMargin;
}

QString HtmlItemDelegate::html(const QModelIndex &index, const QStyleOptionViewItem &option) const {
    const bool selected = option.state & QStyle::State_Selected;
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QString content = m_html(index);
    content.replace(QStringLiteral("<mark>"),
                    QStringLiteral("<span style=\"background:#ffe27a;color:#1d1d1b\">"));
    content.replace(QStringLiteral("</mark>"), QStringLiteral("</span>"));
    return QStringLiteral("<div style=\"color:%1\">%2</div>").arg(text.name(), content);
}

void HtmlItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString content = html(index, opt);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    if (m_cards) {
        const bool selected = opt.state & QStyle::State_Selected;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(opt.palette.color(selected ? QPalette::Highlight : QPalette::Mid),
                             selected ? 3 : 2));
        painter->setBrush(opt.palette.color(selected ? QPalette::Highlight : QPalette::Base));
        painter->drawRoundedRect(QRectF(opt.rect).adjusted(2, 2, -2, -2), 12, 12);
        painter->restore();
    } else {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    }

    QTextDocument doc;
    layout(doc, opt, content, margin());
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(margin(), margin()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize HtmlItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    layout(doc, opt, html(index, opt), margin());
    const int height = int(doc.size().height()) + 2 * margin();
    return {int(doc.idealWidth()) + 2 * margin(), m_cards ? qMax(height, 64) : height};
}

} // namespace pr
