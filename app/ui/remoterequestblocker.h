// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWebEngineUrlRequestInterceptor>

namespace pr {

// Lets only the app's own reader: scheme through, so nothing a page holds ever reaches the
// network or the file system.
class RemoteRequestBlocker : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    static bool isAllowed(const QUrl &url);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    int blockedCount() const { return m_blocked.loadRelaxed(); }

signals:
    void blocked(const QUrl &url);

private:
    QAtomicInt m_blocked;
};

} // namespace pr
