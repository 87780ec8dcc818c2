// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "markedtext.h"

#include <QStringList>
#include <algorithm>

namespace pr {
namespace {

QString joined(const MarkedText &marked, const QString &open, const QString &close,
               QString (*piece)(const QString &)) {
    QString out;
    qsizetype at = 0;
    for (const TextRange &mark : marked.marks) {
        out += piece(marked.text.mid(at, mark.start - at));
        out += open + piece(marked.text.mid(mark.start, mark.length)) + close;
        at = mark.start + mark.length;
    }
    out += piece(marked.text.mid(at));
    return out;
}

QString asIs(const QString &text) {
    return text;
}

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

MarkedText MarkedText::fromDelimited(const QString &delimited, QChar open, QChar close) {
    MarkedText marked;
    marked.text.reserve(delimited.size());
    qsizetype openedAt = -1;
    for (const QChar c : delimited) {
        if (c == open) {
            openedAt = marked.text.size();
        } else if (c == close) {
            if (openedAt >= 0 && marked.text.size() > openedAt)
                marked.marks.append({openedAt, marked.text.size() - openedAt});
            openedAt = -1;
        } else {
            marked.text.append(c);
        }
    }
    return marked;
}

MarkedText MarkedText::withRanges(const QString &text, QList<TextRange> ranges) {
    MarkedText marked;
    marked.text = text;
    std::sort(ranges.begin(), ranges.end(),
              [](const TextRange &a, const TextRange &b) { return a.start < b.start; });
    for (TextRange range : std::as_const(ranges)) {
        range.start = qBound<qsizetype>(0, range.start, text.size());
        range.length = qBound<qsizetype>(0, range.length, text.size() - range.start);
        if (range.length == 0)
            continue;
        if (!marked.marks.isEmpty()) {
            TextRange &last = marked.marks.last();
            if (range.start <= last.start + last.length) {
                last.length =
                    qMax(last.start + last.length, range.start + range.length) - last.start;
                continue;
            }
        }
        marked.marks.append(range);
    }
    return marked;
}

QStringList MarkedText::markedStrings() const {
    QStringList strings;
    for (const TextRange &mark : marks)
        strings.append(text.mid(mark.start, mark.length));
    return strings;
}

QString MarkedText::toHtml() const {
    return joined(*this, QStringLiteral("<mark>"), QStringLiteral("</mark>"), escaped);
}

QString MarkedText::withDelimiters(const QString &open, const QString &close) const {
    return joined(*this, open, close, asIs);
}

} // namespace pr
