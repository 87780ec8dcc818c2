// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readingtaborder.h"

#include <QWidget>
#include <algorithm>

namespace pr {

QList<QWidget *> ReadingTabOrder::stops(QWidget *window) {
    QList<QWidget *> out;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() == window && !w->focusProxy() && (w->focusPolicy() & Qt::TabFocus))
            out.append(w);
    }
    return out;
}

void ReadingTabOrder::apply(QWidget *window, const QList<QWidget *> &panes) {
    // Every focusable widget, with those that pass their focus on to a child (a web view to its
    // page): left where they were, before the first stop, Tab would come round to them and
    // from them into their child, skipping the first panes.
    QList<QWidget *> current;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (w->window() == window && (w->focusPolicy() & Qt::TabFocus))
            current.append(w);
    }
    const auto rankOf = [&panes](QWidget *w) {
        for (QWidget *p = w; p; p = p->parentWidget()) {
            const qsizetype rank = panes.indexOf(p);
            if (rank >= 0)
                return rank;
        }
        return panes.size();
    };
    QList<QPair<qsizetype, QWidget *>> ranked;
    ranked.reserve(current.size());
    for (QWidget *w : current)
        ranked.append({rankOf(w), w});
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = 1; i < ranked.size(); ++i)
        QWidget::setTabOrder(ranked.at(i - 1).second, ranked.at(i).second);
}

} // namespace pr
