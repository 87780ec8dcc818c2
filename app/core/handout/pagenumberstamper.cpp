// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pagenumberstamper.h"

#include <QBuffer>
#include <QFont>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <exception>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace pr {
namespace {

struct PageSize {
    double width = 0;
    double height = 0;
};

// The stamps: one page per page of the document, each the same size, with its label centred
// 9 mm above the bottom edge (inside the handout's bottom margin).
QByteArray stampPages(const QList<PageSize> &sizes, const QString &pattern, const QLocale &locale) {
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72); // one unit = one point
    writer.setCreator(QStringLiteral("Patient Reader"));
    const auto layoutFor = [](const PageSize &s) {
        return QPageLayout(QPageSize(QSizeF(s.width, s.height), QPageSize::Point, QString(),
                                     QPageSize::ExactMatch),
                           QPageLayout::Portrait, QMarginsF());
    };
    writer.setPageLayout(layoutFor(sizes.value(0)));
    QPainter painter(&writer);
    QFont font(QStringLiteral("Noto Sans"));
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                      QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(9);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.setLayoutDirection(locale.textDirection());
    const qsizetype count = sizes.size();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0) {
            writer.setPageLayout(layoutFor(sizes.at(i)));
            writer.newPage();
        }
        const PageSize &s = sizes.at(i);
        const double mm = 72.0 / 25.4;
        const QRectF line(0, s.height - 9 * mm - 12, s.width, 12);
        const QString label = pattern.arg(locale.toString(int(i + 1)), locale.toString(int(count)));
        painter.drawText(line, Qt::AlignHCenter | Qt::AlignVCenter, label);
    }
    painter.end();
    return data;
}

QString describe(const std::exception &e) {
    return QString::fromLocal8Bit(e.what());
}

} // namespace

PageNumberStamper::PageNumberStamper(QString language, QString labelPattern)
    : m_language(std::move(language))
    , m_pattern(labelPattern.isEmpty() ? tr("Page %1 of %2") : std::move(labelPattern)) {}

int PageNumberStamper::pageCount(const QByteArray &pdf, QString *error) {
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("handout", pdf.constData(), size_t(pdf.size()));
        return int(QPDFPageDocumentHelper(document).getAllPages().size());
    } catch (const std::exception &e) {
        if (error)
            *error = describe(e);
        return -1;
    }
}

QByteArray PageNumberStamper::stamp(const QByteArray &pdf, QString *error) const {
    try {
        QPDF document;
        document.setSuppressWarnings(true);
        document.processMemoryFile("handout", pdf.constData(), size_t(pdf.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(document).getAllPages();
        if (pages.empty()) {
            *error = tr("The printed document has no pages.");
            return {};
        }
        QList<PageSize> sizes;
        for (QPDFPageObjectHelper &page : pages) {
            const QPDFObjectHandle::Rectangle box = page.getTrimBox().getArrayAsRectangle();
            sizes.append({box.urx - box.llx, box.ury - box.lly});
        }
        const QByteArray stampsPdf = stampPages(sizes, m_pattern, QLocale(m_language));
        QPDF stamps;
        stamps.setSuppressWarnings(true);
        stamps.processMemoryFile("page numbers", stampsPdf.constData(), size_t(stampsPdf.size()));
        std::vector<QPDFPageObjectHelper> stampPagesList =
            QPDFPageDocumentHelper(stamps).getAllPages();
        if (stampPagesList.size() != pages.size()) {
            *error = tr("The page numbers could not be made.");
            return {};
        }
        for (size_t i = 0; i < pages.size(); ++i) {
            QPDFPageObjectHelper &page = pages.at(i);
            QPDFObjectHandle form =
                document.copyForeignObject(stampPagesList.at(i).getFormXObjectForPage());
            QPDFObjectHandle resources = page.getAttribute("/Resources", true);
            int suffix = 1;
            const std::string name = resources.getUniqueResourceName("/PrPage", suffix);
            const std::string content =
                page.placeFormXObject(form, name, page.getTrimBox().getArrayAsRectangle());
            if (content.empty())
                continue;
            resources.mergeResources(QPDFObjectHandle::parse("<< /XObject << >> >>"));
            resources.getKey("/XObject").replaceKey(name, form);
            page.addPageContents(document.newStream("q\n"), true);
            page.addPageContents(document.newStream("\nQ\n" + content), false);
        }
        QPDFWriter writer(document);
        writer.setOutputMemory();
        writer.write();
        const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()),
                          qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        *error = tr("The page numbers could not be added: %1").arg(describe(e));
        return {};
    }
}

} // namespace pr
