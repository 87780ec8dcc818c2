// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "citations/cslitem.h"
#include "content/packreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace pr::test {

inline QJsonObject json(const char *text) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

inline CslItem item(const char *text) {
    return CslItem::fromJson(json(text));
}

inline Pack readPack(const QString &directory) {
    const PackReadResult result = PackReader().read(directory);
    if (!result.ok())
        qFatal("cannot read %s", qPrintable(directory));
    return *result.pack;
}

inline Pack bundledPack() {
    return readPack(PackReader::bundledPackPath());
}

inline Pack citedAnswersPack() {
    return readPack(QStringLiteral(PR_FIXTURES_DIR "/packs/cited-answers"));
}

} // namespace pr::test
