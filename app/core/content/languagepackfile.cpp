// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "languagepackfile.h"

#include "system/jsonparsemessage.h"
#include "system/regularfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace pr {
namespace {

bool isTextFile(const QString &name) {
    return name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".md")) ||
           name.endsWith(QLatin1String(".ts"));
}

QString firstTextByte(const QByteArray &bytes) {
    for (const char c : bytes) {
        if (!QChar::isSpace(uchar(c)))
            return QString(QLatin1Char(c));
    }
    return {};
}

} // namespace

std::optional<PackFileMap> LanguagePackFile::read(const QString &path, const Limits &limits,
                                                  PackProblems *problems) {
    const QFileInfo info(path);
    const QString name = info.fileName();
    auto fail = [&](const QString &message) {
        problems->append({PackProblem::Severity::Error, name, 0, message});
        return std::nullopt;
    };
    // A regular file within the limit, checked before anything is read: never a FIFO or a
    // device, even behind a link.
    FileProblem problem;
    const std::optional<QByteArray> bytes = RegularFile::read(path, limits.maxFileBytes, &problem);
    if (!bytes) {
        switch (problem.kind) {
        case FileProblem::Kind::Missing:
            return fail(QStringLiteral("the file does not exist"));
        case FileProblem::Kind::TooLarge:
            return fail(QStringLiteral("the file ") +
                        problem.what.replace(QStringLiteral("is too large"),
                                             QStringLiteral("is too large for a language pack")));
        default:
            return fail(problem.what);
        }
    }
    return parse(*bytes, name, limits, problems);
}

std::optional<PackFileMap> LanguagePackFile::parse(const QByteArray &bytes, const QString &name,
                                                   const Limits &limits, PackProblems *problems,
                                                   QJsonValue *signatures) {
    auto fail = [&](const QString &message) {
        problems->append({PackProblem::Severity::Error, name, 0, message});
        return std::nullopt;
    };
    if (bytes.size() > limits.maxFileBytes)
        return fail(QStringLiteral("the file is too large for a language pack"));
    const QString notAPack =
        QStringLiteral("is not a Patient Reader language pack (.%1)").arg(suffix());
    if (firstTextByte(bytes) != QLatin1String("{"))
        return fail(notAPack);
    if (!bytes.isValidUtf8())
        return fail(QStringLiteral("the file is not valid UTF-8 text: it is damaged, or not a "
                                   "language pack"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("the file is damaged or incomplete (%1)")
                        .arg(JsonParseMessage::untranslated(parseError, bytes)));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(kFormat))
        return fail(notAPack +
                    QStringLiteral(": its \"format\" is not \"%1\"").arg(QLatin1String(kFormat)));
    const int version = root.value(QLatin1String("version")).toInt(0);
    if (version != kVersion)
        return fail(QStringLiteral("is a language pack of container version %1; this reader "
                                   "reads version %2")
                        .arg(version)
                        .arg(kVersion));
    const QJsonValue filesValue = root.value(QLatin1String("files"));
    if (!filesValue.isObject())
        return fail(QStringLiteral("has no \"files\" object"));
    const QJsonObject files = filesValue.toObject();
    if (files.size() > limits.maxFiles)
        return fail(QStringLiteral("holds too many files (%1; the limit is %2)")
                        .arg(files.size())
                        .arg(limits.maxFiles));

    PackFileMap result;
    bool ok = true;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString fileName = it.key();
        if (!PackFiles::isSafeRelativePath(fileName)) {
            fail(QStringLiteral("holds a file named \"%1\": names must be relative paths that "
                                "stay inside the pack")
                     .arg(fileName));
            ok = false;
            continue;
        }
        if (it.value().isString()) {
            result.insert(fileName, it.value().toString().toUtf8());
        } else if (it.value().toObject().value(QLatin1String("base64")).isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                it.value().toObject().value(QLatin1String("base64")).toString().toLatin1(),
                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                fail(QStringLiteral("file \"%1\" is not valid base64").arg(fileName));
                ok = false;
                continue;
            }
            result.insert(fileName, *decoded);
        } else {
            fail(QStringLiteral("file \"%1\" must be a text or {\"base64\": ...}").arg(fileName));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    if (signatures)
        *signatures = root.value(QLatin1String("signatures"));
    return result;
}

QByteArray LanguagePackFile::serialize(const PackFileMap &files, const QJsonArray &signatures) {
    QJsonObject fileObject;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (isTextFile(it.key()) && it.value().isValidUtf8())
            fileObject.insert(it.key(), QString::fromUtf8(it.value()));
        else
            fileObject.insert(it.key(), QJsonObject{{QStringLiteral("base64"),
                                                     QString::fromLatin1(it.value().toBase64())}});
    }
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                     {QStringLiteral("version"), kVersion},
                     {QStringLiteral("files"), fileObject}};
    if (!signatures.isEmpty())
        root.insert(QStringLiteral("signatures"), signatures);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace pr
