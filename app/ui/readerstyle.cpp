// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "readerstyle.h"

#include <QApplication>

namespace pr {

ReaderStyle::ReaderStyle(const QString &baseKey)
    : QProxyStyle(baseKey) {
    setObjectName(QStringLiteral("ReaderStyle"));
}

ReaderStyle::ReaderStyle(QStyle *base)
    : QProxyStyle(base) {
    setObjectName(QStringLiteral("ReaderStyle"));
}

int ReaderStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                           QStyleHintReturn *returnData) const {
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

QString ReaderStyle::baseKey() {
    const QStyle *style = QApplication::style();
    if (const auto *reader = qobject_cast<const ReaderStyle *>(style))
        style = reader->baseStyle();
    return style ? style->name() : QString();
}

void ReaderStyle::install(const QString &baseKey) {
    const QString wanted = baseKey.isEmpty() ? ReaderStyle::baseKey() : baseKey;
    if (qobject_cast<ReaderStyle *>(QApplication::style()) &&
        wanted.compare(ReaderStyle::baseKey(), Qt::CaseInsensitive) == 0)
        return;
    QApplication::setStyle(new ReaderStyle(wanted.isEmpty() ? QStringLiteral("Fusion") : wanted));
}

} // namespace pr
