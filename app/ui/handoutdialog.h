// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "handout/handoutrequest.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;

namespace pr {

class HandoutPrinter;
class UserStore;

// File → Handout…: the reader picks the answers and/or "my questions", previews the handout,
// prints it or saves it as a PDF. Thin: the HTML comes from HandoutBuilder, the PDF from
// HandoutPrinter. A pack change while it is open (a language switch, a content update) rebuilds
// the choice from the new pack and says so before anything is printed.
class HandoutDialog : public QDialog {
    Q_OBJECT

public:
    HandoutDialog(const Pack &pack, UserStore &store, const QString &currentEntryId,
                  double textScale, QWidget *parent = nullptr);
    ~HandoutDialog() override;

    HandoutRequest request() const;
    // The pack shown changed while the dialog is open.
    void packChanged(const Pack &pack);
    QLabel *messageLabel() const { return m_message; }
    QListWidget *answerList() const { return m_answers; }
    QCheckBox *myQuestionsBox() const { return m_myQuestions; }
    // Builds the PDF and saves it to path (what "Save PDF…" does after its file dialog).
    void saveTo(const QString &path);

signals:
    // A PDF was saved (path) or sent to the printer (empty path); for tests and the status bar.
    void done(const QString &path);
    void failed(const QString &message);

private:
    void fillAnswers(const QStringList &checkedIds);
    void updateButtons();
    void render(std::function<void(const QByteArray &)> then);
    void preview();
    void print();
    void savePdf();
    void showError(const QString &message);

    Pack m_pack;
    UserStore &m_store;
    double m_textScale;
    HandoutPrinter *m_printer;
    QListWidget *m_answers;
    QCheckBox *m_myQuestions;
    QCheckBox *m_writingSpace;
    QComboBox *m_paper;
    QLabel *m_message;
    QPushButton *m_previewButton;
    QPushButton *m_printButton;
    QPushButton *m_saveButton;
    std::function<void(const QByteArray &)> m_then;
};

} // namespace pr
