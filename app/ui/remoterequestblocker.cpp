// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "remoterequestblocker.h"

#include "web/pageserver.h"

#include <QWebEngineUrlRequestInfo>

namespace pr {

bool RemoteRequestBlocker::isAllowed(const QUrl &url) {
    return url.scheme() == QLatin1String(PageServer::scheme());
}

void RemoteRequestBlocker::interceptRequest(QWebEngineUrlRequestInfo &info) {
    if (isAllowed(info.requestUrl()))
        return;
    info.block(true);
    m_blocked.ref();
    emit blocked(info.requestUrl());
}

} // namespace pr
