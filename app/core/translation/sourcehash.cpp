// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "sourcehash.h"

#include <QCryptographicHash>

namespace pr {

QString sourceHash(const Entry &baseEntry) {
    QString answer = baseEntry.answerMarkdown;
    answer.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QString text = baseEntry.question.trimmed() + QLatin1Char('\n') + answer.trimmed();
    for (const CrossReference &x : baseEntry.seeAlso)
        text += QLatin1Char('\n') + x.label;
    const QByteArray digest =
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
    // 64 bits tell apart every edit a translator will meet; the full hash only adds noise.
    return QString::fromLatin1(digest.left(16));
}

} // namespace pr
