// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerview.h"

#include "answerpage.h"
#include "readerprofile.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QWebEngineContextMenuRequest>
#include <QWebEngineScript>
#include <array>

namespace pr {
namespace {

constexpr std::array<qreal, 11> kZoomSteps = {0.5,  0.67, 0.8,  0.9, 1.0, 1.1,
                                              1.25, 1.5,  1.75, 2.0, 2.5};

} // namespace

AnswerView::AnswerView(ReaderProfile &profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_page(new AnswerPage(profile.profile(), this)) {
    setPage(m_page);
    setAcceptDrops(false);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Answer"));
    setAccessibleDescription(tr("The chosen answer. Use Tab to move between its links."));
    connect(this, &QWebEngineView::loadStarted, this, [this] { m_loading = true; });
    connect(this, &QWebEngineView::loadFinished, this, [this] { m_loading = false; });
}

void AnswerView::setZoom(qreal factor) {
    factor = qBound(kMinZoom, factor, kMaxZoom);
    if (qFuzzyCompare(factor, zoomFactor()))
        return;
    setZoomFactor(factor);
    emit zoomChanged(factor);
}

void AnswerView::zoomIn() {
    for (qreal step : kZoomSteps) {
        if (step > zoomFactor() + 0.001) {
            setZoom(step);
            return;
        }
    }
    setZoom(kMaxZoom);
}

void AnswerView::zoomOut() {
    if (zoomFactor() > kZoomSteps.back() + 0.001) {
        setZoom(kZoomSteps.back());
        return;
    }
    for (auto it = kZoomSteps.rbegin(); it != kZoomSteps.rend(); ++it) {
        if (*it < zoomFactor() - 0.001) {
            setZoom(*it);
            return;
        }
    }
}

void AnswerView::resetZoom() {
    setZoom(1.0);
}

void AnswerView::contextMenuEvent(QContextMenuEvent *event) {
    // Only what a reader needs: never "save page", "view source" or "inspect".
    QMenu menu(this);
    const QWebEngineContextMenuRequest *request = lastContextMenuRequest();
    if (request && !request->selectedText().isEmpty())
        menu.addAction(pageAction(QWebEnginePage::Copy));
    if (request && request->linkUrl().isValid() &&
        request->linkUrl().scheme() != QLatin1String("reader"))
        menu.addAction(pageAction(QWebEnginePage::CopyLinkToClipboard));
    menu.addAction(pageAction(QWebEnginePage::SelectAll));
    menu.addSeparator();
    menu.addAction(pageAction(QWebEnginePage::Back));
    menu.addAction(pageAction(QWebEnginePage::Forward));
    menu.exec(event->globalPos());
}

void AnswerView::scrollToTop() {
    // Page scripts are off; the application's own script world still runs.
    page()->runJavaScript(QStringLiteral("window.scrollTo(0, 0);"),
                          QWebEngineScript::ApplicationWorld);
}

} // namespace pr
