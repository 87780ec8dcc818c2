// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <QUrl>

namespace pr {

// An address a pack may link to: http or https with a host, nothing else (no javascript:,
// file: or data:).
inline bool isWebAddress(const QString &address) {
    const QUrl url(address, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
           !url.host().isEmpty();
}

} // namespace pr
