// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/citationformatter.h"
#include "citations/referencelistmodel.h"
#include "citationtesthelpers.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pr;

class TestReferenceListModel : public QObject {
    Q_OBJECT

    static QStringList ids(const ReferenceListModel &model) {
        QStringList out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row).data(ReferenceListModel::IdRole).toString());
        return out;
    }
    static QList<int> intRole(const ReferenceListModel &model, int role) {
        QList<int> out;
        for (int row = 0; row < model.rowCount(); ++row)
            out.append(model.index(row).data(role).toInt());
        return out;
    }

private slots:
    void listsAllReferencesInTheSourcesOrderWithoutAnAnswer() {
        ReferenceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPack(test::bundledPack());
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(intRole(model, ReferenceListModel::SourceNumberRole),
                 (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
        QCOMPARE(intRole(model, ReferenceListModel::CitationNumberRole), QList<int>(9, 0));
    }

    void followsTheAnswerPuttingItsCitedReferencesFirst() {
        ReferenceListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPack(test::citedAnswersPack());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy followed(&model, &ReferenceListModel::currentEntryChanged);

        model.setCurrentEntry(QStringLiteral("first"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("beta"), QStringLiteral("alpha"),
                                          QStringLiteral("gamma"), QStringLiteral("delta")}));
        QCOMPARE(intRole(model, ReferenceListModel::CitationNumberRole), (QList<int>{1, 2, 0, 0}));
        QCOMPARE(intRole(model, ReferenceListModel::SourceNumberRole), (QList<int>{2, 1, 3, 4}));
        QVERIFY(model.index(1).data(ReferenceListModel::CitedRole).toBool());
        QVERIFY(!model.index(2).data(ReferenceListModel::CitedRole).toBool());

        model.setCurrentEntry(QStringLiteral("second"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("gamma"), QStringLiteral("alpha"),
                                          QStringLiteral("beta"), QStringLiteral("delta")}));
        QCOMPARE(intRole(model, ReferenceListModel::CitationNumberRole), (QList<int>{1, 2, 0, 0}));

        model.setCurrentEntry(QStringLiteral("third"));
        QCOMPARE(ids(model), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta"),
                                          QStringLiteral("gamma"), QStringLiteral("delta")}));
        QCOMPARE(resets.size(), 3);
        QCOMPARE(followed.size(), 3);
        QCOMPARE(model.currentEntry(), QStringLiteral("third"));
        QCOMPARE(model.rowOf(QStringLiteral("gamma")), 2);
    }

    void usesThePacksStyleUntilTheReaderChoosesAnother() {
        ReferenceListModel model;
        model.setPack(test::citedAnswersPack()); // its manifest asks for Vancouver
        QCOMPARE(model.style(), CitationStyle::Vancouver);
        const int alpha = model.rowOf(QStringLiteral("alpha"));
        QVERIFY(model.index(alpha)
                    .data(ReferenceListModel::FormattedTextRole)
                    .toString()
                    .contains(QStringLiteral("J Test Fixtures. 2021 Mar 9;12(3):1133-41.")));
        QSignalSpy changed(&model, &ReferenceListModel::styleChanged);
        model.setReaderStyle(CitationStyle::Apa);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(alpha)
                    .data(ReferenceListModel::FormattedTextRole)
                    .toString()
                    .contains(QStringLiteral("Journal of Test Fixtures, 12(3), 1133–1141.")));
        QVERIFY(model.index(alpha)
                    .data(ReferenceListModel::FormattedHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<i>Journal of Test Fixtures</i>")));
        model.setReaderStyle(std::nullopt);
        QCOMPARE(model.style(), CitationStyle::Vancouver);
        QCOMPARE(changed.size(), 2);
        model.setReaderStyle(CitationStyle::Vancouver);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(model.formattedAt(alpha).text,
                 model.index(alpha).data(Qt::DisplayRole).toString());
    }

    void showsTheSourceTextTheBadgesAndWhatTheCheckFound() {
        ReferenceListModel model;
        model.setPack(test::bundledPack());
        const QModelIndex li = model.index(model.rowOf(QStringLiteral("ref7-li2016")));
        QVERIFY(li.data(ReferenceListModel::SourceTextRole)
                    .toString()
                    .contains(QStringLiteral("(2020)")));
        QCOMPARE(li.data(ReferenceListModel::CheckStatusRole).toString(),
                 QStringLiteral("differs"));
        QCOMPARE(li.data(ReferenceListModel::BadgeLabelsRole).toStringList(),
                 QStringList{QStringLiteral("Details differ")});
        QVERIFY(li.data(ReferenceListModel::CheckFindingsRole)
                    .toStringList()
                    .contains(QStringLiteral("published 2016, not 2020")));
        QCOMPARE(li.data(ReferenceListModel::DoiRole).toString(),
                 QStringLiteral("10.3389/fnhum.2016.00612"));
        QCOMPARE(li.data(ReferenceListModel::DoiUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://doi.org/10.3389/fnhum.2016.00612")));
        QVERIFY(li.data(ReferenceListModel::PmidRole).toString().isEmpty());
        QVERIFY(!li.data(ReferenceListModel::PmidUrlRole).toUrl().isValid());

        const QModelIndex ninth = model.index(8);
        QVERIFY(ninth.data(ReferenceListModel::IncompleteRole).toBool());
        QCOMPARE(ninth.data(ReferenceListModel::BadgeKeysRole).toStringList(),
                 (QStringList{QStringLiteral("not-found"), QStringLiteral("incomplete")}));
        QCOMPARE(model.index(5).data(ReferenceListModel::PmidUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://pubmed.ncbi.nlm.nih.gov/24679390/")));
    }

    void formatsReferencesByTheirOwnLanguageNotTheLanguageEditionShown() {
        // An Arabic edition keeps the English references as published: APA puts their titles
        // in sentence case there too, exactly as in the English pack.
        const Pack english = test::bundledPack();
        Manifest arabic = english.manifest();
        arabic.language = QStringLiteral("ar");
        arabic.direction = Qt::RightToLeft;
        TranslationProvenance provenance;
        provenance.baseId = english.manifest().id;
        provenance.baseLanguage = english.manifest().language;
        arabic.translation = provenance;
        const Pack edition(arabic, english.entries(), english.references(), {}, {});

        // The rules do depend on the language: some bundled title changes case.
        bool caseMatters = false;
        for (const Reference &r : english.references())
            caseMatters |=
                CitationFormatter(CitationStyle::Apa, QStringLiteral("en")).format(r).text !=
                CitationFormatter(CitationStyle::Apa, QStringLiteral("ar")).format(r).text;
        QVERIFY(caseMatters);

        ReferenceListModel inEnglish;
        inEnglish.setPack(english);
        ReferenceListModel inArabic;
        inArabic.setPack(edition);
        QCOMPARE(inArabic.rowCount(), inEnglish.rowCount());
        for (int row = 0; row < inEnglish.rowCount(); ++row)
            QCOMPARE(inArabic.index(row).data(ReferenceListModel::FormattedTextRole).toString(),
                     inEnglish.index(row).data(ReferenceListModel::FormattedTextRole).toString());
        QCOMPARE(referencesLanguageOf(arabic), QStringLiteral("en"));
        QCOMPARE(referencesLanguageOf(english.manifest()), QStringLiteral("en"));
    }

    void namesItsRolesForViewsAndQml() {
        ReferenceListModel model;
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(ReferenceListModel::FormattedHtmlRole),
                 QByteArrayLiteral("formattedHtml"));
        QCOMPARE(names.value(Qt::DisplayRole), QByteArrayLiteral("display"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceListModel)
#include "tst_referencelistmodel.moc"
