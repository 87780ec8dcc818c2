// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "web/pageserver.h"

#include <QWebEngineUrlSchemeHandler>

namespace pr {

// Serves reader: URLs to WebEngine from the pure PageServer.
class SchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT

public:
    SchemeHandler(const PageServer &server, QObject *parent = nullptr);

    // Must run before the QApplication is created.
    static void registerScheme();

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    const PageServer &m_server;
};

} // namespace pr
