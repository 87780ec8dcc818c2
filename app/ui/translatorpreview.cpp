// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translatorpreview.h"

#include "answerview.h"
#include "readerprofile.h"
#include "signing/trustnotices.h"

#include <QLabel>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebEngineScript>

namespace pr {

TranslatorPreview::TranslatorPreview(const Pack &source, ReaderProfile &translationProfile,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_signatureState(new QLabel(this))
    , m_sourceServer(source)
    , m_sourceProfile(new ReaderProfile(m_sourceServer, this))
    , m_source(new AnswerView(*m_sourceProfile, this))
    , m_translation(new AnswerView(translationProfile, this)) {
    setObjectName(QStringLiteral("translatorPreview"));
    setWindowTitle(tr("Translator preview: source and translation"));
    m_source->setAccessibleName(tr("Source answer"));
    m_translation->setAccessibleName(tr("Translated answer"));
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_source);
    splitter->addWidget(m_translation);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_signatureState->setObjectName(QStringLiteral("signatureState"));
    m_signatureState->setWordWrap(true);
    m_signatureState->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_signatureState);
    layout->addWidget(splitter);
    resize(1200, 760);
    connect(m_source->page(), &QWebEnginePage::scrollPositionChanged, this,
            [this] { follow(m_source, m_translation); });
    connect(m_translation->page(), &QWebEnginePage::scrollPositionChanged, this,
            [this] { follow(m_translation, m_source); });
}

void TranslatorPreview::setPageStyle(const PageStyle &style) {
    m_sourceServer.setPageStyle(style);
    if (m_source->url().isValid())
        m_source->reload();
}

TranslatorPreview::~TranslatorPreview() {
    // The pages must go before the profile they run in.
    delete m_source;
    delete m_translation;
}

void TranslatorPreview::showEntry(const QString &entryId) {
    m_source->load(PageServer::entryUrl(entryId));
    m_translation->load(PageServer::entryUrl(entryId));
}

void TranslatorPreview::showTranslationTrust(const ContentTrust &trust) {
    if (trust.isVerified())
        m_signatureState->setText(TrustNotices::summary(trust));
    else
        m_signatureState->setText(tr("Unsigned draft: readers see \u201cNot verified\u201d until "
                                     "a trusted key signs this translation (faqpack sign)."));
}

QString TranslatorPreview::signatureStateText() const {
    return m_signatureState->text();
}

void TranslatorPreview::follow(AnswerView *from, AnswerView *to) {
    if (m_syncing)
        return;
    const qreal height = from->page()->contentsSize().height();
    if (height <= 0)
        return;
    // The same fraction of the page: translations are longer or shorter than their source.
    const qreal fraction = from->page()->scrollPosition().y() / height;
    m_syncing = true;
    to->page()->runJavaScript(
        QStringLiteral("window.scrollTo(0, %1 * document.documentElement.scrollHeight);")
            .arg(fraction),
        QWebEngineScript::ApplicationWorld);
    QTimer::singleShot(150, this, [this] { m_syncing = false; });
}

} // namespace pr
