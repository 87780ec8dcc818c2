#pragma once

#include <QDate>
#include <QString>
#include <Qt>

namespace pr {

// Who made a pack, for whom, and how much to trust it.
struct Manifest {
    int format = 1;
    QString id;
    QString title;
    QString subtitle;
    QString language;
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString version;
    QString publisher;
    QString sourceUrl;
    QDate lastReviewed; // invalid when the publisher does not state one
    QDate editionDate;
    QString citationStyle; // "apa" or "vancouver"
    QString attribution;
    QString disclaimer;

    QString directionKey() const {
        return direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
    }
};

} // namespace pr
