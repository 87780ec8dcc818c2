// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "bookmarkfile.h"

#include "content/pack.h"
#include "system/jsonparsemessage.h"
#include "system/regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace pr {

namespace {

// Dates may be a little ahead of this computer's clock when the other computer's runs fast.
constexpr qint64 kClockSkewSecs = 2 * 24 * 3600;

QString isoDate(const QDateTime &dt) {
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

bool hasControlCharacters(const QString &text) {
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t' && u != u'\r') || u == 0x7f;
    });
}

// Checks one bookmark object of the file; returns an error message or an empty string.
class BookmarkReader {
    Q_DECLARE_TR_FUNCTIONS(pr::BookmarkFile)

public:
    BookmarkReader(const QJsonObject &object, int number, const QDateTime &now)
        : m_object(object)
        , m_number(number)
        , m_now(now) {}

    QString read(Bookmark *out) const {
        static const QSet<QString> known = {QStringLiteral("pack"), QStringLiteral("entry"),
                                            QStringLiteral("note"), QStringLiteral("created"),
                                            QStringLiteral("updated")};
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!known.contains(it.key()))
                return problem(tr("it has an unknown field \"%1\".").arg(it.key().left(40)));
        }
        QString error;
        if (!id(QStringLiteral("pack"), &out->key.packId, &error) ||
            !id(QStringLiteral("entry"), &out->key.entryId, &error))
            return error;
        const QJsonValue note = m_object.value(QStringLiteral("note"));
        if (!note.isUndefined() && !note.isString())
            return problem(tr("\"note\" must be text."));
        out->note = note.toString();
        if (out->note.size() > Bookmark::maxNoteLength)
            return problem(
                tr("the note is longer than %1 characters.").arg(Bookmark::maxNoteLength));
        if (hasControlCharacters(out->note))
            return problem(tr("the note contains control characters."));
        if (!date(QStringLiteral("created"), true, &out->created, &error))
            return error;
        out->updated = out->created;
        if (!date(QStringLiteral("updated"), false, &out->updated, &error))
            return error;
        if (out->updated < out->created)
            return problem(tr("it was updated before it was created."));
        return {};
    }

private:
    QString problem(const QString &what) const {
        return tr("Bookmark %1: %2").arg(m_number).arg(what);
    }

    bool id(const QString &field, QString *out, QString *error) const {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined())
            *error = problem(tr("\"%1\" is missing.").arg(field));
        else if (!v.isString())
            *error = problem(tr("\"%1\" must be text.").arg(field));
        else if (!isValidPackId(v.toString()))
            *error = problem(tr("\"%1\" is not a valid id (lower-case letters, digits, '.', '_' "
                                "or '-', at most 80).")
                                 .arg(field));
        else
            *out = v.toString();
        return error->isEmpty();
    }

    bool date(const QString &field, bool required, QDateTime *out, QString *error) const {
        const QJsonValue v = m_object.value(field);
        if (v.isUndefined()) {
            if (required)
                *error = problem(tr("\"%1\" is missing.").arg(field));
            return !required;
        }
        const QDateTime dt = v.isString() && v.toString().size() <= 40
                                 ? QDateTime::fromString(v.toString(), Qt::ISODateWithMs)
                                 : QDateTime();
        if (!dt.isValid())
            *error = problem(tr("\"%1\" must be a date like 2026-01-31T12:00:00Z.").arg(field));
        else if (dt.date().year() < 2000 || dt > m_now.addSecs(kClockSkewSecs))
            *error = problem(tr("\"%1\" lies outside the years this app has existed.").arg(field));
        else
            *out = dt.toUTC();
        return error->isEmpty();
    }

    const QJsonObject &m_object;
    int m_number;
    QDateTime m_now;
};

} // namespace

