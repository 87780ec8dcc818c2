// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translatorpreview.h"

#include "answerview.h"
#include "readerprofile.h"
#include "signing/trustnotices.h"
#include "translation/languagepackcatalog.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScreen>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWebEngineScript>
#include <algorithm>

namespace pr {
namespace {

QLabel *heading(const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setContentsMargins(8, 6, 8, 4);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A side of the preview: its heading over its page.
QWidget *side(QLabel *title, AnswerView *view, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addWidget(view, 1);
    title->setBuddy(view);
    return box;
}

} // namespace

TranslatorPreview::TranslatorPreview(const Pack &source, ReaderProfile &translationProfile,
                                     QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_signatureState(new QLabel(this))
    , m_sourceHeading(heading(QStringLiteral("sourceHeading"), this))
    , m_translationHeading(heading(QStringLiteral("translationHeading"), this))
    , m_problemsHeading(heading(QStringLiteral("previewProblemsHeading"), this))
    , m_problems(new QListWidget(this))
    , m_sourceLanguage(source.manifest().language)
    , m_sourceServer(source)
    , m_sourceProfile(new ReaderProfile(m_sourceServer, this))
    , m_source(new AnswerView(*m_sourceProfile, this))
    , m_translation(new AnswerView(translationProfile, this)) {
    setObjectName(QStringLiteral("translatorPreview"));
    m_sourceServer.setFraming(PageRenderer::Framing::PackLanguage);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->setObjectName(QStringLiteral("previewSides"));
    sides->addWidget(side(m_sourceHeading, m_source, sides));
    sides->addWidget(side(m_translationHeading, m_translation, sides));
    sides->setChildrenCollapsible(false);

    m_problems->setObjectName(QStringLiteral("previewProblems"));
    m_problems->setWordWrap(true);
    // The problems are written in English, as "file:line: error: message": left to right even
    // in a right-to-left window, or the file name and the full stop change places.
    m_problems->setLayoutDirection(Qt::LeftToRight);
    m_problemsHeading->setBuddy(m_problems);
    auto *problems = new QWidget(this);
    problems->setObjectName(QStringLiteral("previewProblemsPanel"));
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->setSpacing(0);
    problemsLayout->addWidget(m_problemsHeading);
    problemsLayout->addWidget(m_problems, 1);
    problems->hide();

    auto *parts = new QSplitter(Qt::Vertical, this);
    m_parts = parts;
    parts->addWidget(sides);
    parts->addWidget(problems);
    parts->setStretchFactor(0, 4);
    parts->setStretchFactor(1, 1);
    parts->setChildrenCollapsible(false);

    m_signatureState->setObjectName(QStringLiteral("signatureState"));
    m_signatureState->setWordWrap(true);
    m_signatureState->setContentsMargins(8, 4, 8, 4);
    auto *bar = new QHBoxLayout;
    m_bar = bar;
    bar->setContentsMargins(0, 0, 8, 0);
    bar->addWidget(m_signatureState, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(parts, 1);
    // Never larger than the screen, at 200 % and 300 % too.
    resize(screen() ? QSize(1200, 760).boundedTo(screen()->availableSize() * 0.95)
                    : QSize(1200, 760));
    connect(m_source->page(), &QWebEnginePage::scrollPositionChanged, this,
            [this] { follow(m_source, m_translation); });
    connect(m_translation->page(), &QWebEnginePage::scrollPositionChanged, this,
            [this] { follow(m_translation, m_source); });
    retranslate();
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

void TranslatorPreview::setTranslationLanguage(const QString &languageTag) {
    m_translationLanguage = languageTag;
    retranslate();
}

void TranslatorPreview::setNavigation(QAction *previous, QAction *next) {
    const auto button = [this](QAction *action, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setFocusPolicy(Qt::StrongFocus);
        m_bar->addWidget(b);
        // Its shortcut works while the preview is the active window, too.
        addAction(action);
        return b;
    };
    m_previousButton = button(previous, QStringLiteral("previewPrevious"));
    m_nextButton = button(next, QStringLiteral("previewNext"));
}

void TranslatorPreview::showProblems(const PackProblems &problems) {
    m_problems->clear();
    for (const PackProblem &p : problems)
        m_problems->addItem(p.toString());
    QWidget *panel = m_problems->parentWidget();
    panel->setVisible(!problems.isEmpty());
    retranslate();
    if (problems.isEmpty())
        return;
    // The answers keep most of the height: the list takes what its first rows need (up to
    // five), never more than a fifth, and scrolls past that.
    // Before the first layout the splitter has no height yet: the window's then.
    const int height = m_parts->height() > 100 ? m_parts->height() : this->height();
    const int rows = int(std::min<qsizetype>(problems.size(), 5));
    int wanted = m_problemsHeading->sizeHint().height() + 2 * m_problems->frameWidth() + 4;
    for (int row = 0; row < rows; ++row)
        wanted += std::max(m_problems->sizeHintForRow(row), m_problems->fontMetrics().height() + 4);
    const int listHeight = std::min(wanted, height / 5);
    m_parts->setSizes({height - listHeight, listHeight});
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

void TranslatorPreview::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TranslatorPreview::retranslate() {
    setWindowTitle(tr("Translator preview: source and translation"));
    m_source->setAccessibleName(tr("Source answer"));
    m_translation->setAccessibleName(tr("Translated answer"));
    m_sourceHeading->setText(
        tr("Source: %1").arg(LanguagePackCatalog::nativeName(m_sourceLanguage)));
    m_translationHeading->setText(
        m_translationLanguage.isEmpty() || m_translationLanguage == m_sourceLanguage
            ? tr("Translation: none chosen (the source is shown on both sides)")
            : tr("Translation: %1").arg(LanguagePackCatalog::nativeName(m_translationLanguage)));
    m_problemsHeading->setText(
        tr("Problems in the language pack: %1").arg(QLocale().toString(m_problems->count())));
    m_problems->setAccessibleName(tr("Problems in the language pack"));
}

} // namespace pr
