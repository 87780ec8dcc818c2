// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTextBrowser;

namespace pr {

class ExternalLinkPolicy;
class ReferenceListModel;

// The FAQ's references beside the answer: numbered, in the pack's style (APA or Vancouver, or
// the reader's choice), those the current answer cites first, each with a badge for what the
// check found. The chosen reference shows the source's text, the check's findings and its DOI
// and PMID; it can be copied or exported as RIS, BibTeX or CSL-JSON.
class CitationPanel : public QWidget {
    Q_OBJECT

public:
    CitationPanel(ExternalLinkPolicy &links, QWidget *parent = nullptr);

    void setPack(const Pack &pack);
    void setCurrentEntry(const QString &entryId);
    // Selects the reference and shows what is known about it.
    void showReference(const QString &referenceId);
    // The reference formatted as plain text, for a preview; empty when unknown.
    QString previewText(const QString &referenceId) const;
    void setExportAllowed(bool allowed);
    // The style the reader chose before ("apa", "vancouver"), over each pack's own.
    void setPreferredStyle(const QString &styleKey);

    QListView *list() const { return m_list; }
    QTextBrowser *details() const { return m_details; }
    ReferenceListModel *model() const { return m_model; }

signals:
    void styleChosen(const QString &styleKey);
    // A short confirmation for the status area ("Citation copied").
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetails();
    void copyCitation();
    void exportReferences(bool all);
    void retranslate();
    void updateSummary();

    ExternalLinkPolicy &m_links;
    Pack m_pack;
    QString m_preferredStyle;
    ReferenceListModel *m_model;
    QLabel *m_summary; // what the list as a whole is worth
    QLabel *m_styleLabel;
    QComboBox *m_style;
    QListView *m_list;
    QTextBrowser *m_details;
    QPushButton *m_copy;
    QPushButton *m_exportOne;
    QPushButton *m_exportAll;
};

} // namespace pr
