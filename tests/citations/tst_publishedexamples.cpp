// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "citations/citationformatter.h"
#include "citationtesthelpers.h"

#include <QTest>

using namespace pr;

// Reference examples published with the styles, rebuilt from their CSL data. Given names
// are initials where the examples give only initials; a name hidden behind "et al." is a
// placeholder.
class TestPublishedExamples : public QObject {
    Q_OBJECT

private slots:
    void matchesApaSeventhEditionExamples_data() {
        QTest::addColumn<QByteArray>("csl");
        QTest::addColumn<QString>("expected");
        // APA Style, "Journal article references", example 1.
        QTest::newRow("journal article with DOI")
            << QByteArray(R"({"type":"article-journal","author":[
                 {"family":"Grady","given":"J. S."},{"family":"Her","given":"M."},
                 {"family":"Moreno","given":"G."},{"family":"Perez","given":"C."},
                 {"family":"Yelinek","given":"J."}],
                 "issued":{"date-parts":[[2019]]},
                 "title":"Emotions in storybooks: A comparison of storybooks that represent ethnic and racial groups in the United States",
                 "container-title":"Psychology of Popular Media Culture","volume":"8","issue":"3",
                 "page":"207-217","DOI":"10.1037/ppm0000185"})")
            << QStringLiteral(
                   "Grady, J. S., Her, M., Moreno, G., Perez, C., & Yelinek, J. (2019). "
                   "Emotions in storybooks: A comparison of storybooks that represent "
                   "ethnic and racial groups in the United States. Psychology of Popular "
                   "Media Culture, 8(3), 207–217. https://doi.org/10.1037/ppm0000185");
        // Publication Manual 10.1: a journal article with an article number.
        QTest::newRow("article number")
            << QByteArray(R"({"type":"article-journal","author":[{"family":"Derry","given":"K."}],
                 "issued":{"date-parts":[[2018]]},"title":"Myth and monstrosity: Teaching indigenous films",
                 "container-title":"Journal of Religion & Film","volume":"22","issue":"3","number":"7"})")
            << QStringLiteral("Derry, K. (2018). Myth and monstrosity: Teaching indigenous films. "
                              "Journal of Religion & Film, 22(3), Article 7.");
    }

    void matchesApaSeventhEditionExamples() {
        QFETCH(QByteArray, csl);
        const CslItem item = CslItem::fromJson(QJsonDocument::fromJson(csl).object());
        QTEST(CitationFormatter(CitationStyle::Apa).format(item).text, "expected");
    }

    void matchesCitingMedicineExamples_data() {
        QTest::addColumn<QByteArray>("csl");
        QTest::addColumn<QString>("expected");
        // Citing Medicine, chapter 1, the sample citation of a journal article.
        QTest::newRow("standard journal article")
            << QByteArray(R"({"type":"article-journal","author":[
                 {"family":"Halpern","given":"S. D."},{"family":"Ubel","given":"P. A."},
                 {"family":"Caplan","given":"A. L."}],"issued":{"date-parts":[[2002,7,25]]},
                 "title":"Solid-organ transplantation in HIV-infected patients",
                 "container-title":"The New England Journal of Medicine","container-title-short":"N Engl J Med",
                 "volume":"347","issue":"4","page":"284-287"})")
            << QStringLiteral("Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in "
                              "HIV-infected patients. N Engl J Med. 2002 Jul 25;347(4):284-7.");
        QTest::newRow("month, no day")
            << QByteArray(R"({"type":"article-journal","author":[
                 {"family":"Petitti","given":"D. B."},{"family":"Crooks","given":"V. C."},
                 {"family":"Buckwalter","given":"J. G."},{"family":"Chiu","given":"V."}],
                 "issued":{"date-parts":[[2005,1]]},"title":"Blood pressure levels before dementia",
                 "container-title":"Archives of Neurology","container-title-short":"Arch Neurol",
                 "volume":"62","issue":"1","page":"112-116"})")
            << QStringLiteral("Petitti DB, Crooks VC, Buckwalter JG, Chiu V. Blood pressure levels "
                              "before dementia. Arch Neurol. 2005 Jan;62(1):112-6.");
        // NLM's sample references for ICMJE (Vancouver) manuscripts.
        QTest::newRow("more than six authors")
            << QByteArray(R"({"type":"article-journal","author":[
                 {"family":"Rose","given":"M. E."},{"family":"Huerbin","given":"M. B."},
                 {"family":"Melick","given":"J."},{"family":"Marion","given":"D. W."},
                 {"family":"Palmer","given":"A. M."},{"family":"Schiding","given":"J. K."},
                 {"family":"Placeholder","given":"Seventh"}],"issued":{"date-parts":[[2002]]},
                 "title":"Regulation of interstitial excitatory amino acid concentrations after cortical contusion injury",
                 "container-title":"Brain Research","container-title-short":"Brain Res",
                 "volume":"935","issue":"1-2","page":"40-46"})")
            << QStringLiteral("Rose ME, Huerbin MB, Melick J, Marion DW, Palmer AM, Schiding JK, "
                              "et al. Regulation of interstitial excitatory amino acid "
                              "concentrations after cortical contusion injury. Brain Res. "
                              "2002;935(1-2):40-6.");
        QTest::newRow("organisation as author")
            << QByteArray(
                   R"({"type":"article-journal","author":[{"literal":"Diabetes Prevention Program Research Group"}],
                 "issued":{"date-parts":[[2002]]},
                 "title":"Hypertension, insulin, and proinsulin in participants with impaired glucose tolerance",
                 "container-title":"Hypertension","volume":"40","issue":"5","page":"679-686"})")
            << QStringLiteral("Diabetes Prevention Program Research Group. Hypertension, insulin, "
                              "and proinsulin in participants with impaired glucose tolerance. "
                              "Hypertension. 2002;40(5):679-86.");
        QTest::newRow("personal and organisation authors")
            << QByteArray(R"({"type":"article-journal","author":[
                 {"family":"Vallancien","given":"G."},{"family":"Emberton","given":"M."},
                 {"family":"Harving","given":"N."},
                 {"non-dropping-particle":"van","family":"Moorselaar","given":"R. J."},
                 {"literal":"Alf-One Study Group"}],"issued":{"date-parts":[[2003]]},
                 "title":"Sexual dysfunction in 1,274 European men suffering from lower urinary tract symptoms",
                 "container-title":"The Journal of Urology","container-title-short":"J Urol",
                 "volume":"169","issue":"6","page":"2257-2261"})")
            << QStringLiteral("Vallancien G, Emberton M, Harving N, van Moorselaar RJ; Alf-One "
                              "Study Group. Sexual dysfunction in 1,274 European men suffering "
                              "from lower urinary tract symptoms. J Urol. 2003;169(6):2257-61.");
        QTest::newRow("no volume or issue")
            << QByteArray(R"({"type":"article-journal","author":[
                 {"family":"Browell","given":"D. A."},{"family":"Lennard","given":"T. W."}],
                 "issued":{"date-parts":[[1993]]},
                 "title":"Immunologic status of the cancer patient and the effects of blood transfusion on antitumor responses",
                 "container-title":"Current Opinion in General Surgery","container-title-short":"Curr Opin Gen Surg",
                 "page":"325-333"})")
            << QStringLiteral(
                   "Browell DA, Lennard TW. Immunologic status of the cancer patient and "
                   "the effects of blood transfusion on antitumor responses. Curr Opin "
                   "Gen Surg. 1993:325-33.");
    }

    void matchesCitingMedicineExamples() {
        QFETCH(QByteArray, csl);
        const CslItem item = CslItem::fromJson(QJsonDocument::fromJson(csl).object());
        QTEST(CitationFormatter(CitationStyle::Vancouver).format(item).text, "expected");
    }
};

QTEST_GUILESS_MAIN(TestPublishedExamples)
#include "tst_publishedexamples.moc"
