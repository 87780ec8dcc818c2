// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packfiles.h"
#include "content/packproblem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <optional>

namespace pr {

// The single-file form of a language pack (".prpack"): one JSON document, easy to email or
// copy to a USB stick, that holds the files of a language pack folder:
//   {"format": "patient-reader-language-pack", "version": 1,
//    "files": {"manifest.json": "<text>", "answers/cost.md": "<text>",
//              "patient-reader_es.ts": "<text>", "image.png": {"base64": "<bytes>"}}}
// It is never unpacked to disk: the files go to PackReader in memory. Not being an archive,
// it cannot be a compression bomb; its size, its number of files and every file name are
// still checked before anything else is read.
class LanguagePackFile {
public:
    struct Limits {
        qint64 maxFileBytes = 32 * 1024 * 1024; // the .prpack file itself
        int maxFiles = 20100;                   // a full pack of 20,000 answers, and a few more
    };

    static constexpr const char *kFormat = "patient-reader-language-pack";
    static constexpr int kVersion = 1;
    static QString suffix() { return QStringLiteral("prpack"); }

    // Problems are reported against the file's name.
    static std::optional<PackFileMap> read(const QString &path, const Limits &limits,
                                           PackProblems *problems);
    // signatures, when given, receives the pack's "signatures" member (empty when it has
    // none; undefined when it is there but not a list).
    static std::optional<PackFileMap> parse(const QByteArray &bytes, const QString &name,
                                            const Limits &limits, PackProblems *problems,
                                            QJsonValue *signatures = nullptr);
    // Files whose name ends in ".json", ".md" or ".ts" are stored as text, the rest as base64. The
    // signatures, when given, are kept beside the files (see signing/packcontents.h).
    static QByteArray serialize(const PackFileMap &files, const QJsonArray &signatures = {});
};

} // namespace pr
