// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>

class QWidget;

namespace pr {

// Orders the Tab key's stops in a window as a reader reads: by the panes given, in that order.
// A stop belongs to the nearest pane it lies in; within a pane the stops keep their order; stops
// in no pane come last. Qt's own order is the order widgets were made in, which is not the
// reading order (a web view's page, made when it first shows, comes after everything else).
class ReadingTabOrder {
public:
    static void apply(QWidget *window, const QList<QWidget *> &panes);
    // The window's Tab stops in order (enabled or not, shown or not).
    static QList<QWidget *> stops(QWidget *window);
    // The stop Tab (next) or Shift+Tab goes to from the window's last or first stop, round to
    // the other end; null elsewhere. Qt would go on to a widget left outside the order (a web
    // view, which hands the focus to its page) instead of the first pane.
    static QWidget *wrapTarget(QWidget *window, bool next);
};

} // namespace pr
