// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutprinter.h"

#include "handout/pagenumberstamper.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QPointer>
#include <QPrinter>
#include <QSaveFile>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace pr {

HandoutPrinter::HandoutPrinter(QObject *parent)
    : QObject(parent)
    , m_profile(new QWebEngineProfile(this)) // no storage name: off the record
    , m_page(nullptr) {
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, true);
    s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true);
    m_page = new QWebEnginePage(m_profile, this);
    connect(m_page, &QWebEnginePage::loadFinished, this, &HandoutPrinter::loaded);
}

HandoutPrinter::~HandoutPrinter() {
    delete m_page; // before its profile
}

QPageLayout HandoutPrinter::pageLayout(HandoutRequest::Paper paper) {
    const QPageSize size(paper == HandoutRequest::Paper::Letter ? QPageSize::Letter
                                                                : QPageSize::A4);
    // The bottom margin holds the page number.
    return QPageLayout(size, QPageLayout::Portrait, QMarginsF(16, 16, 16, 20),
                       QPageLayout::Millimeter);
}

void HandoutPrinter::render(const QString &html, HandoutRequest::Paper paper,
                            const QString &language) {
    m_paper = paper;
    m_language = language;
    m_busy = true;
    ++m_generation;
    m_page->setHtml(html, QUrl(QStringLiteral("about:blank")));
}

void HandoutPrinter::loaded(bool ok) {
    if (!m_busy)
        return;
    if (!ok) {
        m_busy = false;
        emit finished({}, tr("The handout could not be laid out."));
        return;
    }
    const int generation = m_generation;
    QPointer<HandoutPrinter> self(this);
    m_page->printToPdf(
        [self, generation](const QByteArray &pdf) {
            if (!self || generation != self->m_generation)
                return; // a newer render replaced this one
            self->m_busy = false;
            if (pdf.isEmpty()) {
                emit self->finished({}, tr("The handout could not be printed to PDF."));
                return;
            }
            QString error;
            const QByteArray stamped = PageNumberStamper(self->m_language).stamp(pdf, &error);
            emit self->finished(stamped, error);
        },
        pageLayout(m_paper));
}

QString HandoutPrinter::writePdf(const QByteArray &pdf, const QString &path) {
    if (pdf.isEmpty())
        return tr("There is nothing to save.");
    const QFileInfo info(path);
    if (info.isDir())
        return tr("%1 is a folder. Choose a file name ending in .pdf.").arg(path);
    if (!info.absoluteDir().exists())
        return tr("%1 cannot be written: the folder %2 does not exist.")
            .arg(path, QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    if (file.write(pdf) != pdf.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("%1 cannot be written: %2").arg(path, reason);
    }
    if (!file.commit())
        return tr("%1 cannot be written: %2").arg(path, file.errorString());
    return {};
}

bool HandoutPrinter::paint(const QByteArray &pdf, QPrinter *printer, QString *error) {
    QByteArray data = pdf;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready || document.pageCount() == 0) {
        *error = tr("The handout could not be read back for printing.");
        return false;
    }
    printer->setFullPage(true);
    printer->setPageSize(QPageSize(document.pagePointSize(0), QPageSize::Point));
    QPainter painter;
    if (!painter.begin(printer)) {
        *error = tr("The printer could not be used.");
        return false;
    }
    // At most 300 dots per inch: sharp on paper, bounded in memory.
    const double dpi = qMin(300, printer->resolution());
    for (int i = 0; i < document.pageCount(); ++i) {
        if (i > 0)
            printer->newPage();
        const QSizeF points = document.pagePointSize(i);
        const QImage image = document.render(i, (points * dpi / 72.0).toSize());
        const QRectF target(
            QPointF(0, 0),
            QSizeF(printer->pageLayout().fullRectPixels(printer->resolution()).size()));
        painter.drawImage(target, image);
    }
    painter.end();
    return true;
}

} // namespace pr
