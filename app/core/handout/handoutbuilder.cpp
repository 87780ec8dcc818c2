// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutbuilder.h"

#include "citations/checkreport.h"
#include "citations/citationformatter.h"
#include "citations/citationstyle.h"
#include "citations/citedreferences.h"
#include "content/markdownrenderer.h"
#include "translation/languagepackcatalog.h"
#include "translation/translationnotices.h"
#include "web/pagerenderer.h"

#include <QFile>
#include <QLocale>

namespace pr {
namespace {

QString esc(const QString &text) {
    return MarkdownRenderer::escape(text);
}

QString readStyle(const QString &name) {
    QFile file(QStringLiteral(":/style/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString listItem(const QString &cssClass, const QString &text) {
    return QStringLiteral("<li class=\"") + cssClass + QStringLiteral("\">") + esc(text) +
           QStringLiteral("</li>\n");
}

} // namespace

HandoutBuilder::HandoutBuilder(const Pack &pack)
    : m_pack(pack) {}

QString HandoutBuilder::discussNotice() {
    return tr("Information to discuss with a clinician");
}

QStringList HandoutBuilder::unknownIds(const HandoutRequest &request) const {
    QStringList unknown;
    for (const QString &id : request.entryIds) {
        if (!m_pack.entry(id))
            unknown.append(id);
    }
    return unknown;
}

QString HandoutBuilder::styleSheet(const HandoutRequest &request) const {
    // The answer view's style sheet, then the print rules over it; the reader's text size
    // scales the whole page (every size in the sheets is in rem or em).
    const double percent = 100.0 * qBound(0.5, request.textScale, 3.0);
    return readStyle(QStringLiteral("answer.css")) + readStyle(QStringLiteral("handout.css")) +
           QStringLiteral("html { font-size: %1%; }\n").arg(percent, 0, 'f', 1);
}

QString HandoutBuilder::translationStatus() const {
    const Manifest &m = m_pack.manifest();
    if (!m.translation)
        return tr("Original text, not a translation.");
    return TranslationNotices::reviewStatus(*m.translation, m.trust, QLocale(m.language));
}

QString HandoutBuilder::facts(const HandoutRequest &request) const {
    const Manifest &m = m_pack.manifest();
    const QLocale locale(m.language);
    QString html = QStringLiteral("<ul class=\"handout-facts\">\n");
    html += listItem(QStringLiteral("publisher"), tr("Publisher: %1").arg(m.publisher));
    html += listItem(QStringLiteral("reviewed"), PageRenderer::reviewedText(m));
    html +=
        // The version isolated, or "1.0.0-ar.1" reads "ar.1-1.0.0" in Arabic. (<bdi>, not the
        // U+2068 isolate: WebEngine's printing reorders the Arabic letters around that one.)
        QStringLiteral("<li class=\"pack-version\">") +
        esc(tr("FAQ: %1, version %2"))
            .arg(esc(m.title),
                 QStringLiteral("<bdi>") + esc(m.version) + QStringLiteral("</bdi>")) +
        QStringLiteral("</li>\n");
    html += listItem(QStringLiteral("language"),
                     tr("Language: %1").arg(LanguagePackCatalog::nativeName(m.language)));
    html += listItem(QStringLiteral("translation"), tr("Translation: %1").arg(translationStatus()));
    html += listItem(
        QStringLiteral("printed"),
        tr("Printed: %1").arg(locale.toString(request.printedOn, QStringLiteral("d MMMM yyyy"))));
    html += listItem(QStringLiteral("discuss"),
                     tr("This handout is information to discuss with a clinician. It is not "
                        "advice from this app or from your clinic."));
    return html + QStringLiteral("</ul>\n");
}

QString HandoutBuilder::referenceList(const QStringList &keys) const {
    const CitationFormatter formatter(citationStyleOf(m_pack.manifest()),
                                      referencesLanguageOf(m_pack.manifest()));
    QString html = QStringLiteral("<ol>\n");
    for (const QString &key : keys) {
        const Reference *reference = m_pack.reference(key);
        if (!reference)
            continue;
        const FormattedReference formatted = formatter.format(*reference);
        const CheckReport report = ReferenceCheck::report(*reference);
        QStringList badges;
        for (const CheckBadge &b : report.badges)
            badges.append(b.label);
        QString check = tr("Reference check: %1.").arg(badges.join(QStringLiteral(", ")));
        if (!report.headline.isEmpty())
            check += QLatin1Char(' ') + report.headline;
        if (!report.findings.isEmpty())
            check += QStringLiteral(" (") + report.findingsText() + QStringLiteral(")");
        html += QStringLiteral("<li><span class=\"reference-text\" dir=\"auto\">") +
                esc(formatted.isEmpty() ? key : formatted.text) +
                QStringLiteral("</span><br><span class=\"reference-check\">") + esc(check) +
                QStringLiteral("</span></li>\n");
    }
    return html + QStringLiteral("</ol>\n");
}

QString HandoutBuilder::references(const Entry &entry) const {
    const QStringList keys = citedReferenceKeys(m_pack, entry.answerMarkdown);
    QString html = QStringLiteral("<section class=\"handout-references\">\n<h2>") +
                   esc(tr("References in this answer")) + QStringLiteral("</h2>\n");
    if (keys.isEmpty()) {
        html += QStringLiteral("<p class=\"no-references\">") +
                esc(m_pack.references().isEmpty()
                        ? tr("This answer cites no references.")
                        : tr("This answer cites none of the references the source lists; they "
                             "are printed, with what the reference check found, after the "
                             "answers.")) +
                QStringLiteral("</p>\n");
        return html + QStringLiteral("</section>\n");
    }
    return html + referenceList(keys) + QStringLiteral("</section>\n");
}

// The source's whole list, once, for answers that cite none of it inline.
QString HandoutBuilder::sourceReferences() const {
    QStringList keys;
    for (const Reference &r : m_pack.references())
        keys.append(r.id);
    return QStringLiteral("<section class=\"handout-answer handout-source-references\">\n<h1>") +
           esc(tr("References the source lists")) + QStringLiteral("</h1>\n") +
           referenceList(keys) + QStringLiteral("</section>\n");
}

QString HandoutBuilder::myQuestions(const HandoutRequest &request) const {
    QString html = QStringLiteral("<section class=\"handout-my-questions\">\n<h1>") +
                   esc(tr("My questions")) + QStringLiteral("</h1>\n");
    if (request.myQuestions.isEmpty()) {
        html += QStringLiteral("<p class=\"empty\">") +
                esc(tr("No questions yet. Mark an answer \"Ask my clinician\" or add your own "
                       "question in the reader.")) +
                QStringLiteral("</p>\n");
    } else {
        html += QStringLiteral("<ol>\n");
        for (const QString &question : request.myQuestions) {
            // An own question keeps its own direction (an Arabic question in an English
            // handout, or the other way round).
            html += QStringLiteral("<li><p class=\"question\" dir=\"auto\">") + esc(question) +
                    QStringLiteral("</p>");
            if (request.writingSpace)
                html += QStringLiteral("<div class=\"writing-space\" aria-label=\"") +
                        esc(tr("Space for the answer")) +
                        QStringLiteral("\"><span></span><span></span><span></span>"
                                       "<span></span></div>");
            html += QStringLiteral("</li>\n");
        }
        html += QStringLiteral("</ol>\n");
    }
    return html + facts(request) + QStringLiteral("</section>\n");
}

QString HandoutBuilder::html(const HandoutRequest &request) const {
    const Manifest &m = m_pack.manifest();
    PageRenderer renderer(m_pack);
    PageRenderer::Options options;
    options.linksAsText = true;

    QString body = QStringLiteral("<header class=\"handout-title\">\n<p class=\"discuss\">") +
                   esc(discussNotice()) + QStringLiteral("</p>\n<h1>") + esc(m.title) +
                   QStringLiteral("</h1>\n");
    if (!m.subtitle.isEmpty())
        body += QStringLiteral("<p class=\"lead\">") + esc(m.subtitle) + QStringLiteral("</p>\n");
    body += QStringLiteral("</header>\n");
    for (const QString &id : request.entryIds) {
        const Entry *entry = m_pack.entry(id);
        if (!entry)
            continue;
        body += QStringLiteral("<section class=\"handout-answer\">\n") +
                renderer.answerArticle(*entry, options) + references(*entry) + facts(request) +
                QStringLiteral("</section>\n");
    }
    bool anyUncited = false;
    for (const QString &id : request.entryIds)
        if (const Entry *e = m_pack.entry(id))
            anyUncited = anyUncited || citedReferenceKeys(m_pack, e->answerMarkdown).isEmpty();
    if (anyUncited && !m_pack.references().isEmpty())
        body += sourceReferences();
    if (request.includeMyQuestions)
        body += myQuestions(request);

    const QString title =
        request.entryIds.isEmpty() && request.includeMyQuestions ? tr("My questions") : m.title;
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(m.language) +
           QStringLiteral("\" dir=\"") + m.directionKey() +
           QStringLiteral("\" class=\"light handout\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                          "'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>") +
           esc(title) + QStringLiteral("</title>\n<style>\n") + styleSheet(request) +
           QStringLiteral("</style>\n</head>\n<body>\n<main>\n") + body +
           QStringLiteral("</main>\n</body>\n</html>\n");
}

} // namespace pr
