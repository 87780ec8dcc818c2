// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>

class QAction;
class QUndoStack;

namespace pr {

// Undo and Redo for a stack, worded in the interface language of the moment. The actions
// QUndoStack makes keep the words of the language they were made in.
class UndoActions : public QObject {
    Q_OBJECT

public:
    UndoActions(QUndoStack &stack, QObject *parent);

    QAction *undo() const { return m_undo; }
    QAction *redo() const { return m_redo; }
    // Rewords both actions; call on QEvent::LanguageChange.
    void retranslate();

private:
    QUndoStack &m_stack;
    QAction *m_undo;
    QAction *m_redo;
};

} // namespace pr
