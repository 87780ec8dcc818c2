// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QObject>
#include <QUrl>

class QWidget;

namespace pr {

// What happens when a reader follows a link that leaves the app: on a desktop the reader is
// asked first and the system browser opens it; on a kiosk it is never followed.
class ExternalLinkPolicy : public QObject {
    Q_OBJECT

public:
    enum class Mode { AskFirst, Never };

    ExternalLinkPolicy(Mode mode, QWidget *dialogParent);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    // Opens url in the system's browser or mail program after the reader agrees; only http,
    // https and mailto links are ever offered (anything else is refused at once).
    void handle(const QUrl &url);
    static bool isOpenable(const QUrl &url);

signals:
    void refused(const QUrl &url);

private:
    Mode m_mode;
    QWidget *m_dialogParent;
};

} // namespace pr
