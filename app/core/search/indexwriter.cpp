// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "indexwriter.h"

#include "content/pack.h"
#include "markdownplaintext.h"
#include "searchlanguage.h"
#include "snowballtokenizer.h"
#include "sqlitedatabase.h"
#include "sqlitestatement.h"
#include "vocabulary.h"

#include <QHash>
#include <algorithm>

namespace pr {
namespace {

constexpr qsizetype kCancelCheckEvery = 256;

QString relatedText(const Entry &entry) {
    QStringList labels;
    for (const CrossReference &x : entry.seeAlso)
        labels.append(x.label);
    return labels.join(QLatin1Char('\n'));
}

bool insertEntries(SqliteDatabase &db, const Pack &pack, QString *error,
                   const std::function<bool()> &cancelled) {
    SqliteStatement insert(db.handle(),
                           QStringLiteral("INSERT INTO %1(rowid, question, answer, related) "
                                          "VALUES(?, ?, ?, ?)")
                               .arg(QLatin1String(IndexWriter::kTable)));
    if (!insert.isValid()) {
        *error = insert.errorString();
        return false;
    }
    const QList<Entry> &entries = pack.entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (cancelled && i % kCancelCheckEvery == 0 && cancelled()) {
            *error = QStringLiteral("The index build was cancelled.");
            return false;
        }
        const Entry &entry = entries.at(i);
        insert.bind(1, qint64(i));
        insert.bind(2, IndexWriter::indexableText(entry.question));
        insert.bind(
            3, IndexWriter::indexableText(MarkdownPlainText::fromMarkdown(entry.answerMarkdown)));
        insert.bind(4, IndexWriter::indexableText(relatedText(entry)));
        if (!insert.run()) {
            *error = insert.errorString();
            return false;
        }
    }
    return true;
}

} // namespace

QString IndexWriter::indexableText(const QString &plainText) {
    auto isControl = [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\n')) ||
               (c.unicode() >= 0x7F && c.unicode() <= 0x9F);
    };
    if (std::none_of(plainText.cbegin(), plainText.cend(), isControl))
        return plainText;
    QString clean = plainText;
    std::replace_if(clean.begin(), clean.end(), isControl, QLatin1Char(' '));
    return clean;
}

bool IndexWriter::write(SqliteDatabase &db, const Pack &pack, const SearchLanguage &language,
                        QString *error, const std::function<bool()> &cancelled) {
    const QString table = QLatin1String(kTable);
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE %1 USING fts5(question, answer, related, "
                                "tokenize = '%2')")
                     .arg(table, language.tokenizeOption().replace(QLatin1Char('\''),
                                                                   QStringLiteral("''"))),
                 error))
        return false;
    if (!db.exec(QStringLiteral("INSERT INTO %1(%1, rank) VALUES('rank', '%2')")
                     .arg(table, QStringLiteral("bm25(%1, %2, %3)")
                                     .arg(kColumnWeights[0])
                                     .arg(kColumnWeights[1])
                                     .arg(kColumnWeights[2])),
                 error))
        return false;
    if (!db.exec(QStringLiteral("BEGIN"), error))
        return false;
    if (!insertEntries(db, pack, error, cancelled)) {
        QString ignored;
        db.exec(QStringLiteral("ROLLBACK"), &ignored);
        return false;
    }
    if (!db.exec(QStringLiteral("COMMIT"), error))
        return false;
    return db.exec(QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(table), error);
}

bool IndexWriter::readVocabulary(SqliteDatabase &db, Vocabulary *vocabulary, QString *error) {
    const QString table = QLatin1String(kTable);
    if (!db.exec(QStringLiteral("CREATE VIRTUAL TABLE temp.vocabulary_rows USING "
                                "fts5vocab(main, %1, row);"
                                "CREATE VIRTUAL TABLE temp.vocabulary_columns USING "
                                "fts5vocab(main, %1, col)")
                     .arg(table),
                 error))
        return false;
    QHash<QString, TermFrequency> frequencies;
    {
        SqliteStatement rows(db.handle(),
                             QStringLiteral("SELECT term, doc FROM temp.vocabulary_rows"));
        while (rows.next())
            frequencies[rows.text(0)].entries = int(rows.integer(1));
        SqliteStatement columns(db.handle(),
                                QStringLiteral("SELECT term, doc FROM temp.vocabulary_columns "
                                               "WHERE col = 'question'"));
        while (columns.next())
            frequencies[columns.text(0)].inQuestions = int(columns.integer(1));
        SqliteStatement count(db.handle(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        if (rows.failed() || columns.failed() || !count.next()) {
            *error = db.lastError();
            return false;
        }
        vocabulary->setEntryCount(int(count.integer(0)));
    }
    const QChar marker = QLatin1Char(SnowballTokenizer::kStemMarker);
    for (auto it = frequencies.cbegin(); it != frequencies.cend(); ++it) {
        if (it.key().startsWith(marker))
            vocabulary->addIndexedStem(it.key().mid(1), it.value());
        else
            vocabulary->addIndexedWord(it.key(), it.value());
    }
    return db.exec(QStringLiteral("DROP TABLE temp.vocabulary_rows;"
                                  "DROP TABLE temp.vocabulary_columns"),
                   error);
}

} // namespace pr
