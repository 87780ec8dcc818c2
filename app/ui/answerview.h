// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QWebEngineView>

namespace pr {

class AnswerPage;
class ReaderProfile;

// The view that shows answer pages: text zoom in steps up to 300%, a short context menu
// (copy, select all, back, forward) and no drag and drop.
class AnswerView : public QWebEngineView {
    Q_OBJECT

public:
    static constexpr qreal kMinZoom = 0.5;
    static constexpr qreal kMaxZoom = 3.0;

    AnswerView(ReaderProfile &profile, QWidget *parent = nullptr);

    AnswerPage *answerPage() const { return m_page; }
    bool isLoading() const { return m_loading; }

    void zoomIn();
    void zoomOut();
    void resetZoom();
    void setZoom(qreal factor);
    // Back to the top of the page: the heading in view.
    void scrollToTop();

signals:
    void zoomChanged(qreal factor);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    AnswerPage *m_page;
    bool m_loading = false;
};

} // namespace pr
