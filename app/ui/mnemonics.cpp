// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "mnemonics.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace pr::Mnemonics {

bool scriptJoinsLetters(const QLocale &locale) {
    switch (locale.script()) {
    case QLocale::ArabicScript:
    case QLocale::SyriacScript:
    case QLocale::NkoScript:
    case QLocale::MongolianScript:
    case QLocale::MandaeanScript:
    case QLocale::AdlamScript:
        return true;
    default:
        return false;
    }
}

QString removed(const QString &text) {
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                result.append(u'&');
            ++i;
            if (i < text.size() && text.at(i) != u'&')
                result.append(text.at(i));
            continue;
        }
        result.append(text.at(i));
    }
    return result;
}

void fitToScript(QWidget *root, const QLocale &locale) {
    if (!root || !scriptJoinsLetters(locale))
        return;
    QList<QAction *> actions = root->findChildren<QAction *>();
    const QList<QMenu *> menus = root->findChildren<QMenu *>();
    for (QMenu *menu : menus) {
        menu->setTitle(removed(menu->title()));
        actions.append(menu->actions()); // some belong to other objects, a language switcher
    }
    for (QAction *action : std::as_const(actions))
        action->setText(removed(action->text()));
}

} // namespace pr::Mnemonics
