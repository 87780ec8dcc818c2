// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "findbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QWebEngineFindTextResult>
#include <QWebEnginePage>

namespace pr {

FindBar::FindBar(QWebEnginePage *page, QWidget *parent)
    : QWidget(parent)
    , m_page(page)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
    , m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_count->setObjectName(QStringLiteral("findCount"));
    m_previous->setObjectName(QStringLiteral("findPrevious"));
    m_next->setObjectName(QStringLiteral("findNext"));
    m_close->setObjectName(QStringLiteral("findClose"));
    m_field->setClearButtonEnabled(true);
    m_label->setBuddy(m_field);
    for (QToolButton *b : {m_previous, m_next, m_close}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setAutoRaise(true);
        b->setFocusPolicy(Qt::TabFocus);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    connect(m_field, &QLineEdit::textChanged, this, [this] { find(false); });
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    connect(m_page, &QWebEnginePage::findTextFinished, this, &FindBar::showResult);
    m_field->installEventFilter(this);
    retranslate();
    hide();
}

QString FindBar::countText() const {
    return m_count->text();
}

void FindBar::open() {
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        find(false);
}

void FindBar::close() {
    if (isHidden())
        return;
    hide();
    m_page->findText(QString()); // takes the marks away
    m_matches = -1;
    m_count->clear();
    emit closed();
}

void FindBar::findNext() {
    find(false);
}

void FindBar::findPrevious() {
    find(true);
}

void FindBar::pageLoaded() {
    m_matches = -1;
    m_count->clear();
    if (isVisible() && !m_field->text().isEmpty())
        find(false);
}

void FindBar::find(bool backward) {
    const QString text = m_field->text();
    if (text.isEmpty()) {
        m_page->findText(QString());
        m_matches = -1;
        m_count->clear();
        return;
    }
    m_page->findText(text, backward ? QWebEnginePage::FindBackward : QWebEnginePage::FindFlags());
}

void FindBar::showResult(const QWebEngineFindTextResult &result) {
    if (m_field->text().isEmpty())
        return;
    m_matches = result.numberOfMatches();
    m_active = result.activeMatch();
    retranslate();
}

void FindBar::retranslate() {
    m_label->setText(tr("&Find in this answer:"));
    m_field->setPlaceholderText(tr("Word or phrase"));
    m_field->setAccessibleName(tr("Find in this answer"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    const QLocale locale;
    if (m_matches < 0)
        m_count->clear();
    else if (m_matches == 0)
        m_count->setText(tr("Not found"));
    else
        m_count->setText(tr("%1 of %2").arg(locale.toString(m_active), locale.toString(m_matches)));
    m_count->setAccessibleName(m_count->text());
}

bool FindBar::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_field &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool escape = key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier;
        const bool backwards = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                               key->modifiers() == Qt::ShiftModifier;
        const bool f3 = key->key() == Qt::Key_F3;
        if (escape || backwards || f3) {
            // Ours, not the window's (Esc also clears the search highlights there).
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                if (escape)
                    close();
                else if (backwards || key->modifiers() == Qt::ShiftModifier)
                    findPrevious();
                else
                    findNext();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pr
