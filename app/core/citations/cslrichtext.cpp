// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "cslrichtext.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

namespace pr {
namespace {

const QStringList kFormattingTags = {
    QStringLiteral("<i>"),   QStringLiteral("</i>"),   QStringLiteral("<b>"),
    QStringLiteral("</b>"),  QStringLiteral("<sup>"),  QStringLiteral("</sup>"),
    QStringLiteral("<sub>"), QStringLiteral("</sub>"),
};
const QString kNoCaseOpen = QStringLiteral("<span class=\"nocase\">");
const QString kSpanClose = QStringLiteral("</span>");

// Prepositions and conjunctions that headline styles leave in lower case even when long.
bool isMinorWord(const QString &lower) {
    static const QSet<QString> words = {
        QStringLiteral("about"),  QStringLiteral("above"),   QStringLiteral("across"),
        QStringLiteral("after"),  QStringLiteral("against"), QStringLiteral("along"),
        QStringLiteral("among"),  QStringLiteral("around"),  QStringLiteral("before"),
        QStringLiteral("behind"), QStringLiteral("below"),   QStringLiteral("between"),
        QStringLiteral("beyond"), QStringLiteral("during"),  QStringLiteral("from"),
        QStringLiteral("into"),   QStringLiteral("like"),    QStringLiteral("near"),
        QStringLiteral("onto"),   QStringLiteral("over"),    QStringLiteral("since"),
        QStringLiteral("than"),   QStringLiteral("that"),    QStringLiteral("through"),
        QStringLiteral("toward"), QStringLiteral("towards"), QStringLiteral("under"),
        QStringLiteral("until"),  QStringLiteral("upon"),    QStringLiteral("versus"),
        QStringLiteral("with"),   QStringLiteral("within"),  QStringLiteral("without"),
        QStringLiteral("when"),   QStringLiteral("where"),   QStringLiteral("while"),
    };
    return words.contains(lower);
}

// "Ketamine" but not "CANMAT", "mRNA", "I", "3D".
bool isCapitalisedWord(const QString &word) {
    if (word.size() < 2 || !word.front().isUpper())
        return word == QLatin1String("A");
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (!word.at(i).isLower())
            return false;
    }
    return true;
}

QString typographicQuotes(const QString &text, QChar before) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar previous = i > 0 ? text.at(i - 1) : before;
        const bool opens = previous.isNull() || previous.isSpace() ||
                           previous == QLatin1Char('(') || previous == QLatin1Char('[');
        if (c == QLatin1Char('\''))
            out += opens ? QChar(0x2018) : QChar(0x2019);
        else if (c == QLatin1Char('"'))
            out += opens ? QChar(0x201C) : QChar(0x201D);
        else
            out += c;
    }
    return out;
}

// Walks the words of the unprotected text. The callback gets the word, whether it starts the
// title or a subtitle, and whether it follows a hyphen or apostrophe; it returns the
// replacement.
template <typename Transform>
void forEachWord(QList<QString *> texts, QList<bool> protectedFlags, Transform transform) {
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+"));
    bool startsTitle = true;
    bool startsSubtitle = false;
    QChar previousChar;
    for (qsizetype t = 0; t < texts.size(); ++t) {
        QString &text = *texts.at(t);
        QString result;
        qsizetype last = 0;
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString between = text.mid(last, m.capturedStart() - last);
            for (const QChar c : between) {
                if (c == QLatin1Char(':') || c == QLatin1Char('?') || c == QLatin1Char('!') ||
                    c == QChar(0x2014))
                    startsSubtitle = true;
            }
            if (!between.isEmpty())
                previousChar = between.back();
            result += between;
            const bool joined = previousChar == QLatin1Char('-') || previousChar == QChar(0x2019) ||
                                previousChar == QLatin1Char('\'');
            const QString w = m.captured();
            result += protectedFlags.at(t) ? w : transform(w, startsTitle, startsSubtitle, joined);
            startsTitle = false;
            startsSubtitle = false;
            previousChar = w.back();
            last = m.capturedEnd();
        }
        result += text.mid(last);
        if (last < text.size())
            previousChar = text.back();
        text = result;
    }
}

} // namespace

