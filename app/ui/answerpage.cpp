#include "answerpage.h"

#include "web/pageserver.h"

namespace pr {

bool AnswerPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    Q_UNUSED(isMainFrame);
    if (url.scheme() == QLatin1String(PageServer::scheme()))
        return true;
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
