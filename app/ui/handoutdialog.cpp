// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "handoutdialog.h"

#include "handout/handoutbuilder.h"
#include "handoutprinter.h"
#include "models/myquestionsmodel.h"
#include "user/userstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pr {

HandoutDialog::HandoutDialog(const Pack &pack, UserStore &store, const QString &currentEntryId,
                             double textScale, QWidget *parent)
    : QDialog(parent)
    , m_pack(pack)
    , m_store(store)
    , m_textScale(textScale)
    , m_printer(new HandoutPrinter(this))
    , m_answers(new QListWidget(this))
    , m_myQuestions(new QCheckBox(this))
    , m_writingSpace(new QCheckBox(this))
    , m_paper(new QComboBox(this))
    , m_message(new QLabel(this)) {
    setObjectName(QStringLiteral("handoutDialog"));
    setWindowTitle(tr("Handout for your appointment"));
    m_answers->setObjectName(QStringLiteral("handoutAnswers"));
    m_answers->setAccessibleName(tr("Answers to print"));
    m_answers->setWordWrap(true);
    m_answers->setUniformItemSizes(false);
    m_myQuestions->setObjectName(QStringLiteral("handoutMyQuestions"));
    m_writingSpace->setObjectName(QStringLiteral("handoutWritingSpace"));
    m_writingSpace->setText(tr("Leave space to write the answers"));
    m_writingSpace->setChecked(true);
    m_paper->setObjectName(QStringLiteral("handoutPaper"));
    m_paper->addItem(tr("A4"), int(HandoutRequest::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(HandoutRequest::Paper::Letter));
    if (QLocale::system().measurementSystem() == QLocale::ImperialUSSystem)
        m_paper->setCurrentIndex(1);
    m_message->setObjectName(QStringLiteral("handoutMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    const int questionCount = int(m_store.myQuestions().size());
    m_myQuestions->setText(tr("My questions (%n)", nullptr, questionCount));
    m_myQuestions->setChecked(questionCount > 0 && currentEntryId.isEmpty());
    fillAnswers(currentEntryId.isEmpty() ? QStringList() : QStringList{currentEntryId});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    m_printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_saveButton = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::AcceptRole);
    m_previewButton->setObjectName(QStringLiteral("handoutPreview"));
    m_printButton->setObjectName(QStringLiteral("handoutPrint"));
    m_saveButton->setObjectName(QStringLiteral("handoutSave"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &HandoutDialog::preview);
    connect(m_printButton, &QPushButton::clicked, this, &HandoutDialog::print);
    connect(m_saveButton, &QPushButton::clicked, this, &HandoutDialog::savePdf);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose what to take to your appointment. Each answer starts on "
                                "a new page, with its references and where it comes from."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *answersLabel = new QLabel(tr("&Answers:"), this);
    answersLabel->setBuddy(m_answers);
    layout->addWidget(answersLabel);
    layout->addWidget(m_answers, 1);
    layout->addWidget(m_myQuestions);
    layout->addWidget(m_writingSpace);
    auto *form = new QFormLayout;
    form->addRow(tr("Pa&per:"), m_paper);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_answers, &QListWidget::itemChanged, this, &HandoutDialog::updateButtons);
    connect(m_myQuestions, &QCheckBox::toggled, this, &HandoutDialog::updateButtons);
    connect(m_printer, &HandoutPrinter::finished, this,
            [this](const QByteArray &pdf, const QString &error) {
                setCursor(Qt::ArrowCursor);
                auto then = std::exchange(m_then, nullptr);
                updateButtons();
                if (pdf.isEmpty()) {
                    showError(error);
                    return;
                }
                if (then)
                    then(pdf);
            });
    updateButtons();
    // Room for the ten questions, but never taller than the screen (200% scale, small laptops).
    const QSize wanted(560, 560);
    resize(parent && parent->screen() ? wanted.boundedTo(parent->screen()->availableSize() * 0.9)
                                            .expandedTo(minimumSizeHint())
                                      : wanted);
}

HandoutDialog::~HandoutDialog() = default;

void HandoutDialog::fillAnswers(const QStringList &checkedIds) {
    QSignalBlocker blocker(m_answers);
    m_answers->clear();
    for (const Entry &e : m_pack.entries()) {
        auto *item = new QListWidgetItem(e.question, m_answers);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checkedIds.contains(e.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_answers->setLayoutDirection(m_pack.manifest().direction);
}

HandoutRequest HandoutDialog::request() const {
    HandoutRequest r;
    for (int i = 0; i < m_answers->count(); ++i) {
        if (m_answers->item(i)->checkState() == Qt::Checked)
            r.entryIds.append(m_answers->item(i)->data(Qt::UserRole).toString());
    }
    r.includeMyQuestions = m_myQuestions->isChecked();
    if (r.includeMyQuestions)
        r.myQuestions = MyQuestionsModel::textsOf(m_store.myQuestions(), m_pack);
    r.writingSpace = m_writingSpace->isChecked();
    r.paper = HandoutRequest::Paper(m_paper->currentData().toInt());
    r.textScale = m_textScale;
    r.printedOn = QDate::currentDate();
    return r;
}

void HandoutDialog::packChanged(const Pack &pack) {
    const QStringList chosen = request().entryIds;
    m_pack = pack;
    m_then = nullptr; // a handout of the old pack must not be printed or saved
    fillAnswers(chosen);
    const QStringList kept = request().entryIds;
    QStringList lost;
    for (const QString &id : chosen)
        if (!kept.contains(id))
            lost.append(id);
    QString message = tr("The FAQ changed while this window was open (%1, version %2). The "
                         "handout will be made from the FAQ shown now; check your choice.")
                          .arg(pack.manifest().title, pack.manifest().version);
    if (!lost.isEmpty())
        message +=
            QLatin1Char(' ') + tr("No longer in the FAQ: %1.").arg(lost.join(QStringLiteral(", ")));
    m_message->setText(message);
    updateButtons();
}

void HandoutDialog::updateButtons() {
    const bool any = !request().isEmpty();
    const bool busy = m_printer->isBusy();
    for (QPushButton *b : {m_previewButton, m_printButton, m_saveButton})
        b->setEnabled(any && !busy);
}

void HandoutDialog::render(std::function<void(const QByteArray &)> then) {
    const HandoutRequest r = request();
    if (r.isEmpty()) {
        showError(tr("Choose at least one answer, or your questions."));
        return;
    }
    m_then = std::move(then);
    setCursor(Qt::BusyCursor);
    m_message->setText(tr("Making the handout…"));
    m_printer->render(HandoutBuilder(m_pack).html(r), r.paper, m_pack.manifest().language);
    updateButtons();
}

void HandoutDialog::showError(const QString &message) {
    m_message->setText(message);
    emit failed(message);
}

void HandoutDialog::preview() {
    render([this](const QByteArray &pdf) {
        m_message->clear();
        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Handout preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, pdf](QPrinter *p) {
            QString error;
            if (!HandoutPrinter::paint(pdf, p, &error))
                showError(error);
        });
        dialog.exec();
    });
}

void HandoutDialog::print() {
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        showError(tr("No printer is set up on this computer. Save a PDF instead, or ask for a "
                     "printer to be added."));
        return;
    }
    render([this](const QByteArray &pdf) {
        m_message->clear();
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QString error;
        if (!printer.isValid() || !HandoutPrinter::paint(pdf, &printer, &error)) {
            showError(error.isEmpty()
                          ? tr("The printer %1 is not available.").arg(printer.printerName())
                          : error);
            return;
        }
        m_message->setText(tr("Sent to the printer."));
        emit done(QString());
    });
}

void HandoutDialog::saveTo(const QString &path) {
    render([this, path](const QByteArray &pdf) {
        const QString error = HandoutPrinter::writePdf(pdf, path);
        if (!error.isEmpty()) {
            showError(error);
            return;
        }
        m_message->setText(tr("Saved to %1").arg(path));
        emit done(path);
    });
}

void HandoutDialog::savePdf() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handout"),
                                                      folder + QStringLiteral("/") + tr("handout") +
                                                          QStringLiteral(".pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace pr
