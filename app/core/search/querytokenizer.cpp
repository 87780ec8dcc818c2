// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "querytokenizer.h"

namespace pr {
namespace {

bool isWordCharacter(char32_t c) {
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

// SQLite's unicode61 tokenizer removes diacritics from Latin, Greek and Cyrillic letters only;
// elsewhere a combining mark belongs to the letter (Devanagari vowel signs, for example), and
// decomposing would change the word.
bool hasRemovableDiacritics(const QString &word) {
    for (const QChar c : word) {
        if (c.isSurrogate() || c.isMark() || !c.isLetter())
            continue;
        switch (c.script()) {
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
        case QChar::Script_Common:
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace

QList<QueryWord> QueryTokenizer::split(const QString &text, int maxWords) {
    QList<QueryWord> words;
    const qsizetype size = text.size();
    qsizetype i = 0;
    qsizetype wordStart = -1;
    auto finishWord = [&](qsizetype end) {
        if (wordStart < 0)
            return;
        QueryWord word;
        word.text = text.mid(wordStart, qMin<qsizetype>(end - wordStart, kMaxWordLength));
        word.folded = fold(word.text);
        word.start = wordStart;
        wordStart = -1;
        if (!word.folded.isEmpty())
            words.append(word);
    };
    while (i < size && words.size() < maxWords) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        if (isWordCharacter(c)) {
            if (wordStart < 0)
                wordStart = i;
        } else {
            finishWord(i);
        }
        i += width;
    }
    const bool endsInsideWord = wordStart >= 0 && i >= size;
    finishWord(i);
    if (endsInsideWord && !words.isEmpty())
        words.last().isPrefix = true;
    return words;
}

QString QueryTokenizer::fold(const QString &word) {
    if (!hasRemovableDiacritics(word))
        return word.toCaseFolded();
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            result += c;
    }
    return result.toCaseFolded();
}

} // namespace pr
