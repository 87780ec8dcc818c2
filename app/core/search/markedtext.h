// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>

namespace pr {

// A stretch of a plain text, in UTF-16 code units.
struct TextRange {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextRange &a, const TextRange &b) {
        return a.start == b.start && a.length == b.length;
    }
};

// Plain text with some stretches marked (the words a search matched). The text is never
// escaped: whoever makes HTML of it escapes it there (toHtml).
struct MarkedText {
    QString text;
    QList<TextRange> marks; // in order, not overlapping

    // Takes the marks out of text that SQLite's highlight() or snippet() returned with the
    // given one-character delimiters.
    static MarkedText fromDelimited(const QString &delimited, QChar open, QChar close);
    // text with the marks made by ranges (sorted and merged; out-of-range parts dropped).
    static MarkedText withRanges(const QString &text, QList<TextRange> ranges);

    QStringList markedStrings() const;
    // The text HTML-escaped, each mark inside <mark>...</mark>.
    QString toHtml() const;
    // The text with each mark between open and close, e.g. "[" and "]" for a terminal.
    QString withDelimiters(const QString &open, const QString &close) const;
};

} // namespace pr
