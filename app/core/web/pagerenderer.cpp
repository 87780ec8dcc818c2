// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pagerenderer.h"

#include "content/markdownrenderer.h"
#include "content/readabledate.h"
#include "content/webaddress.h"
#include "signing/trustnotices.h"
#include "system/qrcode.h"
#include "translation/translationnotices.h"

#include <QLocale>

namespace pr {
namespace {

QString esc(const QString &text) {
    return MarkdownRenderer::escape(text);
}

} // namespace

PageRenderer::PageRenderer(const Pack &pack, Framing framing)
    : m_pack(pack)
    , m_asWritten(framing == Framing::PackLanguage &&
                  QLocale(pack.manifest().language).language() == QLocale::English) {}

QString PageRenderer::words(const char *sourceText) const {
    return m_asWritten ? QString::fromUtf8(sourceText) : tr(sourceText);
}

QString PageRenderer::reviewedText(const Manifest &manifest) {
    if (!manifest.lastReviewed.isValid())
        return tr("Last reviewed: not stated by the publisher");
    return tr("Last reviewed: %1")
        .arg(readableDate(manifest.lastReviewed, QLocale(manifest.language)));
}

QString PageRenderer::page(const QString &title, const QString &body, const Options &options,
                           bool disclaimerInFooter) const {
    QString notices;
    for (const SafetyNotice &notice : options.notices)
        notices += SafetyNoticeHtml::render(notice, options.noticeOptions);
    const Manifest &m = m_pack.manifest();
    QString header = esc(m.title);
    if (!m.subtitle.isEmpty())
        header += QStringLiteral(" <span class=\"subtitle\">· ") + esc(m.subtitle) +
                  QStringLiteral("</span>");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(m.language) +
           QStringLiteral("\" dir=\"") + m.directionKey() + QStringLiteral("\" class=\"") +
           options.style.htmlClasses() +
           QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src reader:; img-src reader:\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width\">\n<title>") +
           esc(title) +
           QStringLiteral(
               "</title>\n<link rel=\"stylesheet\" href=\"reader:/style/answer.css\">\n"
               "</head>\n<body>\n<header class=\"pack-title\"><a href=\"reader:/home\">") +
           header + QStringLiteral("</a></header>\n<main>\n") + notices + body +
           QStringLiteral("</main>\n") + provenance(options, disclaimerInFooter) +
           QStringLiteral("</body>\n</html>\n");
}

QString PageRenderer::answerPage(const Entry &entry, const Options &options) const {
    return page(entry.question, answerArticle(entry, options), options, false);
}

QString PageRenderer::answerArticle(const Entry &entry, const Options &options) const {
    MarkdownRenderer::Options mdOptions;
    mdOptions.hasEntry = [this, &options](const QString &id) {
        return !options.linksAsText && m_pack.indexOf(id) >= 0;
    };
    mdOptions.highlightTerms = options.highlightTerms;
    mdOptions.notIncludedLabel = words(QT_TR_NOOP("not included in this offline edition"));
    mdOptions.hasReference = [this](const QString &key) {
        return m_pack.reference(key) != nullptr;
    };
    const MarkdownRenderer markdown(mdOptions);

    const int index = m_pack.indexOf(entry.id);
    // An untranslated entry keeps its own language, so that screen readers pronounce it right.
    QString langAttributes;
    if (!entry.language.isEmpty()) {
        const std::optional<TranslationProvenance> &t = m_pack.manifest().translation;
        const bool rtl = t && t->baseDirection == Qt::RightToLeft;
        langAttributes =
            QStringLiteral(" lang=\"") + esc(entry.language) + QStringLiteral("\" dir=\"") +
            (rtl ? QStringLiteral("rtl") : QStringLiteral("ltr")) + QStringLiteral("\"");
    }
    QString body =
        QStringLiteral("<article aria-labelledby=\"question\">\n<p class=\"position\">") +
        esc(words(QT_TR_NOOP("Question %1 of %2"))
                .arg(QLocale(m_pack.manifest().language).toString(index + 1),
                     QLocale(m_pack.manifest().language).toString(m_pack.entries().size()))) +
        QStringLiteral("</p>\n") + sourceFraming() + translationNotice(entry) +
        QStringLiteral("<div class=\"entry-text\"") + langAttributes +
        QStringLiteral(">\n<h1 id=\"question\">") + esc(entry.question) +
        QStringLiteral("</h1>\n<div class=\"answer\">\n") + markdown.toHtml(entry.answerMarkdown) +
        QStringLiteral("</div>\n</div>\n") + crossReferences(entry, options.linksAsText) +
        QStringLiteral("</article>\n");
    return body;
}

