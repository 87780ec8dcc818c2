// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packfiles.h"

#include <QByteArray>
#include <QList>
#include <cstddef>
#include <cstdint>

// What the libFuzzer targets share: the input as bytes, the input read as a pack's files,
// and a message handler that keeps Qt's warnings about bad input off the fuzzer's output.
namespace pr::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size) {
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A pack's files as one input: "path\0content\0path\0content..." (tests/fuzz/corpus/pack
// holds the test fixtures' packs in this form; tools/fuzz-seeds.sh writes them).
inline PackFileMap packFiles(const QByteArray &input) {
    PackFileMap files;
    const QList<QByteArray> parts = input.split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2)
        files.insert(QString::fromUtf8(parts.at(i)), parts.at(i + 1));
    return files;
}

inline void silenceQtMessages() {
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

} // namespace pr::fuzz
