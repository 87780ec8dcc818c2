// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "crisistriggers.h"

#include "system/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pr {
namespace {

// Arabic letters written several ways: the bare alef for its hamza and wasla forms, yeh for
// alef maqsura, heh for teh marbuta. NFKD already splits the hamza off أ, إ and آ.
QChar foldArabicLetter(QChar c) {
    switch (c.unicode()) {
    case 0x0671:
        return QChar(0x0627);
    case 0x0649:
        return QChar(0x064A);
    case 0x0629:
        return QChar(0x0647);
    default:
        return c;
    }
}

QString fold(const QString &text) {
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing || c.unicode() == 0x0640) // tatweel
            continue;
        out.append(foldArabicLetter(c));
    }
    return out.toCaseFolded();
}

} // namespace

QStringList CrisisTriggers::words(const QString &text) {
    QStringList result;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber() || c == QLatin1Char('*')) {
            current.append(c);
        } else if (!current.isEmpty()) {
            result.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        result.append(current);
    return result;
}

bool CrisisTriggers::Word::matches(const QString &word) const {
    if (anyStart && anyEnd)
        return word.contains(text);
    if (anyStart)
        return word.endsWith(text);
    if (anyEnd)
        return word.startsWith(text);
    return word == text;
}

CrisisTriggers CrisisTriggers::fromJson(const QByteArray &json, QString *error) {
    CrisisTriggers result;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return result;
    }
    const QJsonValue languages = doc.object().value(QLatin1String("languages"));
    if (!languages.isObject()) {
        *error = QStringLiteral("must hold an object with a \"languages\" object");
        return result;
    }
    const QJsonObject byLanguage = languages.toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        if (!it.value().isArray()) {
            *error =
                QStringLiteral("\"languages\".\"%1\" must be an array of phrases").arg(it.key());
            return {};
        }
        QList<Phrase> phrases;
        const QJsonArray array = it.value().toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Phrase phrase;
            for (const QString &w : words(array.at(i).toString())) {
                Word word;
                word.anyStart = w.startsWith(QLatin1Char('*'));
                word.anyEnd = w.endsWith(QLatin1Char('*'));
                word.text = w;
                word.text.remove(QLatin1Char('*'));
                if (!word.text.isEmpty())
                    phrase.append(word);
            }
            if (phrase.isEmpty()) {
                *error = QStringLiteral("\"languages\".\"%1\"[%2] is not a phrase with letters")
                             .arg(it.key())
                             .arg(i);
                return {};
            }
            phrases.append(phrase);
        }
        result.m_phrases.insert(it.key(), phrases);
    }
    error->clear();
    return result;
}

CrisisTriggers CrisisTriggers::bundled() {
    QFile file(QStringLiteral(":/help/crisis-triggers.json"));
    QString error = QStringLiteral("cannot be opened");
    CrisisTriggers triggers;
    if (file.open(QIODevice::ReadOnly))
        triggers = fromJson(file.readAll(), &error);
    if (!error.isEmpty())
        qCCritical(lcSafety, "resources/help/crisis-triggers.json: %s", qPrintable(error));
    return triggers;
}

bool CrisisTriggers::containsPhrase(const QStringList &words, const Phrase &phrase) {
    for (qsizetype start = 0; start + phrase.size() <= words.size(); ++start) {
        bool all = true;
        for (qsizetype j = 0; j < phrase.size() && all; ++j)
            all = phrase.at(j).matches(words.at(start + j));
        if (all)
            return true;
    }
    return false;
}

bool CrisisTriggers::matches(const QString &text) const {
    const QStringList textWords = words(text);
    if (textWords.isEmpty())
        return false;
    for (const QList<Phrase> &phrases : m_phrases) {
        for (const Phrase &phrase : phrases) {
            if (containsPhrase(textWords, phrase))
                return true;
        }
    }
    return false;
}

} // namespace pr
