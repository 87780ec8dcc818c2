// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/packproblem.h"
#include "web/pageserver.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QSplitter;
class QToolButton;

namespace pr {

class AnswerView;
class ReaderProfile;

// The translator's side-by-side view: the source answer and its translation, each under its
// own heading, scrolling together; previous and next answer; and the problems of the language
// pack in use, so that a translator at work never has to look behind the preview.
class TranslatorPreview : public QWidget {
    Q_OBJECT

public:
    // The theme and reading font of the source side (the translation side follows the reader).
    void setPageStyle(const PageStyle &style);
    // translationProfile serves the translated pack (the main window's profile).
    TranslatorPreview(const Pack &source, ReaderProfile &translationProfile,
                      QWidget *parent = nullptr);
    ~TranslatorPreview() override;

    void showEntry(const QString &entryId);
    // "Unsigned draft" until a trusted key signs the translation, then who signed it.
    void showTranslationTrust(const ContentTrust &trust);
    QString signatureStateText() const;
    // The language of the translation side, for its heading ("Translation: Español").
    void setTranslationLanguage(const QString &languageTag);
    // The reader's previous / next answer actions, as buttons (and shortcuts) of the preview.
    void setNavigation(QAction *previous, QAction *next);
    // What is wrong with the language pack in use; the list is hidden while there is nothing.
    void showProblems(const PackProblems &problems);

    AnswerView *sourceView() const { return m_source; }
    AnswerView *translationView() const { return m_translation; }
    QLabel *sourceHeading() const { return m_sourceHeading; }
    QLabel *translationHeading() const { return m_translationHeading; }
    QListWidget *problemList() const { return m_problems; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow(AnswerView *from, AnswerView *to);
    void retranslate();

    QHBoxLayout *m_bar = nullptr;
    QSplitter *m_parts = nullptr;
    QLabel *m_signatureState;
    QLabel *m_sourceHeading;
    QLabel *m_translationHeading;
    QLabel *m_problemsHeading;
    QListWidget *m_problems;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QString m_sourceLanguage;
    QString m_translationLanguage;
    PageServer m_sourceServer;
    ReaderProfile *m_sourceProfile;
    AnswerView *m_source;
    AnswerView *m_translation;
    bool m_syncing = false;
};

} // namespace pr