QByteArray BookmarkFile::encode(const QList<Bookmark> &bookmarks,
                                const QDateTime &exportedAt) const {
    QJsonArray list;
    for (const Bookmark &b : bookmarks) {
        list.append(QJsonObject{{QStringLiteral("pack"), b.key.packId},
                                {QStringLiteral("entry"), b.key.entryId},
                                {QStringLiteral("note"), b.note},
                                {QStringLiteral("created"), isoDate(b.created)},
                                {QStringLiteral("updated"), isoDate(b.updated)}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName()},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("exported"), isoDate(exportedAt)},
                           {QStringLiteral("bookmarks"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

BookmarkFile::ReadResult BookmarkFile::decode(const QByteArray &json, const QDateTime &now) const {
    ReadResult result;
    auto refuse = [&](const QString &error) {
        result.error = error;
        result.bookmarks.clear();
        return result;
    };
    if (json.size() > m_limits.maxFileBytes)
        return refuse(tr("The file is larger than %1 MB, too large for a bookmarks file.")
                          .arg(m_limits.maxFileBytes / (1024 * 1024)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(tr("The file is not valid JSON: %1.")
                          .arg(JsonParseMessage::describe(parseError, json)));
    if (!doc.isObject())
        return refuse(tr("The file is not a bookmarks file: it does not hold a JSON object."));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        return refuse(tr("The file is not a Patient Reader bookmarks file (its \"format\" is not "
                         "\"%1\").")
                          .arg(formatName()));
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != version.toInt())
        return refuse(tr("The file's \"version\" must be a whole number."));
    if (version.toInt() != formatVersion)
        return refuse(tr("The file has format version %1; this app reads version %2. It may come "
                         "from a newer version of Patient Reader.")
                          .arg(version.toInt())
                          .arg(formatVersion));
    static const QSet<QString> known = {QStringLiteral("format"), QStringLiteral("version"),
                                        QStringLiteral("exported"), QStringLiteral("bookmarks")};
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!known.contains(it.key()))
            return refuse(tr("The file has an unknown field \"%1\".").arg(it.key().left(40)));
    }
    const QJsonValue list = root.value(QStringLiteral("bookmarks"));
    if (!list.isArray())
        return refuse(tr("The file's \"bookmarks\" must be a list."));
    const QJsonArray array = list.toArray();
    if (array.size() > m_limits.maxBookmarks)
        return refuse(tr("The file holds %1 bookmarks; at most %2 can be imported.")
                          .arg(array.size())
                          .arg(m_limits.maxBookmarks));

    QHash<EntryKey, int> seen;
    result.bookmarks.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const int number = i + 1;
        if (!array.at(i).isObject())
            return refuse(tr("Bookmark %1 is not an object.").arg(number));
        const QJsonObject object = array.at(i).toObject();
        Bookmark b;
        if (const QString error = BookmarkReader(object, number, now).read(&b); !error.isEmpty())
            return refuse(error);
        if (const int first = seen.value(b.key); first > 0)
            return refuse(tr("Bookmark %1 repeats bookmark %2 (%3).")
                              .arg(number)
                              .arg(first)
                              .arg(b.key.toString()));
        seen.insert(b.key, number);
        result.bookmarks.append(b);
    }
    return result;
}

BookmarkFile::ReadResult BookmarkFile::read(const QString &filePath, const QDateTime &now) const {
    ReadResult result;
    // A regular file within the limit, checked on the opened file before it is read: never a
    // FIFO (which would block) or a device behind a link.
    FileProblem problem;
    const std::optional<QByteArray> bytes =
        RegularFile::read(filePath, m_limits.maxFileBytes, &problem);
    if (!bytes) {
        switch (problem.kind) {
        case FileProblem::Kind::TooLarge:
            result.error = tr("The file is larger than %1 MB, too large for a bookmarks file.")
                               .arg(m_limits.maxFileBytes / (1024 * 1024));
            break;
        case FileProblem::Kind::NotRegular:
        case FileProblem::Kind::Missing:
            result.error = tr("%1 is not a file.").arg(QDir::toNativeSeparators(filePath));
            break;
        default:
            result.error = tr("The file cannot be read: %1").arg(problem.what);
            break;
        }
        return result;
    }
    return decode(*bytes, now);
}

QString BookmarkFile::write(const QString &filePath, const QList<Bookmark> &bookmarks,
                            const QDateTime &exportedAt) const {
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly))
        return tr("The file cannot be written: %1").arg(file.errorString());
    file.write(encode(bookmarks, exportedAt));
    if (!file.commit())
        return tr("The file cannot be written: %1").arg(file.errorString());
    return {};
}

} // namespace pr