CslRichText::CslRichText(const QString &markup) {
    bool noCase = false;
    int spanDepth = 0;
    QString text;
    auto flush = [&] {
        if (!text.isEmpty()) {
            QChar before;
            for (auto t = m_tokens.crbegin(); t != m_tokens.crend() && before.isNull(); ++t) {
                if (t->kind == Token::Text && !t->value.isEmpty())
                    before = t->value.back();
            }
            m_tokens.append({Token::Text, typographicQuotes(text, before), noCase});
        }
        text.clear();
    };
    for (qsizetype i = 0; i < markup.size();) {
        bool matched = false;
        if (markup.at(i) == QLatin1Char('<')) {
            const QStringView rest = QStringView(markup).mid(i);
            for (const QString &tag : kFormattingTags) {
                if (rest.startsWith(tag)) {
                    flush();
                    m_tokens.append({Token::Tag, tag, false});
                    i += tag.size();
                    matched = true;
                    break;
                }
            }
            if (!matched && rest.startsWith(kNoCaseOpen)) {
                flush();
                noCase = true;
                ++spanDepth;
                i += kNoCaseOpen.size();
                matched = true;
            } else if (!matched && spanDepth > 0 && rest.startsWith(kSpanClose)) {
                flush();
                noCase = --spanDepth > 0;
                i += kSpanClose.size();
                matched = true;
            }
        }
        if (!matched)
            text += markup.at(i++);
    }
    flush();
}

QString CslRichText::plain() const {
    QString out;
    for (const Token &t : m_tokens) {
        if (t.kind == Token::Text)
            out += t.value;
    }
    return out.simplified();
}

QString CslRichText::html() const {
    QString out;
    QStringList open;
    for (const Token &t : m_tokens) {
        if (t.kind == Token::Text) {
            out += t.value.toHtmlEscaped();
        } else if (!t.value.startsWith(QLatin1String("</"))) {
            open.append(t.value.mid(1, t.value.size() - 2));
            out += t.value;
        } else if (!open.isEmpty() && open.back() == t.value.mid(2, t.value.size() - 3)) {
            open.removeLast();
            out += t.value;
        }
    }
    while (!open.isEmpty())
        out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
    return out.simplified();
}

bool CslRichText::isHeadlineCase() const {
    int capitalised = 0;
    bool lowerSignificant = false;
    CslRichText copy = *this;
    QList<QString *> texts;
    QList<bool> flags;
    for (Token &t : copy.m_tokens) {
        if (t.kind == Token::Text) {
            texts.append(&t.value);
            flags.append(t.noCase);
        }
    }
    forEachWord(texts, flags, [&](const QString &w, bool, bool, bool joined) -> QString {
        const bool letters =
            std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
        if (!letters || joined || w.size() < 4 || isMinorWord(w.toLower()))
            return w;
        if (std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLower(); }))
            lowerSignificant = true;
        else if (isCapitalisedWord(w))
            ++capitalised;
        return w;
    });
    return capitalised >= 2 && !lowerSignificant;
}

CslRichText CslRichText::sentenceCased() const {
    if (!isHeadlineCase())
        return *this;
    CslRichText copy = *this;
    QList<QString *> texts;
    QList<bool> flags;
    for (Token &t : copy.m_tokens) {
        if (t.kind == Token::Text) {
            texts.append(&t.value);
            flags.append(t.noCase);
        }
    }
    forEachWord(texts, flags, [](const QString &w, bool startsTitle, bool, bool) -> QString {
        return !startsTitle && isCapitalisedWord(w) ? w.toLower() : w;
    });
    return copy;
}

CslRichText CslRichText::withSubtitlesCapitalised() const {
    CslRichText copy = *this;
    QList<QString *> texts;
    QList<bool> flags;
    for (Token &t : copy.m_tokens) {
        if (t.kind == Token::Text) {
            texts.append(&t.value);
            flags.append(t.noCase);
        }
    }
    forEachWord(texts, flags,
                [](const QString &w, bool startsTitle, bool startsSubtitle, bool) -> QString {
                    const bool allLower =
                        std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLower(); });
                    if ((startsTitle || startsSubtitle) && allLower)
                        return w.front().toUpper() + w.mid(1);
                    return w;
                });
    return copy;
}

} // namespace pr
