// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "pagestyle.h"
#include "safety/safetynoticehtml.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pr {

// Builds the complete HTML pages the answer view shows: semantic, with the pack's lang and dir,
// no scripts, and the pack's provenance (publisher, source, review date) on every answer.
class PageRenderer {
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)

public:
    // The words the app puts around the publisher's text (headings, "Question 1 of 10", the
    // provenance): in the interface language, or in the pack's own language where the app has
    // it, that is as written (English) for an English pack. The translator's preview shows its
    // English source that way, not framed in the translator's interface language.
    enum class Framing { InterfaceLanguage, PackLanguage };

    struct Options {
        PageStyle style; // theme and reading font
        QStringList highlightTerms;
        QString attractText;       // shown large on the home page (kiosks)
        bool sourceQrCode = false; // a QR code of the source address, for a visitor's phone
        // Shown at the top of the page, before anything else (SafetyNotices decides).
        QList<SafetyNotice> notices;
        SafetyNoticeHtml::Options noticeOptions;
        // For paper (the handout): links to other answers become text, as a PDF cannot follow
        // them.
        bool linksAsText = false;
    };

    explicit PageRenderer(const Pack &pack, Framing framing = Framing::InterfaceLanguage);

    QString answerPage(const Entry &entry, const Options &options) const;
    // The answer as answerPage() shows it, without the page around it (for the handout).
    QString answerArticle(const Entry &entry, const Options &options) const;
    QString homePage(const Options &options) const;
    QString notFoundPage(const QString &what, const Options &options) const;

    // "Last reviewed: 3 March 2026" or an honest "not stated".
    static QString reviewedText(const Manifest &manifest);

private:
    // A framing text (marked with QT_TR_NOOP) as the framing asks.
    QString words(const char *sourceText) const;
    QString page(const QString &title, const QString &body, const Options &options,
                 bool disclaimerInFooter = true) const;
    QString crossReferences(const Entry &entry, bool linksAsText) const;
    QString translationNotice(const Entry &entry) const;
    // Above the answer: whose words these are, and that they are to discuss with a clinician.
    QString sourceFraming() const;
    QString provenance(const Options &options, bool withDisclaimer) const;

    const Pack &m_pack;
    bool m_asWritten = false;
};

} // namespace pr
