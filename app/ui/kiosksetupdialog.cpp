// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "kiosksetupdialog.h"

#include "kiosk/kiosksettingswriter.h"
#include "kiosk/pinhash.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pr {

namespace {

QLineEdit *pinField(QWidget *parent, const QString &name) {
    auto *field = new QLineEdit(parent);
    field->setEchoMode(QLineEdit::Password);
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,%1}").arg(PinHash::maximumPinLength)), field));
    field->setAccessibleName(name);
    return field;
}

QSpinBox *secondsBox(QWidget *parent, int minimum, int maximum, int value) {
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(KioskSetupDialog::tr(" s"));
    return box;
}

} // namespace

KioskSetupDialog::KioskSetupDialog(const KioskOptions &current,
                                   const QList<AvailableLanguage> &languages,
                                   const QStringList &printers, QString filePath, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
    , m_filePath(std::move(filePath))
    , m_enabled(new QCheckBox(tr("Start in kiosk mode (without --kiosk)"), this))
    , m_idle(secondsBox(this, KioskOptions::minimumIdleTimeoutSeconds,
                        KioskOptions::maximumIdleTimeoutSeconds, current.idleTimeoutSeconds))
    , m_countdown(secondsBox(this, KioskOptions::minimumCountdownSeconds,
                             KioskOptions::maximumCountdownSeconds, current.countdownSeconds))
    , m_newPin(pinField(this, tr("New admin PIN")))
    , m_repeatPin(pinField(this, tr("New admin PIN again")))
    , m_languages(new QListWidget(this))
    , m_startLanguage(new QComboBox(this))
    , m_readAloud(new QCheckBox(tr("Visitors may have answers read aloud"), this))
    , m_theme(new QComboBox(this))
    , m_readingFont(new QComboBox(this))
    , m_printing(new QCheckBox(tr("Visitors may print an answer"), this))
    , m_printer(new QComboBox(this))
    , m_requireSigned(new QCheckBox(tr("Show only content signed with a trusted key"), this))
    , m_attract(new QPlainTextEdit(this))
    , m_message(new QLabel(this)) {
    setWindowTitle(tr("Kiosk setup"));
    m_enabled->setChecked(current.enabled);

    const bool hasPin = PinHash::isWellFormed(current.pinHash);
    m_newPin->setPlaceholderText(
        hasPin ? tr("Leave empty to keep the current PIN")
               : tr("At least %n digits", nullptr, PinHash::minimumPinLength));

    for (const AvailableLanguage &language : languages) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 (%2)").arg(language.nativeName, language.languageTag), m_languages);
        item->setData(Qt::UserRole, language.languageTag);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool allowed = current.allowedLanguages.contains(language.languageTag) ||
                             language.languageTag == current.language;
        item->setCheckState(allowed ? Qt::Checked : Qt::Unchecked);
    }
    m_languages->setAccessibleName(tr("Languages a visitor may choose"));
    connect(m_languages, &QListWidget::itemChanged, this, &KioskSetupDialog::updateStartLanguages);
    updateStartLanguages();
    if (const int i = m_startLanguage->findData(current.language); i >= 0)
        m_startLanguage->setCurrentIndex(i);

    m_readAloud->setChecked(current.readAloudAllowed);
    const QStringList themeNames = {tr("System (as the desktop)"), tr("Light"), tr("Dark"),
                                    tr("High contrast")};
    const QStringList fontNames = {tr("Default font"), tr("Dyslexia-friendly font (OpenDyslexic)"),
                                   tr("Larger line and word spacing")};
    for (int i = 0; i < KioskOptions::themes().size(); ++i)
        m_theme->addItem(themeNames.at(i), KioskOptions::themes().at(i));
    for (int i = 0; i < KioskOptions::readingFonts().size(); ++i)
        m_readingFont->addItem(fontNames.at(i), KioskOptions::readingFonts().at(i));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(current.theme)));
    m_readingFont->setCurrentIndex(std::max(0, m_readingFont->findData(current.readingFont)));

    m_printing->setChecked(current.printingAllowed);
    m_printer->addItem(tr("The system's default printer"), QString());
    for (const QString &printer : printers)
        m_printer->addItem(printer, printer);
    if (!current.printerName.isEmpty() && m_printer->findData(current.printerName) < 0)
        m_printer->addItem(tr("%1 (not found now)").arg(current.printerName), current.printerName);
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(current.printerName)));
    m_printer->setEnabled(current.printingAllowed);
    connect(m_printing, &QCheckBox::toggled, m_printer, &QWidget::setEnabled);

    m_requireSigned->setChecked(current.requireSignedContent);

    m_attract->setPlainText(current.attractText);
    m_attract->setPlaceholderText(tr("Empty: the kiosk rests on the home screen"));
    m_attract->setTabChangesFocus(true);

    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problems"));

    auto *form = new QFormLayout;
    form->addRow(m_enabled);
    form->addRow(tr("Countdown starts after (no input)"), m_idle);
    form->addRow(tr("Countdown lasts"), m_countdown);
    form->addRow(tr("New admin PIN"), m_newPin);
    form->addRow(tr("Repeat the new PIN"), m_repeatPin);
    form->addRow(tr("Languages"), m_languages);
    form->addRow(tr("Starts in"), m_startLanguage);
    form->addRow(m_readAloud);
    form->addRow(tr("Theme for each visitor"), m_theme);
    form->addRow(tr("Reading font for each visitor"), m_readingFont);
    form->addRow(m_printing);
    form->addRow(tr("Printer"), m_printer);
    form->addRow(m_requireSigned);
    form->addRow(tr("Attract screen text"), m_attract);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *where = new QLabel(
        tr("Saves to %1. Only the PIN's salted hash is stored.").arg(m_filePath.toHtmlEscaped()),
        this);
    where->setWordWrap(true);
    layout->addWidget(where);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QStringList KioskSetupDialog::checkedLanguages() const {
    QStringList tags;
    for (int i = 0; i < m_languages->count(); ++i) {
        const QListWidgetItem *item = m_languages->item(i);
        if (item->checkState() == Qt::Checked)
            tags.append(item->data(Qt::UserRole).toString());
    }
    return tags;
}

