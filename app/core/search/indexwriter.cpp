// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "indexwriter.h"

#include "content/pack.h"
#include "markdownplaintext.h"
#include "searchlanguage.h"
#include "snowballtokenizer.h"
#include "vocabulary.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace pr {
namespace {

bool exec(QSqlQuery &query, const QString &sql, QString *error) {
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

QString relatedText(const Entry &entry) {
    QStringList labels;
    for (const CrossReference &x : entry.seeAlso)
        labels.append(x.label);
    return labels.join(QLatin1Char('\n'));
}

} // namespace

QString IndexWriter::indexableText(const QString &plainText) {
    auto isControl = [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\n')) ||
               (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    };
    if (std::none_of(plainText.cbegin(), plainText.cend(), isControl))
        return plainText.toHtmlEscaped();
    QString clean = plainText;
    std::replace_if(clean.begin(), clean.end(), isControl, QLatin1Char(' '));
    return clean.toHtmlEscaped();
}

bool IndexWriter::write(QSqlDatabase db, const Pack &pack, const SearchLanguage &language,
                        QString *error) {
    const QString table = QLatin1String(kTable);
    QSqlQuery query(db);
    if (!exec(query,
              QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(question, answer, related, "
                             "tokenize = '%2')")
                  .arg(table,
                       language.tokenizeOption().replace(QLatin1Char('\''), QStringLiteral("''"))),
              error))
        return false;
    if (!exec(query,
              QStringLiteral("INSERT INTO %1(%1, rank) VALUES('rank', '%2')")
                  .arg(table, QStringLiteral("bm25(%1, %2, %3)")
                                  .arg(kColumnWeights[0])
                                  .arg(kColumnWeights[1])
                                  .arg(kColumnWeights[2])),
              error))
        return false;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (!query.prepare(QStringLiteral("INSERT INTO %1(rowid, question, answer, related) "
                                      "VALUES(?, ?, ?, ?)")
                           .arg(table))) {
        *error = query.lastError().text();
        db.rollback();
        return false;
    }
    const QList<Entry> &entries = pack.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &entry = entries.at(i);
        query.bindValue(0, qlonglong(i));
        query.bindValue(1, indexableText(entry.question));
        query.bindValue(2, indexableText(MarkdownPlainText::fromMarkdown(entry.answerMarkdown)));
        query.bindValue(3, indexableText(relatedText(entry)));
        if (!query.exec()) {
            *error = query.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return exec(query, QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(table), error);
}

bool IndexWriter::readVocabulary(QSqlDatabase db, Vocabulary *vocabulary, QString *error) {
    QSqlQuery query(db);
    const QString table = QLatin1String(kTable);
    if (!exec(query,
              QStringLiteral("CREATE VIRTUAL TABLE temp.vocabulary_rows USING "
                             "fts5vocab(main, %1, row)")
                  .arg(table),
              error) ||
        !exec(query,
              QStringLiteral("CREATE VIRTUAL TABLE temp.vocabulary_columns USING "
                             "fts5vocab(main, %1, col)")
                  .arg(table),
              error))
        return false;
    QHash<QString, TermFrequency> frequencies;
    if (!exec(query, QStringLiteral("SELECT term, doc FROM temp.vocabulary_rows"), error))
        return false;
    while (query.next())
        frequencies[query.value(0).toString()].entries = query.value(1).toInt();
    if (!exec(query,
              QStringLiteral("SELECT term, doc FROM temp.vocabulary_columns "
                             "WHERE col = 'question'"),
              error))
        return false;
    while (query.next())
        frequencies[query.value(0).toString()].inQuestions = query.value(1).toInt();
    if (!exec(query, QStringLiteral("SELECT count(*) FROM %1").arg(table), error) ||
        !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    vocabulary->setEntryCount(query.value(0).toInt());
    query.finish();
    const QChar marker = QLatin1Char(SnowballTokenizer::kStemMarker);
    for (auto it = frequencies.cbegin(); it != frequencies.cend(); ++it) {
        if (it.key().startsWith(marker))
            vocabulary->addIndexedStem(it.key().mid(1), it.value());
        else
            vocabulary->addIndexedWord(it.key(), it.value());
    }
    return exec(query, QStringLiteral("DROP TABLE temp.vocabulary_rows"), error) &&
           exec(query, QStringLiteral("DROP TABLE temp.vocabulary_columns"), error);
}

} // namespace pr
