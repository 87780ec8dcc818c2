// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "protectedtokens.h"

#include <QRegularExpression>

namespace pr {

QList<ProtectedToken> protectedTokens(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral(
        R"(\]\([^)\s]*\)|\[@[^\]]*\]|<https?://[^>\s]+>|https?://[^\s)>\]]+|doi:[^\s)\]]+|)"
        R"(\b10\.\d{4,9}/[^\s)\]]+|%\d+|\{[A-Za-z_]\w*\})"));
    QList<ProtectedToken> tokens;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        tokens.append({match.capturedStart(), match.captured()});
    }
    return tokens;
}

QStringList protectedTokenTexts(const QString &text) {
    QStringList texts;
    for (const ProtectedToken &token : protectedTokens(text))
        texts.append(token.text);
    texts.sort();
    return texts;
}

QString protectedTokenMismatch(const QString &source, const QString &translation) {
    QStringList missing = protectedTokenTexts(source);
    QStringList added;
    for (const QString &token : protectedTokenTexts(translation)) {
        if (!missing.removeOne(token))
            added.append(token);
    }
    QStringList parts;
    if (!missing.isEmpty())
        parts.append(QStringLiteral("missing %1").arg(missing.join(QStringLiteral(" "))));
    if (!added.isEmpty())
        parts.append(QStringLiteral("not in the source %1").arg(added.join(QStringLiteral(" "))));
    return parts.join(QStringLiteral("; "));
}

} // namespace pr
