// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QProxyStyle>

namespace pr {

// The application's style with the reader's few departures from it. Dialog buttons carry no
// icons: in a right-to-left interface, Qt lays out a button's icon and label as if left to
// right and then mirrors only the icon, so the label is pushed past the button's edge and cut
// ("ألغِ", Cancel, shown as "ألغ") in every standard dialog (messages, notes, files, printing).
class ReaderStyle : public QProxyStyle {
    Q_OBJECT

public:
    // baseKey: a QStyleFactory key ("Fusion").
    explicit ReaderStyle(const QString &baseKey);
    // base: the style to follow (this style takes it).
    explicit ReaderStyle(QStyle *base);

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    // The key of the style the application draws with, seen through a ReaderStyle.
    static QString baseKey();
    // Puts a ReaderStyle over the application's style (or over baseKey), once.
    static void install(const QString &baseKey = QString());
};

} // namespace pr
