// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sourcetextfacts.h"

#include <QRegularExpression>

namespace pr {

QString foldForComparison(const QString &text) {
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

bool SourceTextFacts::mentions(const QString &words) const {
    const QString folded = foldForComparison(words);
    return !folded.isEmpty() && m_folded.contains(folded);
}

SourceTextFacts SourceTextFacts::read(const QString &sourceText) {
    SourceTextFacts facts;
    const QString text = sourceText.simplified();
    facts.m_folded = foldForComparison(text);

    static const QRegularExpression year(QStringLiteral("\\((\\d{4})[a-z]?\\)"));
    const QRegularExpressionMatch y = year.match(text);
    if (y.hasMatch())
        facts.year = y.captured(1);

    // ", 74(4), 399-405." or ", 159, 56-61." or ", 14, 612529." at the end.
    static const QRegularExpression location(QStringLiteral(
        ",\\s*(\\d+)\\s*(?:\\(([^)]+)\\))?\\s*,\\s*([A-Za-z]?\\d+(?:\\s*[-\\x{2013}]\\s*[A-Za-z]?"
        "\\d+)?)\\s*\\.?\\s*$"));
    const QRegularExpressionMatch l = location.match(text);
    if (l.hasMatch()) {
        facts.volume = l.captured(1);
        facts.issue = l.captured(2);
        facts.pages = l.captured(3).remove(QLatin1Char(' '));
    }

    facts.elidesAuthors = text.contains(QChar(0x2026)) || text.contains(QLatin1String("...")) ||
                          text.contains(QLatin1String("et al"), Qt::CaseInsensitive);
    return facts;
}

} // namespace pr
