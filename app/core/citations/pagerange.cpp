// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pagerange.h"

#include <QRegularExpression>
#include <QStringList>

namespace pr::PageRange {
namespace {

struct Range {
    QString first;
    QString last; // full form, empty for a single page
    bool numeric = false;
    QString original;
};

Range parse(const QString &part) {
    static const QRegularExpression range(
        QStringLiteral("^\\s*(\\d+)\\s*[-\\x{2013}\\x{2014}]+\\s*(\\d+)\\s*$"));
    Range r;
    r.original = part.trimmed();
    const QRegularExpressionMatch m = range.match(part);
    if (!m.hasMatch()) {
        r.first = r.original;
        return r;
    }
    r.numeric = true;
    r.first = m.captured(1);
    r.last = m.captured(2);
    if (r.last.size() < r.first.size()) // "1133-41" means 1133-1141
        r.last = r.first.left(r.first.size() - r.last.size()) + r.last;
    return r;
}

template <typename Render> QString eachPart(const QString &pages, Render render) {
    QStringList out;
    const QStringList parts = pages.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out.append(render(parse(part)));
    return out.join(QStringLiteral(", "));
}

} // namespace

QString expanded(const QString &pages) {
    return eachPart(pages, [](const Range &r) -> QString {
        if (!r.numeric)
            return QString(r.original).replace(QLatin1Char('-'), QChar(0x2013));
        return r.first + QChar(0x2013) + r.last;
    });
}

QString minimal(const QString &pages) {
    return eachPart(pages, [](const Range &r) -> QString {
        if (!r.numeric)
            return QString(r.original).replace(QChar(0x2013), QLatin1Char('-'));
        QString last = r.last;
        if (last.size() == r.first.size()) {
            qsizetype same = 0;
            while (same < last.size() - 1 && last.at(same) == r.first.at(same))
                ++same;
            last = last.mid(same);
        }
        return r.first + QLatin1Char('-') + last;
    });
}

} // namespace pr::PageRange
