// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "paintprobe.h"

#include <QImage>
#include <QPixmap>
#include <QWidget>

namespace pr {

PaintProbe::PaintProbe(QWidget *watched, QObject *parent)
    : QObject(parent)
    , m_watched(watched) {
    m_timer.setInterval(16);
    connect(&m_timer, &QTimer::timeout, this, &PaintProbe::check);
}

void PaintProbe::start() {
    m_timer.start();
}

bool PaintProbe::looksPainted(const QImage &image, double fraction) {
    if (image.isNull())
        return false;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = rgb.pixel(0, 0);
    qint64 unlike = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            unlike += line[x] != background;
    }
    return unlike >= qint64(fraction * rgb.width() * rgb.height()) && unlike > 0;
}

void PaintProbe::check() {
    // The widget's own rendering, as a window grab would show it (WebEngine's view renders its
    // last frame from Chromium).
    if (!m_watched->isVisible() || !looksPainted(m_watched->grab().toImage()))
        return;
    m_timer.stop();
    emit painted();
}

} // namespace pr
