// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "web/pageserver.h"

#include <QWidget>

class QLabel;

namespace pr {

class AnswerView;
class ReaderProfile;

// The translator's side-by-side view: the source answer and its translation, scrolling together.
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
    AnswerView *sourceView() const { return m_source; }
    AnswerView *translationView() const { return m_translation; }

private:
    void follow(AnswerView *from, AnswerView *to);

    QLabel *m_signatureState;
    PageServer m_sourceServer;
    ReaderProfile *m_sourceProfile;
    AnswerView *m_source;
    AnswerView *m_translation;
    bool m_syncing = false;
};

} // namespace pr
