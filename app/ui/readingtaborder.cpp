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

QWidget *ReadingTabOrder::wrapTarget(QWidget *window, bool next) {
    QList<QWidget *> shown;
    const QList<QWidget *> all = stops(window);
    for (QWidget *w : all)
        if (w->isVisible() && w->isEnabled())
            shown.append(w);
    QWidget *focus = window->focusWidget();
    if (shown.size() < 2 || !focus)
        return nullptr;
    if (next && focus == shown.constLast())
        return shown.constFirst();
    if (!next && focus == shown.constFirst())
        return shown.constLast();
    return nullptr;
}

void ReadingTabOrder::apply(QWidget *window, const QList<QWidget *> &panes) {
    const QList<QWidget *> current = stops(window);
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
