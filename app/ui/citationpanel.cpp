// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citationpanel.h"

#include "citations/citationstyle.h"
#include "citations/referenceexporter.h"
#include "citations/referencelistmodel.h"
#include "citations/referencesummary.h"
#include "externallinkpolicy.h"
#include "htmlitemdelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace pr {
namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString itemHtml(const QModelIndex &index) {
    // In the style the reader chose; the source's own text is in the details.
    using R = ReferenceListModel;
    QString html = QStringLiteral("<b>%1.</b> ").arg(index.data(R::SourceNumberRole).toInt());
    html.append(esc(index.data(R::FormattedTextRole).toString()));
    QStringList badges = index.data(R::BadgeLabelsRole).toStringList();
    const int cited = index.data(R::CitationNumberRole).toInt();
    if (cited > 0)
        badges.prepend(
            QCoreApplication::translate("CitationPanel", "cited here as [%1]").arg(cited));
    if (!badges.isEmpty()) {
        html.append(QStringLiteral("<br><small><b>"));
        html.append(esc(badges.join(QStringLiteral(" · "))));
        html.append(QStringLiteral("</b></small>"));
    }
    return html;
}

} // namespace

CitationPanel::CitationPanel(ExternalLinkPolicy &links, QWidget *parent)
    : QWidget(parent)
    , m_links(links)
    , m_model(new ReferenceListModel(this))
    , m_summary(new QLabel(this))
    , m_styleLabel(new QLabel(this))
    , m_style(new QComboBox(this))
    , m_list(new QListView(this))
    , m_details(new QTextBrowser(this))
    , m_copy(new QPushButton(this))
    , m_exportOne(new QPushButton(this))
    , m_exportAll(new QPushButton(this)) {
    m_summary->setObjectName(QStringLiteral("referenceSummary"));
    m_summary->setWordWrap(true);
    // Never clipped at large text sizes: the list below gives up the room.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_list->setObjectName(QStringLiteral("referenceList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(
        new HtmlItemDelegate([](const QModelIndex &index) { return itemHtml(index); }, m_list));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_details->setObjectName(QStringLiteral("referenceDetails"));
    m_details->setOpenLinks(false);
    m_details->setOpenExternalLinks(false);
    m_details->setSearchPaths({});
    m_styleLabel->setBuddy(m_style);
    m_style->addItem(QString(), QStringLiteral("apa"));
    m_style->addItem(QString(), QStringLiteral("vancouver"));

    auto *styleRow = new QHBoxLayout;
    styleRow->addWidget(m_styleLabel);
    styleRow->addWidget(m_style, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_exportOne);
    buttons->addWidget(m_exportAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addLayout(styleRow);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_details, 2);
    layout->addLayout(buttons);

    connect(m_style, &QComboBox::activated, this, [this] {
        // A new style resets the model, and the reset shows the details again.
        m_preferredStyle = m_style->currentData().toString();
        m_model->setReaderStyle(citationStyleFromKey(m_preferredStyle));
        emit styleChosen(m_preferredStyle);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CitationPanel::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CitationPanel::showDetails);
    connect(m_details, &QTextBrowser::anchorClicked, &m_links, &ExternalLinkPolicy::handle);
    connect(m_copy, &QPushButton::clicked, this, &CitationPanel::copyCitation);
    connect(m_exportOne, &QPushButton::clicked, this, [this] { exportReferences(false); });
    connect(m_exportAll, &QPushButton::clicked, this, [this] { exportReferences(true); });
    retranslate();
}

void CitationPanel::setPack(const Pack &pack) {
    m_pack = pack;
    updateSummary();
    m_model->setPack(pack);
    if (!m_preferredStyle.isEmpty())
        m_model->setReaderStyle(citationStyleFromKey(m_preferredStyle));
    m_style->setCurrentIndex(m_style->findData(citationStyleKey(m_model->style())));
}

void CitationPanel::setCurrentEntry(const QString &entryId) {
    const QString selected = m_model->referenceAt(m_list->currentIndex().row())
                                 ? m_model->referenceAt(m_list->currentIndex().row())->id
                                 : QString();
    m_model->setCurrentEntry(entryId);
    if (!selected.isEmpty())
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(selected)));
}

void CitationPanel::showReference(const QString &referenceId) {
    const int row = m_model->rowOf(referenceId);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row));
    m_list->scrollTo(m_model->index(row));
    m_list->setFocus(Qt::OtherFocusReason);
}

QString CitationPanel::previewText(const QString &referenceId) const {
    const int row = m_model->rowOf(referenceId);
    return row < 0 ? QString()
                   : m_model->index(row).data(ReferenceListModel::FormattedTextRole).toString();
}

void CitationPanel::setPreferredStyle(const QString &styleKey) {
    if (m_style->findData(styleKey) < 0)
        return;
    m_preferredStyle = styleKey;
    m_model->setReaderStyle(citationStyleFromKey(styleKey));
    m_style->setCurrentIndex(m_style->findData(styleKey));
}

void CitationPanel::setExportAllowed(bool allowed) {
    m_exportOne->setVisible(allowed);
    m_exportAll->setVisible(allowed);
}

