// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "schemehandler.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace pr {

SchemeHandler::SchemeHandler(const PageServer &server, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
    , m_server(server) {}

void SchemeHandler::registerScheme() {
    QWebEngineUrlScheme scheme(PageServer::scheme());
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme |
                    QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void SchemeHandler::requestStarted(QWebEngineUrlRequestJob *job) {
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const WebReply reply = m_server.serve(job->requestUrl());
    auto *buffer = new QBuffer(job);
    buffer->setData(reply.body);
    buffer->open(QIODevice::ReadOnly);
    job->reply(reply.mimeType, buffer);
}

} // namespace pr
