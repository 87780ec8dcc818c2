// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "windowoverlay.h"

class QLabel;
class QPushButton;
class QScrollArea;

namespace pr {

class ReferenceListModel;

// The kiosk's "Sources": a plain-language list of what the answer cites and what a check
// against public records found, over the answer, with one large Close button. No citation
// styles, no copying, no export: a visitor reads it and goes back to the answer.
class KioskSourcesPanel : public WindowOverlay {
    Q_OBJECT

public:
    KioskSourcesPanel(const ReferenceListModel &references, QWidget *parent);

    // Lists the sources the answer being read cites (all of the FAQ's when it cites none).
    void open();
    QLabel *list() const { return m_list; }
    QPushButton *closeButton() const { return m_close; }
    // How many sources the list shows.
    int shownCount() const { return m_shown; }

protected:
    void changeEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    void retranslate();
    void fill();

    const ReferenceListModel &m_references;
    QWidget *m_card;
    QLabel *m_title;
    QLabel *m_intro;
    QScrollArea *m_scroll;
    QLabel *m_list;
    QPushButton *m_close;
    int m_shown = 0;
};

} // namespace pr