void CitationPanel::showDetails() {
    using R = ReferenceListModel;
    const QModelIndex index = m_list->currentIndex();
    m_copy->setEnabled(index.isValid());
    m_exportOne->setEnabled(index.isValid());
    if (!index.isValid()) {
        m_details->setHtml(esc(tr("Choose a reference to see what a check of it found.")));
        return;
    }
    // Where web links are never followed (a kiosk), addresses are shown as text, not as links
    // that do nothing.
    const bool links = m_links.mode() != ExternalLinkPolicy::Mode::Never;
    const auto linkOrText = [links](const QUrl &url, const QString &text) {
        return links ? QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(url.toString()), esc(text))
                     : esc(text);
    };
    // Only a check that found the reference corrected anything.
    const bool found = index.data(R::CheckStatusRole).toString() == QLatin1String("confirmed") ||
                       index.data(R::CheckStatusRole).toString() == QLatin1String("differs");
    QString html = QStringLiteral("<p><b>") +
                   esc((found ? tr("In %1 style, with the checked details:")
                              : tr("In %1 style, as the source gives it:"))
                           .arg(m_style->currentText())) +
                   QStringLiteral("</b><br>") +
                   (links ? index.data(R::FormattedHtmlRole).toString()
                          : esc(index.data(R::FormattedTextRole).toString())) +
                   QStringLiteral("</p>");
    html += QStringLiteral("<p><b>") + esc(index.data(R::CheckHeadlineRole).toString()) +
            QStringLiteral("</b></p>");
    const QStringList findings = index.data(R::CheckFindingsRole).toStringList();
    if (!findings.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &f : findings)
            html += QStringLiteral("<li>") + esc(f) + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    const QString doi = index.data(R::DoiRole).toString();
    if (!doi.isEmpty())
        html += QStringLiteral("<p>DOI: ") + linkOrText(index.data(R::DoiUrlRole).toUrl(), doi) +
                QStringLiteral("</p>");
    const QString pmid = index.data(R::PmidRole).toString();
    if (!pmid.isEmpty())
        html += QStringLiteral("<p>PMID: ") + linkOrText(index.data(R::PmidUrlRole).toUrl(), pmid) +
                QStringLiteral("</p>");
    html += QStringLiteral("<p><b>") + esc(tr("As the source lists it:")) +
            QStringLiteral("</b><br>") + esc(index.data(R::SourceTextRole).toString()) +
            QStringLiteral("</p>");
    // The checker's own notes start with a status code ("NOT-FOUND: …"); the headline above
    // already says it in words.
    static const QRegularExpression statusCode(
        QStringLiteral("^\\s*(NOT-FOUND|FOUND|CONFIRMED|DIFFERS|PARTIAL)[A-Za-z ]*[.:;(]?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString evidence = index.data(R::CheckEvidenceRole).toString();
    evidence.remove(statusCode);
    if (!evidence.isEmpty())
        html += QStringLiteral("<p><small>") + esc(tr("How it was checked: %1").arg(evidence)) +
                QStringLiteral("</small></p>");
    m_details->setHtml(html);
}

void CitationPanel::copyCitation() {
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    // Both forms: a word processor keeps the italics, a plain editor gets the text.
    auto *mime = new QMimeData;
    mime->setText(index.data(ReferenceListModel::FormattedTextRole).toString());
    mime->setHtml(index.data(ReferenceListModel::FormattedHtmlRole).toString());
    QApplication::clipboard()->setMimeData(mime);
    emit statusMessage(tr("Citation copied in %1 style.").arg(m_style->currentText()));
}

void CitationPanel::exportReferences(bool all) {
    QList<Reference> references;
    if (all) {
        references = m_model->pack().references();
    } else if (const Reference *r = m_model->referenceAt(m_list->currentIndex().row())) {
        references.append(*r);
    }
    if (references.isEmpty())
        return;
    const QString ris = tr("RIS (*.ris)");
    const QString bib = tr("BibTeX (*.bib)");
    const QString csl = tr("CSL-JSON (*.json)");
    QString filter = ris;
    const QString path = QFileDialog::getSaveFileName(
        this, all ? tr("Export all references") : tr("Export reference"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("references.ris")),
        ris + QStringLiteral(";;") + bib + QStringLiteral(";;") + csl, &filter);
    if (path.isEmpty())
        return;
    const ExportFormat format = filter == bib   ? ExportFormat::BibTeX
                                : filter == csl ? ExportFormat::CslJson
                                                : ExportFormat::Ris;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(ReferenceExporter::exportAs(format, references).toUtf8()) < 0 ||
        !file.commit()) {
        QMessageBox::warning(this, tr("References were not exported"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("%n reference(s) saved to %1", nullptr, int(references.size()))
                           .arg(QDir::toNativeSeparators(path)));
}

void CitationPanel::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CitationPanel::retranslate() {
    m_styleLabel->setText(tr("St&yle:"));
    m_style->setItemText(0, tr("APA (author–date)"));
    m_style->setItemText(1, tr("Vancouver (numbered)"));
    m_style->setAccessibleName(tr("Citation style"));
    m_list->setAccessibleName(tr("References"));
    m_details->setAccessibleName(tr("What the check of this reference found"));
    m_copy->setText(tr("&Copy citation"));
    m_exportOne->setText(tr("E&xport…"));
    m_exportAll->setText(tr("Export &all…"));
    updateSummary();
    showDetails();
}

void CitationPanel::updateSummary() {
    m_summary->setText(ReferenceSummary::text(m_pack));
    m_summary->setVisible(!m_summary->text().isEmpty());
}

} // namespace pr
