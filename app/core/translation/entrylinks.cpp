// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "entrylinks.h"

#include "protectedtokens.h"

#include <QUrl>

namespace pr {

QList<EntryLink> entryLinks(const QString &markdown) {
    QList<EntryLink> links;
    for (const ProtectedToken &token : protectedTokens(markdown)) {
        // "](target)"
        if (!token.text.startsWith(QLatin1String("](")) || !token.text.endsWith(QLatin1Char(')')))
            continue;
        const QUrl url(token.text.mid(2, token.text.size() - 3).trimmed());
        if (url.scheme().compare(QLatin1String("entry"), Qt::CaseInsensitive) != 0)
            continue;
        const int line = int(QStringView(markdown).left(token.start).count(QLatin1Char('\n'))) + 1;
        links.append({url.path(), line});
    }
    return links;
}

} // namespace pr
