// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "safetynoticehtml.h"

#include "content/markdownrenderer.h"
#include "system/qrcode.h"

namespace pr {
namespace {

QString esc(const QString &text) {
    return MarkdownRenderer::escape(text);
}

} // namespace

QString SafetyNoticeHtml::render(const SafetyNotice &notice, const Options &options) {
    const HelpNoticeText &t = notice.text;
    QString html = QStringLiteral("<aside class=\"safety-notice\" role=\"note\" "
                                  "aria-labelledby=\"safety-title\" data-kind=\"") +
                   esc(notice.kind) + QStringLiteral("\">\n<h2 id=\"safety-title\">") +
                   esc(t.title) + QStringLiteral("</h2>\n");
    // What to do now comes first: on a small screen or at a large text size it must show
    // without scrolling.
    html += QStringLiteral("<p class=\"safety-emergency\"><strong>") + esc(t.emergency) +
            QStringLiteral("</strong></p>\n");
    if (!t.intro.isEmpty())
        html += QStringLiteral("<p>") + esc(t.intro) + QStringLiteral("</p>\n");
    if (!notice.lines.isEmpty()) {
        html += QStringLiteral("<p>") + esc(t.linesHeading) +
                QStringLiteral("</p>\n<ul class=\"help-lines\">\n");
        for (const HelpLine &line : notice.lines) {
            html += QStringLiteral("<li>");
            if (!line.regionName.isEmpty())
                html += esc(line.regionName) + QStringLiteral(": ");
            html += QStringLiteral("<strong>") + esc(line.name) +
                    QStringLiteral("</strong>, <span class=\"help-number\">") + esc(line.number) +
                    QStringLiteral("</span>");
            if (!line.how.isEmpty())
                html += QStringLiteral(". ") + esc(line.how);
            if (!line.fromClinic)
                html += QStringLiteral(" <small class=\"help-source\">") +
                        esc(tr("Source: %1, checked %2")
                                .arg(line.sourceName.isEmpty() ? line.source : line.sourceName,
                                     line.checked.toString(Qt::ISODate))) +
                        QStringLiteral("</small>");
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ul>\n");
    }
    if (!t.trusted.isEmpty())
        html += QStringLiteral("<p>") + esc(t.trusted) + QStringLiteral("</p>\n");
    if (options.qrCode) {
        const QrCode code = QrCode::encode(notice.qrText());
        if (code.isValid())
            html += QStringLiteral("<figure class=\"qr\">") +
                    qrCodeSvg(code, tr("QR code of these help lines")) +
                    QStringLiteral("<figcaption>") +
                    esc(tr("Scan with your phone to keep these help lines.")) +
                    QStringLiteral("</figcaption></figure>\n");
    }
    if (options.printLink)
        html += QStringLiteral("<p><a class=\"safety-print\" href=\"") + esc(printUrl()) +
                QStringLiteral("\">") + esc(tr("Print these help lines")) +
                QStringLiteral("</a></p>\n");
    return html + QStringLiteral("</aside>\n");
}

} // namespace pr