QString PageRenderer::sourceFraming() const {
    const Manifest &m = m_pack.manifest();
    QString html =
        QStringLiteral("<section class=\"source-framing\" role=\"note\" aria-label=\"") +
        esc(words(QT_TR_NOOP("Whose words these are"))) +
        QStringLiteral("\">\n<p class=\"whose-words\">") +
        esc(words(
                QT_TR_NOOP("This answer is the publisher’s text, reproduced as published "
                           "(publisher: %1). It is not advice from this app or from your clinic."))
                .arg(m.publisher)) +
        QStringLiteral("</p>\n");
    if (!m.disclaimer.isEmpty())
        html += QStringLiteral("<p class=\"disclaimer\">") + esc(m.disclaimer) +
                QStringLiteral("</p>\n");
    return html + QStringLiteral("</section>\n");
}

QString PageRenderer::translationNotice(const Entry &entry) const {
    const std::optional<TranslationProvenance> &t = m_pack.manifest().translation;
    if (!t)
        return {};
    QStringList notices;
    if (entry.translation == TranslationState::Untranslated)
        notices.append(TranslationNotices::notYetTranslated());
    if (entry.isTranslated())
        notices.append(TranslationNotices::reviewStatus(*t, m_pack.manifest().trust,
                                                        QLocale(m_pack.manifest().language)));
    if (entry.translation == TranslationState::Stale)
        notices.append(TranslationNotices::stale());
    QString html;
    for (const QString &notice : std::as_const(notices))
        html += QStringLiteral("<p class=\"translation-notice\" role=\"note\">") + esc(notice) +
                QStringLiteral("</p>\n");
    return html;
}

QString PageRenderer::crossReferences(const Entry &entry, bool linksAsText) const {
    const auto link = [linksAsText](const QString &id, const QString &label) -> QString {
        if (linksAsText)
            return QStringLiteral("<span class=\"entry-link\">") + esc(label) +
                   QStringLiteral("</span>");
        return QStringLiteral("<a class=\"entry-link\" href=\"") +
               esc(MarkdownRenderer::entryUrl(id)) + QStringLiteral("\">") + esc(label) +
               QStringLiteral("</a>");
    };
    QString html;
    if (!entry.seeAlso.isEmpty()) {
        html += QStringLiteral("<section class=\"see-also\" aria-labelledby=\"see-also\">\n"
                               "<h2 id=\"see-also\">") +
                esc(words(QT_TR_NOOP("See also"))) + QStringLiteral("</h2>\n<ul>\n");
        for (const CrossReference &x : entry.seeAlso) {
            const Entry *target = x.isInPack() ? m_pack.entry(x.targetId) : nullptr;
            if (target) {
                html += QStringLiteral("<li>") + link(target->id, x.label) +
                        QStringLiteral(" <span class=\"target\">— ") + esc(target->question) +
                        QStringLiteral("</span></li>\n");
            } else {
                html += QStringLiteral("<li><span class=\"not-included\">") + esc(x.label) +
                        QStringLiteral(" <small class=\"not-included-note\">(") +
                        esc(words(QT_TR_NOOP("not included in this offline edition"))) +
                        QStringLiteral(")</small></span></li>\n");
            }
        }
        html += QStringLiteral("</ul>\n</section>\n");
    }
    const QList<const Entry *> referrers = m_pack.referrersOf(entry.id);
    if (!referrers.isEmpty()) {
        html += QStringLiteral("<section class=\"referred-by\" aria-labelledby=\"referred-by\">\n"
                               "<h2 id=\"referred-by\">") +
                esc(words(QT_TR_NOOP("Answers that refer to this one"))) +
                QStringLiteral("</h2>\n<ul>\n");
        for (const Entry *r : referrers)
            html += QStringLiteral("<li>") + link(r->id, r->question) + QStringLiteral("</li>\n");
        html += QStringLiteral("</ul>\n</section>\n");
    }
    return html;
}

