// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "kiosk/kioskoptions.h"
#include "translation/languagepackcatalog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace pr {

// `patient-reader --kiosk-setup`: the administrator's form for the system-wide kiosk settings.
// It offers the languages actually installed and the printers the system knows, checks every
// value before anything is written, and stores only a salted hash of a new admin PIN.
class KioskSetupDialog : public QDialog {
    Q_OBJECT

public:
    KioskSetupDialog(const KioskOptions &current, const QList<AvailableLanguage> &languages,
                     const QStringList &printers, QString filePath, QWidget *parent = nullptr);

    // The fields, for tests.
    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *idleBox() const { return m_idle; }
    QSpinBox *countdownBox() const { return m_countdown; }
    QLineEdit *newPinField() const { return m_newPin; }
    QLineEdit *repeatPinField() const { return m_repeatPin; }
    QListWidget *languageList() const { return m_languages; }
    QComboBox *startLanguageBox() const { return m_startLanguage; }
    QCheckBox *printingBox() const { return m_printing; }
    QComboBox *printerBox() const { return m_printer; }
    QPlainTextEdit *attractField() const { return m_attract; }
    QCheckBox *readAloudBox() const { return m_readAloud; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *readingFontBox() const { return m_readingFont; }
    QLabel *messageLabel() const { return m_message; }

    // Checks the form and writes the file. Returns false, with the reason shown, when it did not.
    bool save();

private:
    void updateStartLanguages();
    QStringList checkedLanguages() const;
    QString formProblem() const;

    KioskOptions m_current;
    QString m_filePath;
    QCheckBox *m_enabled;
    QSpinBox *m_idle;
    QSpinBox *m_countdown;
    QLineEdit *m_newPin;
    QLineEdit *m_repeatPin;
    QListWidget *m_languages;
    QComboBox *m_startLanguage;
    QCheckBox *m_readAloud;
    QComboBox *m_theme;
    QComboBox *m_readingFont;
    QCheckBox *m_printing;
    QComboBox *m_printer;
    QCheckBox *m_requireSigned;
    QPlainTextEdit *m_attract;
    QLabel *m_message;
};

} // namespace pr
