// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWebEnginePage>

namespace pr {

// The navigation policy of answer pages: reader: links navigate, web links are handed to the
// app (which asks before opening them, or never does on a kiosk), everything else is refused.
class AnswerPage : public QWebEnginePage {
    Q_OBJECT

public:
    using QWebEnginePage::QWebEnginePage;

signals:
    void externalLinkRequested(const QUrl &url);
    // A citation link (reader:/reference/KEY) was followed.
    void referenceRequested(const QString &referenceId);
    // The safety notice's "Print these help lines" link (kiosks that may print).
    void safetySlipRequested();

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                  const QString &) override {}
};

} // namespace pr
