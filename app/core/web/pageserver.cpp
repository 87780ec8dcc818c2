// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "pageserver.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrlQuery>

namespace pr {
namespace {

const QString kEntryPrefix = QStringLiteral("/entry/");
const QString kStylePrefix = QStringLiteral("/style/");

WebReply html(const QString &page, int status = 200) {
    return {status, QByteArrayLiteral("text/html;charset=utf-8"), page.toUtf8()};
}

} // namespace

PageServer::PageServer(Pack pack)
    : m_pack(std::move(pack)) {}

QUrl PageServer::homeUrl() {
    return QUrl(QStringLiteral("reader:/home"));
}

QUrl PageServer::entryUrl(const QString &entryId, const QStringList &highlightTerms,
                          const QString &crisisSearch) {
    QUrl url;
    url.setScheme(QString::fromLatin1(scheme()));
    url.setPath(kEntryPrefix + entryId);
    QUrlQuery query;
    if (!highlightTerms.isEmpty())
        query.addQueryItem(QStringLiteral("highlight"), highlightTerms.join(QLatin1Char(' ')));
    if (!crisisSearch.isEmpty())
        query.addQueryItem(QStringLiteral("search"), crisisSearch);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

QString PageServer::entryIdOf(const QUrl &url) {
    if (url.scheme() != QLatin1String(scheme()) || !url.path().startsWith(kEntryPrefix))
        return {};
    return url.path().mid(kEntryPrefix.size());
}

QString PageServer::referenceIdOf(const QUrl &url) {
    static const QString prefix = QStringLiteral("/reference/");
    if (url.scheme() != QLatin1String(scheme()) || !url.path().startsWith(prefix))
        return {};
    return url.path().mid(prefix.size());
}

namespace {

QStringList highlightTermsOf(const QUrl &url) {
    return QUrlQuery(url)
        .queryItemValue(QStringLiteral("highlight"), QUrl::FullyDecoded)
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The highlighted words and the words of the search the answer was opened from.
QStringList searchWordsOf(const QUrl &url) {
    return highlightTermsOf(url) +
           QStringList{QUrlQuery(url).queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded)};
}

} // namespace

QList<SafetyNotice> PageServer::noticesFor(const QUrl &url) const {
    const Entry *entry = m_pack.entry(entryIdOf(url));
    if (!entry)
        return {};
    return m_safety.forEntry(*entry, searchWordsOf(url), m_pack);
}

WebReply PageServer::serve(const QUrl &url) const {
    PageRenderer renderer(m_pack, m_framing);
    PageRenderer::Options options;
    options.style = m_style;
    options.attractText = m_attractText;
    options.sourceQrCode = m_sourceQrCode;
    const QString path = url.path();
    if (url.scheme() != QLatin1String(scheme()))
        return html(renderer.notFoundPage(url.toDisplayString(), options), 404);

    if (path == QLatin1String("/home") || path.isEmpty() || path == QLatin1String("/"))
        return html(renderer.homePage(options));

    if (path.startsWith(kEntryPrefix)) {
        const Entry *entry = m_pack.entry(path.mid(kEntryPrefix.size()));
        if (!entry)
            return html(renderer.notFoundPage(path.mid(kEntryPrefix.size()), options), 404);
        options.highlightTerms = highlightTermsOf(url);
        options.notices = m_safety.forEntry(*entry, searchWordsOf(url), m_pack);
        options.noticeOptions = m_noticeOptions;
        return html(renderer.answerPage(*entry, options));
    }

    static const QRegularExpression styleName(QStringLiteral("^[a-z0-9-]+\\.css$"));
    if (path.startsWith(kStylePrefix) &&
        styleName.match(path.mid(kStylePrefix.size())).hasMatch()) {
        QFile file(QStringLiteral(":/style/") + path.mid(kStylePrefix.size()));
        if (file.open(QIODevice::ReadOnly))
            return {200, QByteArrayLiteral("text/css;charset=utf-8"), file.readAll()};
    }
    return html(renderer.notFoundPage(path, options), 404);
}

} // namespace pr
