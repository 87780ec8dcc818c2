// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "externallinkpolicy.h"

#include <QDesktopServices>
#include <QMessageBox>

namespace pr {

ExternalLinkPolicy::ExternalLinkPolicy(Mode mode, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_mode(mode)
    , m_dialogParent(dialogParent) {}

bool ExternalLinkPolicy::isOpenable(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    if (!url.isValid())
        return false;
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty();
    return (scheme == QLatin1String("https") || scheme == QLatin1String("http")) &&
           !url.host().isEmpty();
}

void ExternalLinkPolicy::handle(const QUrl &url) {
    if (m_mode == Mode::Never || !isOpenable(url)) {
        emit refused(url);
        return;
    }
    // Asked from inside WebEngine's navigation callback: a window-modal box (open()), so that
    // the callback returns at once instead of running a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Open a web page?"),
                                tr("This link leaves Patient Reader and opens in your web "
                                   "browser. It needs an internet connection.\n\n%1")
                                    .arg(url.toDisplayString()),
                                QMessageBox::Open | QMessageBox::Cancel, m_dialogParent);
    box->setObjectName(QStringLiteral("openWebPageQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, url] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Open)
            QDesktopServices::openUrl(url);
        else
            emit refused(url);
    });
    box->open();
}

} // namespace pr
