// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "handout/handoutrequest.h"

#include <QByteArray>
#include <QObject>
#include <QPageLayout>

class QPrinter;
class QWebEnginePage;
class QWebEngineProfile;

namespace pr {

// Prints a handout's HTML (HandoutBuilder) to PDF with WebEngine, off screen, in a locked-down
// off-the-record profile (no scripts, no network), then stamps the page numbers. One render at a
// time; a new render() replaces one in progress.
class HandoutPrinter : public QObject {
    Q_OBJECT

public:
    explicit HandoutPrinter(QObject *parent = nullptr);
    ~HandoutPrinter() override;

    // language: the pack's, for the page numbers' digits and direction.
    void render(const QString &html, HandoutRequest::Paper paper, const QString &language);
    bool isBusy() const { return m_busy; }

    // A4 or US Letter, portrait, with margins room for the page numbers.
    static QPageLayout pageLayout(HandoutRequest::Paper paper);
    // Writes pdf to path through a temporary file renamed into place, so that a failure leaves
    // no half-written file. Returns an error message naming the path, empty on success.
    static QString writePdf(const QByteArray &pdf, const QString &path);
    // Draws every page of pdf on printer (the print dialog's or the preview's); false with
    // *error when the PDF cannot be read or the printer cannot be painted on.
    static bool paint(const QByteArray &pdf, QPrinter *printer, QString *error);

signals:
    // pdf is empty when the render failed; error says why.
    void finished(const QByteArray &pdf, const QString &error);

private:
    void loaded(bool ok);

    QWebEngineProfile *m_profile;
    QWebEnginePage *m_page;
    HandoutRequest::Paper m_paper = HandoutRequest::Paper::A4;
    QString m_language;
    bool m_busy = false;
    int m_generation = 0;
};

} // namespace pr
