// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QWidget;

namespace pr {

// Watches what a widget shows, by grabbing it once a frame, and says when it first shows more
// than a blank surface: for --benchmark-startup, which reports the page seen on screen rather
// than the page said to be loaded.
class PaintProbe : public QObject {
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *watched, QObject *parent = nullptr);

    void start();
    // True when image has enough pixels unlike its top-left corner (the page background) to be
    // text: at least fraction of them.
    static bool looksPainted(const QImage &image, double fraction = 0.002);

signals:
    void painted();

private:
    void check();

    QWidget *m_watched;
    QTimer m_timer;
};

} // namespace pr
