// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "undoactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QUndoStack>

namespace pr {

UndoActions::UndoActions(QUndoStack &stack, QObject *parent)
    : QObject(parent)
    , m_stack(stack)
    , m_undo(new QAction(this))
    , m_redo(new QAction(this)) {
    m_undo->setObjectName(QStringLiteral("undo"));
    m_redo->setObjectName(QStringLiteral("redo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_undo, &QAction::triggered, &m_stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, &m_stack, &QUndoStack::redo);
    connect(&m_stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(&m_stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(&m_stack, &QUndoStack::undoTextChanged, this, &UndoActions::retranslate);
    connect(&m_stack, &QUndoStack::redoTextChanged, this, &UndoActions::retranslate);
    m_undo->setEnabled(m_stack.canUndo());
    m_redo->setEnabled(m_stack.canRedo());
    retranslate();
}

void UndoActions::retranslate() {
    // Qt's own words (qtbase_*.qm), so every language Qt speaks is covered.
    const auto word = [](const char *bare, const char *withText, const QString &text) {
        return text.isEmpty() ? QCoreApplication::translate("QUndoStack", bare)
                              : QCoreApplication::translate("QUndoStack", withText).arg(text);
    };
    m_undo->setText(word("Undo", "Undo %1", m_stack.undoText()));
    m_redo->setText(word("Redo", "Redo %1", m_stack.redoText()));
}

} // namespace pr