void KioskSetupDialog::updateStartLanguages() {
    const QString chosen = m_startLanguage->currentData().toString();
    m_startLanguage->clear();
    for (int i = 0; i < m_languages->count(); ++i) {
        const QListWidgetItem *item = m_languages->item(i);
        if (item->checkState() == Qt::Checked)
            m_startLanguage->addItem(item->text(), item->data(Qt::UserRole));
    }
    m_startLanguage->setCurrentIndex(std::max(0, m_startLanguage->findData(chosen)));
}

QString KioskSetupDialog::formProblem() const {
    const QString pin = m_newPin->text();
    if (pin.isEmpty() && !m_repeatPin->text().isEmpty())
        return tr("Type the new PIN in both PIN fields.");
    if (pin.isEmpty() && !PinHash::isWellFormed(m_current.pinHash))
        return tr("Set an admin PIN: without one, staff cannot leave the kiosk from the screen.");
    if (!pin.isEmpty()) {
        if (const QString problem = PinHash::pinProblem(pin); !problem.isEmpty())
            return problem;
        if (pin != m_repeatPin->text())
            return tr("The two PINs are not the same.");
    }
    if (checkedLanguages().isEmpty())
        return tr("Choose at least one language.");
    if (m_attract->toPlainText().size() > KioskOptions::maximumAttractTextLength)
        return tr("The attract screen text is longer than %n characters.", nullptr,
                  KioskOptions::maximumAttractTextLength);
    return {};
}

bool KioskSetupDialog::save() {
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_message->setText(problem);
        return false;
    }
    KioskOptions options = m_current;
    options.enabled = m_enabled->isChecked();
    options.idleTimeoutSeconds = m_idle->value();
    options.countdownSeconds = m_countdown->value();
    if (!m_newPin->text().isEmpty())
        options.pinHash = PinHash::create(m_newPin->text());
    options.allowedLanguages = checkedLanguages();
    options.language = m_startLanguage->currentData().toString();
    options.readAloudAllowed = m_readAloud->isChecked();
    options.theme = m_theme->currentData().toString();
    options.readingFont = m_readingFont->currentData().toString();
    options.printingAllowed = m_printing->isChecked();
    options.printerName = m_printer->currentData().toString();
    options.requireSignedContent = m_requireSigned->isChecked();
    options.attractText = m_attract->toPlainText().trimmed();
    m_newPin->clear();
    m_repeatPin->clear();
    if (const QString error = KioskSettingsWriter::write(options, m_filePath); !error.isEmpty()) {
        m_message->setText(error);
        return false;
    }
    m_current = options;
    m_message->setText(tr("Saved."));
    return true;
}

} // namespace pr
