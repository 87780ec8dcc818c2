// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosk/kioskshell.h"

#include "answerview.h"
#include "citations/referencelistmodel.h"
#include "kiosk/flowlayout.h"
#include "kiosk/kioskmessagecard.h"
#include "kiosk/kiosksourcespanel.h"
#include "searchpanel.h"
#include "web/pageserver.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pr {
namespace {

QString withoutMnemonic(QString text) {
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

} // namespace

KioskShell::KioskShell(AnswerView &view, SearchPanel &search, const Actions &actions,
                       const ReferenceListModel &references, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_actions(actions)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_sourcesPanel(nullptr)
    , m_card(nullptr)
    , m_references(references) {
    setObjectName(QStringLiteral("kioskShell"));
    // Buttons that look like buttons, at least kTouchTarget square, in every theme's colours.
    setStyleSheet(
        QStringLiteral(
            "QPushButton { min-height: %1px; min-width: %1px; padding: 4px 18px;"
            " border: 2px solid palette(dark); border-radius: 12px; background: palette(button);"
            " color: palette(button-text); }"
            "QPushButton:checked { background: palette(highlight); color: "
            "palette(highlighted-text);"
            " border-color: palette(highlight); }"
            "QPushButton:pressed { background: palette(midlight); }"
            "QPushButton:disabled { color: palette(mid); border-color: palette(midlight); }"
            "QPushButton:focus { border-color: palette(highlight); }"
            "QLineEdit { min-height: %1px; padding: 0 12px; border: 2px solid palette(dark);"
            " border-radius: 12px; background: palette(base); }"
            "QLineEdit:focus { border-color: palette(highlight); }"
            "QToolButton, QComboBox { min-height: %1px; min-width: %1px; }")
            .arg(kTouchTarget));

    m_title->setObjectName(QStringLiteral("kioskTitle"));
    m_title->setWordWrap(true);
    m_title->setAlignment(Qt::AlignCenter);
    QFont heading = m_title->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_title->setFont(heading);
    m_title->setMinimumHeight(kStaffCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    // The title between two empty corners: staff press the top-left one, and nothing a visitor
    // might tap lies under either (the other is the same in right-to-left).
    auto *header = new QHBoxLayout;
    header->setContentsMargins(kStaffCorner, 4, kStaffCorner, 4);
    header->addWidget(m_title, 1);
    layout->addLayout(header);
    m_stack->addWidget(makeHome(search));
    m_stack->addWidget(makeAnswer());
    m_stack->addWidget(makeMyQuestions());
    layout->addWidget(m_stack, 1);

    m_sourcesPanel = new KioskSourcesPanel(references, this);
    m_card = new KioskMessageCard(this);
    connect(&m_view, &QWebEngineView::urlChanged, this, &KioskShell::updatePage);
    connect(&references, &QAbstractItemModel::modelReset, this,
            [this] { m_sources->setEnabled(m_references.rowCount() > 0); });
    retranslate();
    updatePage();
}

QWidget *KioskShell::makeHome(SearchPanel &search) {
    m_home = new QWidget(this);
    m_home->setObjectName(QStringLiteral("kioskHome"));
    m_intro = new QLabel(m_home);
    m_intro->setObjectName(QStringLiteral("kioskIntro"));
    m_intro->setWordWrap(true);
    m_intro->setAlignment(Qt::AlignCenter);
    QFont intro = m_intro->font();
    intro.setPointSizeF(intro.pointSizeF() * 1.15);
    m_intro->setFont(intro);
    m_languageRow = new QWidget(m_home);
    m_languageRow->setObjectName(QStringLiteral("kioskLanguages"));
    m_languageLayout = new QHBoxLayout(m_languageRow);
    m_languageLayout->setContentsMargins(0, 0, 0, 0);
    m_languageLayout->setSpacing(16);
    m_languageRow->hide();
    m_homeMyQuestions = new QPushButton(m_home);
    m_homeMyQuestions->setObjectName(QStringLiteral("kioskHomeMyQuestions"));
    QFont larger = m_homeMyQuestions->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    m_homeMyQuestions->setFont(larger);
    m_homeMyQuestions->setMinimumWidth(280);
    m_homeMyQuestions->hide();
    connect(m_homeMyQuestions, &QPushButton::clicked, this, &KioskShell::showMyQuestions);

    auto *layout = new QVBoxLayout(m_home);
    layout->setContentsMargins(32, 8, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_intro);
    layout->addWidget(m_languageRow, 0, Qt::AlignHCenter);
    layout->addWidget(&search, 1);
    layout->addWidget(m_homeMyQuestions, 0, Qt::AlignHCenter);
    return m_home;
}

QWidget *KioskShell::makeAnswer() {
    m_answer = new QWidget(this);
    m_answer->setObjectName(QStringLiteral("kioskAnswer"));
    m_bar = new QWidget(m_answer);
    m_bar->setObjectName(QStringLiteral("kioskBottomBar"));
    m_bar->setAutoFillBackground(true);
    m_bar->setBackgroundRole(QPalette::Window);

    // One flow of large buttons: Back, Home, Previous, Next first, then the tools; in one row
    // where the screen is wide enough, else in as many rows as the words need.
    m_tools = new FlowLayout(12);
    m_backButton = bind(m_actions.back, QStringLiteral("kioskBack"), m_bar, true);
    m_homeButton = bind(m_actions.home, QStringLiteral("kioskHome"), m_bar, true);
    m_previousButton = bind(m_actions.previous, QStringLiteral("kioskPrevious"), m_bar, true);
    m_nextButton = bind(m_actions.next, QStringLiteral("kioskNext"), m_bar, true);
    for (QPushButton *b : {m_backButton, m_homeButton, m_previousButton, m_nextButton}) {
        b->setMinimumWidth(160);
        m_tools->addWidget(b);
    }
    m_smaller = bind(m_actions.zoomOut, QStringLiteral("kioskSmaller"), m_bar, true);
    m_larger = bind(m_actions.zoomIn, QStringLiteral("kioskLarger"), m_bar, true);
    for (QPushButton *b : {m_smaller, m_larger}) {
        QFont bold = b->font();
        bold.setBold(true);
        b->setFont(bold);
        b->setMinimumWidth(96);
    }
    m_sources = new QPushButton(m_bar);
    m_sources->setObjectName(QStringLiteral("kioskSources"));
    m_sources->setFont(m_backButton->font());
    connect(m_sources, &QPushButton::clicked, this, [this] { m_sourcesPanel->open(); });
    m_openMyQuestions = new QPushButton(m_bar);
    m_openMyQuestions->setObjectName(QStringLiteral("kioskMyQuestions"));
    m_openMyQuestions->setFont(m_backButton->font());
    m_openMyQuestions->hide();
    connect(m_openMyQuestions, &QPushButton::clicked, this, &KioskShell::showMyQuestions);
    for (QPushButton *b : {m_smaller, m_larger, m_sources, m_openMyQuestions})
        m_tools->addWidget(b);

    m_barRows = new QVBoxLayout(m_bar);
    m_barRows->setContentsMargins(24, 12, 24, 16);
    m_barRows->setSpacing(12);
    m_barRows->addLayout(m_tools);

    auto *layout = new QVBoxLayout(m_answer);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(&m_view, 1);
    layout->addWidget(m_bar);
    return m_answer;
}

QWidget *KioskShell::makeMyQuestions() {
    m_myQuestions = new QWidget(this);
    m_myQuestions->setObjectName(QStringLiteral("kioskMyQuestionsPage"));
    m_myQuestionsTitle = new QLabel(m_myQuestions);
    QFont heading = m_myQuestionsTitle->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_myQuestionsTitle->setFont(heading);
    m_leaveMyQuestions = new QPushButton(m_myQuestions);
    m_leaveMyQuestions->setObjectName(QStringLiteral("kioskLeaveMyQuestions"));
    connect(m_leaveMyQuestions, &QPushButton::clicked, this, [this] {
        m_stack->setCurrentWidget(m_pageBeforeMyQuestions ? m_pageBeforeMyQuestions : m_home);
        updatePage();
    });
    m_myQuestionsButtons = new QHBoxLayout;
    m_myQuestionsButtons->setSpacing(16);
    m_myQuestionsButtons->addWidget(m_leaveMyQuestions);
    m_myQuestionsButtons->addStretch();
    auto *layout = new QVBoxLayout(m_myQuestions);
    layout->setContentsMargins(32, 8, 32, 24);
    layout->setSpacing(16);
    layout->addWidget(m_myQuestionsTitle);
    layout->addStretch(1); // replaced by the panel
    layout->addLayout(m_myQuestionsButtons);
    return m_myQuestions;
}

QPushButton *KioskShell::bind(QAction *action, const QString &objectName, QWidget *parent,
                              bool ownText) {
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setFocusPolicy(Qt::StrongFocus);
    QFont larger = button->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.2);
    button->setFont(larger);
    const auto sync = [action, button, ownText] {
        if (!ownText) {
            button->setText(withoutMnemonic(action->text()));
            button->setAccessibleName(button->text());
        }
        button->setEnabled(action->isEnabled());
        button->setCheckable(action->isCheckable());
        button->setChecked(action->isChecked());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, [action, button] {
        // A checkable button has toggled itself; the action decides (and tells it back).
        action->trigger();
        button->setChecked(action->isChecked());
    });
    return button;
}

QPushButton *KioskShell::addTool(QAction *action, const QString &objectName) {
    QPushButton *button = bind(action, objectName, m_bar);
    m_tools->insertWidget(m_tools->indexOf(m_openMyQuestions), button);
    button->show();
    return button;
}

void KioskShell::setReadAloudBar(QWidget *bar) {
    auto *row = new QHBoxLayout;
    row->addWidget(bar, 1);
    m_barRows->addLayout(row);
    bar->show();
}

void KioskShell::setMyQuestions(QWidget *panel, QAction *take) {
    auto *layout = static_cast<QVBoxLayout *>(m_myQuestions->layout());
    if (m_myQuestionsBody)
        return;
    m_myQuestionsBody = panel;
    delete layout->takeAt(1); // the stretch
    layout->insertWidget(1, panel, 1);
    panel->show();
    if (take) {
        QPushButton *button = bind(take, QStringLiteral("kioskTakeMyQuestions"), m_myQuestions);
        m_myQuestionsButtons->addWidget(button);
        button->show();
    }
    m_openMyQuestions->show();
    m_homeMyQuestions->show();
}

void KioskShell::showMyQuestions() {
    if (!m_myQuestionsBody)
        return;
    if (m_stack->currentWidget() != m_myQuestions)
        m_pageBeforeMyQuestions = m_stack->currentWidget();
    m_stack->setCurrentWidget(m_myQuestions);
}

void KioskShell::setTitle(const QString &title) {
    m_title->setText(title);
}

void KioskShell::setClinicLine(const QString &line) {
    m_clinicLine = line;
    retranslate();
}

void KioskShell::setLanguages(const QList<QPair<QString, QString>> &tagsAndNames,
                              const QString &current,
                              std::function<void(const QString &tag)> choose) {
    qDeleteAll(m_languageButtons);
    m_languageButtons.clear();
    if (tagsAndNames.size() < 2) {
        m_languageRow->hide();
        return;
    }
    for (const auto &[tag, name] : tagsAndNames) {
        auto *button = new QPushButton(name, m_languageRow);
        button->setObjectName(QStringLiteral("kioskLanguage_") + tag);
        button->setProperty("languageTag", tag);
        button->setCheckable(true);
        button->setMinimumWidth(200);
        QFont larger = button->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.3);
        button->setFont(larger);
        // Each name in its own language and direction, whatever the interface's.
        button->setLocale(QLocale(tag));
        connect(button, &QPushButton::clicked, this, [this, choose, tag] {
            choose(tag);
            setCurrentLanguage(tag);
        });
        m_languageLayout->addWidget(button);
        button->show();
        m_languageButtons.append(button);
    }
    setCurrentLanguage(current);
    m_languageRow->show();
}

void KioskShell::setCurrentLanguage(const QString &tag) {
    for (QPushButton *button : std::as_const(m_languageButtons))
        button->setChecked(button->property("languageTag").toString() == tag);
}

void KioskShell::showMessage(const QString &text) {
    m_card->showMessage(text);
}

void KioskShell::resetForNextVisitor() {
    m_sourcesPanel->hide();
    m_card->hide();
    m_pageBeforeMyQuestions = nullptr;
    m_stack->setCurrentWidget(m_home);
    updatePage();
}

bool KioskShell::isShowingAnswer() const {
    return m_stack->currentWidget() == m_answer;
}

bool KioskShell::isShowingHome() const {
    return m_stack->currentWidget() == m_home;
}

void KioskShell::updatePage() {
    if (m_stack->currentWidget() == m_myQuestions && sender() != &m_view)
        return;
    const bool answer = !PageServer::entryIdOf(m_view.url()).isEmpty();
    m_stack->setCurrentWidget(answer ? m_answer : m_home);
    if (!answer)
        m_sourcesPanel->hide();
    m_sources->setEnabled(m_references.rowCount() > 0);
}

void KioskShell::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KioskShell::retranslate() {
    m_intro->setText(m_clinicLine.isEmpty()
                         ? tr("Answers to common questions, as the publisher wrote them. Tap a "
                              "question to read its answer, or search.")
                         : m_clinicLine);
    m_languageRow->setAccessibleName(tr("Language"));
    const struct {
        QPushButton *button;
        QString text;
        QString name;
    } texts[] = {
        {m_backButton, tr("Back"), tr("Back")},
        {m_homeButton, tr("Home"), tr("Home: all questions")},
        {m_previousButton, tr("Previous"), tr("Previous question")},
        {m_nextButton, tr("Next"), tr("Next question")},
        // The same two signs in every language; the mark keeps "+" after the A in Arabic.
        {m_smaller, QStringLiteral("A−") + QChar(0x200E), tr("Smaller text")},
        {m_larger, QStringLiteral("A+") + QChar(0x200E), tr("Larger text")},
        {m_sources, tr("Sources"), tr("Sources of this answer")},
        {m_openMyQuestions, tr("My questions"), tr("My questions")},
        {m_homeMyQuestions, tr("My questions"), tr("My questions")},
        {m_leaveMyQuestions, tr("Back"), tr("Back")},
    };
    for (const auto &t : texts) {
        t.button->setText(t.text);
        t.button->setAccessibleName(t.name);
    }
    m_myQuestionsTitle->setText(tr("My questions for the appointment"));
    m_bar->setAccessibleName(tr("Answer controls"));
    m_tools->invalidate();
}

} // namespace pr