QString PageRenderer::provenance(const Options &options, bool withDisclaimer) const {
    const Manifest &m = m_pack.manifest();
    QString html = QStringLiteral("<footer class=\"provenance\" aria-label=\"") +
                   esc(words(QT_TR_NOOP("About this information"))) + QStringLiteral("\">\n");
    if (withDisclaimer && !m.disclaimer.isEmpty())
        html += QStringLiteral("<p class=\"disclaimer\" role=\"note\">") + esc(m.disclaimer) +
                QStringLiteral("</p>\n");
    html += QStringLiteral("<ul class=\"facts\">\n<li>") +
            esc(words(QT_TR_NOOP("Publisher: %1")).arg(m.publisher)) + QStringLiteral("</li>\n");
    // Only a web address becomes a link (the reader refuses any other sourceUrl already).
    if (isWebAddress(m.sourceUrl))
        html += QStringLiteral("<li>") + esc(words(QT_TR_NOOP("Source:"))) +
                QStringLiteral(" <a class=\"external\" href=\"") + esc(m.sourceUrl) +
                QStringLiteral("\">") + esc(m.sourceUrl) + QStringLiteral("</a></li>\n");
    html += QStringLiteral("<li>") +
            esc(m.lastReviewed.isValid()
                    ? words(QT_TR_NOOP("Last reviewed: %1"))
                          .arg(readableDate(m.lastReviewed, QLocale(m.language)))
                    : words(QT_TR_NOOP("Last reviewed: not stated by the publisher"))) +
            QStringLiteral("</li>\n");
    html += QStringLiteral("<li class=\"signature ") +
            (m.trust.isVerified() ? QStringLiteral("verified") : QStringLiteral("not-verified")) +
            QStringLiteral("\">") +
            esc(TrustNotices::summary(m.trust, QLocale(m.language), m_asWritten)) +
            QStringLiteral("</li>\n");
    if (options.sourceQrCode && isWebAddress(m.sourceUrl)) {
        const QrCode code = QrCode::encode(m.sourceUrl);
        if (code.isValid())
            html += QStringLiteral("<li><figure class=\"qr\">") +
                    qrCodeSvg(code, words(QT_TR_NOOP("QR code of %1")).arg(m.sourceUrl)) +
                    QStringLiteral("<figcaption>") +
                    esc(words(QT_TR_NOOP("Scan with your phone to read the source later."))) +
                    QStringLiteral("</figcaption></figure></li>\n");
    }
    if (m.editionDate.isValid())
        html +=
            QStringLiteral("<li>") +
            // The version is isolated, or "1.0.0-ar.1" reads "ar.1-1.0.0" in a right-to-left page.
            esc(words(QT_TR_NOOP("Offline edition %1 of %2")))
                .arg(QStringLiteral("<bdi>") + esc(m.version) + QStringLiteral("</bdi>"),
                     esc(readableDate(m.editionDate, QLocale(m.language)))) +
            QStringLiteral("</li>\n");
    html += QStringLiteral("</ul>\n");
    if (!m.attribution.isEmpty())
        html += QStringLiteral("<p class=\"attribution\">") + esc(m.attribution) +
                QStringLiteral("</p>\n");
    return html + QStringLiteral("</footer>\n");
}

QString PageRenderer::homePage(const Options &options) const {
    const Manifest &m = m_pack.manifest();
    QString body = QStringLiteral("<section class=\"home\" aria-labelledby=\"home-title\">\n"
                                  "<h1 id=\"home-title\">") +
                   esc(m.title) + QStringLiteral("</h1>\n");
    if (!options.attractText.isEmpty())
        body += QStringLiteral("<p class=\"attract\">") + esc(options.attractText) +
                QStringLiteral("</p>\n");
    if (!m.subtitle.isEmpty())
        body += QStringLiteral("<p class=\"lead\">") + esc(m.subtitle) + QStringLiteral("</p>\n");
    body += QStringLiteral("<ol class=\"questions\">\n");
    for (const Entry &e : m_pack.entries())
        body += QStringLiteral("<li><a class=\"entry-link\" href=\"") +
                esc(MarkdownRenderer::entryUrl(e.id)) + QStringLiteral("\">") + esc(e.question) +
                QStringLiteral("</a></li>\n");
    body += QStringLiteral("</ol>\n</section>\n");
    return page(m.title, body, options);
}

QString PageRenderer::notFoundPage(const QString &what, const Options &options) const {
    const QString body =
        QStringLiteral("<section class=\"not-found\"><h1>") +
        esc(words(QT_TR_NOOP("This page is not in the FAQ"))) + QStringLiteral("</h1>\n<p>") +
        esc(words(QT_TR_NOOP("Nothing here is called “%1”.")).arg(what)) +
        QStringLiteral("</p>\n<p><a href=\"reader:/home\">") +
        esc(words(QT_TR_NOOP("Back to all questions"))) + QStringLiteral("</a></p></section>\n");
    return page(words(QT_TR_NOOP("Not found")), body, options);
}

} // namespace pr
