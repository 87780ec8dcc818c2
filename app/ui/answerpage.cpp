// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerpage.h"

#include "web/pageserver.h"

namespace pr {

bool AnswerPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    Q_UNUSED(isMainFrame);
    if (url == QUrl(SafetyNoticeHtml::printUrl())) {
        emit safetySlipRequested();
        return false;
    }
    if (url.scheme() == QLatin1String(PageServer::scheme())) {
        const QString referenceId = PageServer::referenceIdOf(url);
        if (referenceId.isEmpty())
            return true;
        // A reference opens in the citation panel, never as a page of its own.
        emit referenceRequested(referenceId);
        return false;
    }
    const QString scheme = url.scheme().toLower();
    const bool web = scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
                     scheme == QLatin1String("mailto");
    if (web && type == NavigationTypeLinkClicked)
        emit externalLinkRequested(url);
    return false;
}

QWebEnginePage *AnswerPage::createWindow(WebWindowType) {
    return nullptr;
}

} // namespace pr
