// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "helpmenu.h"

#include "mnemonics.h"
#include "readersettings.h"
#include "web/pagerenderer.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pr {

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

// Left-to-right runs (versions, file names) kept whole inside right-to-left text.
QString isolated(const QString &text) {
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

HelpMenu::HelpMenu(QMainWindow &window, ReaderSettings &settings)
    : QMenu(window.menuBar())
    , m_window(window)
    , m_settings(settings)
    , m_welcome(addAction(QString(), this, &HelpMenu::showWelcome))
    , m_shortcuts(addAction(QString(), this, &HelpMenu::showShortcuts))
    , m_about(addAction(QString(), this, &HelpMenu::showAbout)) {
    setObjectName(QStringLiteral("helpMenu"));
    m_welcome->setObjectName(QStringLiteral("helpWelcome"));
    m_shortcuts->setObjectName(QStringLiteral("helpShortcuts"));
    m_about->setObjectName(QStringLiteral("helpAbout"));
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    m_about->setMenuRole(QAction::AboutRole);
    retranslate();
}

void HelpMenu::retranslate() {
    setTitle(tr("&Help"));
    m_welcome->setText(tr("&Getting started"));
    m_shortcuts->setText(tr("&Keyboard shortcuts"));
    m_about->setText(tr("&About Patient Reader"));
}

void HelpMenu::welcomeOnFirstStart() {
    if (m_settings.welcomeShown())
        return;
    m_settings.setWelcomeShown(true);
    showWelcome();
}

void HelpMenu::showWelcome() {
    auto *card = new QDialog(&m_window);
    card->setObjectName(QStringLiteral("welcomeCard"));
    card->setAttribute(Qt::WA_DeleteOnClose);
    card->setWindowTitle(tr("Welcome to Patient Reader"));
    auto *layout = new QVBoxLayout(card);
    auto *text = new QLabel(card);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setText(
        QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><p>%5</p>")
            .arg(esc(tr("Welcome to Patient Reader")),
                 esc(tr("This app shows patient information from the publisher named at the "
                        "bottom of the window. It works without the internet.")),
                 esc(tr("To find an answer, choose a question in the list, or type a word in the "
                        "search box.")),
                 esc(tr("To make the text bigger, choose Larger text. To keep an answer for "
                        "later, bookmark it.")),
                 esc(tr("This is information to discuss with your clinician, not medical "
                        "advice. You can see this card again from the Help menu."))));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(card);
    QPushButton *start = buttons->addButton(tr("Start reading"), QDialogButtonBox::AcceptRole);
    start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, card, &QDialog::accept);
    layout->addWidget(buttons);
    card->resize(card->sizeHint().expandedTo(QSize(480, 0)));
    card->open();
}

void HelpMenu::showShortcuts() {
    QList<QPair<QString, QString>> rows;
    const QList<QMenu *> menus =
        m_window.menuBar()->findChildren<QMenu *>(Qt::FindDirectChildrenOnly);
    for (const QMenu *menu : menus) {
        const QList<QAction *> actions = menu->actions();
        for (const QAction *action : actions) {
            if (action->shortcuts().isEmpty() || action->isSeparator())
                continue;
            QStringList keys;
            for (const QKeySequence &key : action->shortcuts())
                keys.append(key.toString(QKeySequence::NativeText));
            rows.append({Mnemonics::removed(action->text()), keys.join(tr(" or "))});
        }
    }
    rows.append({tr("Move between the panels"),
                 QKeySequence(Qt::Key_F6).toString(QKeySequence::NativeText)});
    auto *dialog = new QDialog(&m_window);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Keyboard shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(int(rows.size()), 2, dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        table->setItem(row, 1, new QTableWidgetItem(isolated(rows.at(row).second)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(QSize(520, 560).boundedTo(m_window.size()));
    dialog->open();
}

QString HelpMenu::aboutText() const {
    QString text =
        QStringLiteral("<h3>Patient Reader %1</h3><p>%2</p><p>%3</p>")
            .arg(esc(isolated(QApplication::applicationVersion())),
                 esc(tr("An offline reader for trusted patient-education material.")),
                 esc(tr("Free software under the GNU General Public License, version 3 or "
                        "later. It comes with no warranty.")));
    const Manifest &m = m_manifest;
    if (!m.id.isEmpty()) {
        QStringList lines;
        lines << esc(m.title);
        if (!m.version.isEmpty())
            lines << esc(tr("Content version %1").arg(isolated(m.version)));
        lines << esc(m.publisher.isEmpty() ? tr("Publisher: not stated")
                                           : tr("Publisher: %1").arg(m.publisher));
        lines << esc(PageRenderer::reviewedText(m));
        text += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    return text;
}

void HelpMenu::showAbout() {
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Patient Reader"), aboutText(),
                                QMessageBox::Ok, &m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextFormat(Qt::RichText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pr
