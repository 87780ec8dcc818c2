// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sentencesplitter.h"

#include <QTextBoundaryFinder>

namespace pr {
namespace {

QString primaryLanguage(const QString &tag) {
    return tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

QStringList abbreviationsFor(const QString &language) {
    // Only abbreviations that are followed by more of the same sentence; words like "etc." that
    // often end one are left out, so a sentence ending with them still ends.
    if (language == QLatin1String("en"))
        return {QStringLiteral("e.g."),    QStringLiteral("i.e."), QStringLiteral("dr."),
                QStringLiteral("mr."),     QStringLiteral("mrs."), QStringLiteral("ms."),
                QStringLiteral("prof."),   QStringLiteral("st."),  QStringLiteral("vs."),
                QStringLiteral("approx."), QStringLiteral("no."),  QStringLiteral("fig."),
                QStringLiteral("cf."),     QStringLiteral("u.s."), QStringLiteral("u.k."),
                QStringLiteral("mg."),     QStringLiteral("a.m."), QStringLiteral("p.m.")};
    if (language == QLatin1String("es"))
        return {QStringLiteral("p. ej."), QStringLiteral("ej."),     QStringLiteral("dr."),
                QStringLiteral("dra."),   QStringLiteral("sr."),     QStringLiteral("sra."),
                QStringLiteral("srta."),  QStringLiteral("ud."),     QStringLiteral("uds."),
                QStringLiteral("núm."),   QStringLiteral("n.º"),     QStringLiteral("pág."),
                QStringLiteral("aprox."), QStringLiteral("prof."),   QStringLiteral("profa."),
                QStringLiteral("lic."),   QStringLiteral("ee. uu."), QStringLiteral("uu.")};
    return {};
}

bool isSpace(QChar c) {
    return c.isSpace();
}

} // namespace

SentenceSplitter::SentenceSplitter(const QString &languageTag)
    : m_abbreviations(abbreviationsFor(primaryLanguage(languageTag))) {}

bool SentenceSplitter::endsWithAbbreviation(const QString &text, int end) const {
    // end: just past the sentence's last non-space character.
    if (end <= 0 || text.at(end - 1) != QLatin1Char('.'))
        return false;
    for (const QString &abbreviation : m_abbreviations) {
        const int start = end - int(abbreviation.size());
        if (start < 0)
            continue;
        if (text.mid(start, abbreviation.size()).compare(abbreviation, Qt::CaseInsensitive) != 0)
            continue;
        // A whole word: "Dr." but not "sidr."
        if (start == 0 || !text.at(start - 1).isLetterOrNumber())
            return true;
    }
    return false;
}

QList<SentenceSplitter::Span> SentenceSplitter::split(const QString &text) const {
    QList<Span> spans;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    int start = 0;
    auto add = [&](int from, int to) {
        while (from < to && isSpace(text.at(from)))
            ++from;
        while (to > from && isSpace(text.at(to - 1)))
            --to;
        if (to > from)
            spans.append({from, to - from});
    };
    while (finder.toNextBoundary() != -1) {
        const int boundary = finder.position();
        if (boundary >= text.size())
            break;
        int end = boundary;
        while (end > start && isSpace(text.at(end - 1)))
            --end;
        if (endsWithAbbreviation(text, end))
            continue;
        add(start, boundary);
        start = boundary;
    }
    add(start, int(text.size()));
    return spans;
}

QStringList SentenceSplitter::sentences(const QString &text) const {
    QStringList result;
    for (const Span &span : split(text))
        result.append(text.mid(span.start, span.length));
    return result;
}

} // namespace pr
