// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "pagerenderer.h"
#include "safety/safetynotices.h"

#include <QByteArray>
#include <QUrl>

namespace pr {

struct WebReply {
    int status = 200; // 200 or 404
    QByteArray mimeType;
    QByteArray body;
};

// Everything the answer view can show, as a pure function of the URL: reader:/home,
// reader:/entry/ID[?highlight=words], reader:/style/NAME.css. The WebEngine scheme handler is
// a thin shell around serve(), so every page is testable without a browser.
class PageServer {
public:
    static QByteArray scheme() { return QByteArrayLiteral("reader"); }
    static QUrl homeUrl();
    // crisisSearch: the words of a search that showed a safety notice, so that the answer
    // opened from it shows the notice too (its own text may not mention the topic).
    static QUrl entryUrl(const QString &entryId, const QStringList &highlightTerms = {},
                         const QString &crisisSearch = {});
    // The entry id a reader: URL shows, or an empty string.
    static QString entryIdOf(const QUrl &url);
    // The reference key a citation link (reader:/reference/KEY) points at, or an empty string.
    static QString referenceIdOf(const QUrl &url);

    explicit PageServer(Pack pack = {});

    void setPack(Pack pack) { m_pack = std::move(pack); }
    const Pack &pack() const { return m_pack; }
    void setPageStyle(const PageStyle &style) { m_style = style; }
    const PageStyle &pageStyle() const { return m_style; }
    // A welcome line for the kiosk's home screen; empty for none.
    void setAttractText(const QString &text) { m_attractText = text; }
    // Kiosks show a QR code of the source address instead of a web link.
    void setSourceQrCode(bool show) { m_sourceQrCode = show; }
    // Decides the notices at the top of an answer page (the bundled triggers and help lines by
    // default; a clinic's lines are set on it).
    void setSafetyNotices(SafetyNotices notices) { m_safety = std::move(notices); }
    const SafetyNotices &safetyNotices() const { return m_safety; }
    // Kiosks: the notices also as a QR code, and with a print link where printing is allowed.
    void setSafetyNoticeOptions(const SafetyNoticeHtml::Options &options) {
        m_noticeOptions = options;
    }
    // The translator's preview frames its source in the source's language.
    void setFraming(PageRenderer::Framing framing) { m_framing = framing; }
    // The notices an answer page shows for this URL (reader:/entry/ID?highlight=...).
    QList<SafetyNotice> noticesFor(const QUrl &url) const;

    WebReply serve(const QUrl &url) const;

private:
    Pack m_pack;
    PageStyle m_style;
    QString m_attractText;
    bool m_sourceQrCode = false;
    SafetyNotices m_safety = SafetyNotices::bundled();
    SafetyNoticeHtml::Options m_noticeOptions;
    PageRenderer::Framing m_framing = PageRenderer::Framing::InterfaceLanguage;
};

} // namespace pr
