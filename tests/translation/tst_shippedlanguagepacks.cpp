// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "search/searchindex.h"
#include "translation/cataloguetranslator.h"
#include "translation/languagepackloader.h"
#include "translation/translationnotices.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace pr;

namespace {

QString builtPack(const QString &language) {
    return QStringLiteral(PR_BUILT_PACKS_DIR "/ketamine-faq-") + language +
           QStringLiteral(".prpack");
}

QString allProblems(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

Pack englishPack() {
    return *PackReader().read(PackReader::bundledPackPath()).pack;
}

// The link targets of an answer, in order: a translation keeps every link of the original.
QStringList linkTargets(const QString &markdown) {
    static const QRegularExpression link(QStringLiteral("\\]\\(([^)\\s]+)\\)"));
    QStringList targets;
    auto it = link.globalMatch(markdown);
    while (it.hasNext())
        targets.append(it.next().captured(1));
    return targets;
}

int paragraphCount(const QString &markdown) {
    return int(markdown.trimmed().split(QStringLiteral("\n\n")).size());
}

// Messages of a Qt Linguist file that still wait for a translation.
// Translations, each with its source, of the interface translation at tsPath.
QList<QPair<QString, QString>> translatedMessages(const QString &tsPath) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QXmlStreamReader xml(&file);
    QList<QPair<QString, QString>> messages;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.isStartElement() && xml.name() == QLatin1String("translation"))
            messages.append({source, xml.readElementText(QXmlStreamReader::IncludeChildElements)});
    }
    return messages;
}

QStringList unfinishedMessages(const QString &tsPath) {
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot read ") + tsPath};
    QXmlStreamReader xml(&file);
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const bool open =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const bool vanished =
                xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
            const QString text =
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (!vanished && (open || text.isEmpty()))
                unfinished.append(source);
        }
    }
    if (xml.hasError())
        unfinished.append(xml.errorString());
    return unfinished;
}

} // namespace

class TestShippedLanguagePacks : public QObject {
    Q_OBJECT

    const Pack m_english = englishPack();

    TranslatedPack load(const QString &language) {
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_english).load(builtPack(language));
        if (!result.ok())
            qFatal("%s", qPrintable(allProblems(result.problems)));
        return *result.translated;
    }

private slots:
    void translatesEveryEntryOfTheCurrentEnglishTextWithoutAnyWarning_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("Spanish") << "es";
        QTest::newRow("Arabic") << "ar";
    }

    void translatesEveryEntryOfTheCurrentEnglishTextWithoutAnyWarning() {
        QFETCH(QString, language);
        const LanguagePackLoadResult result =
            LanguagePackLoader(m_english).load(builtPack(language));
        QVERIFY2(result.ok(), qPrintable(allProblems(result.problems)));
        QVERIFY2(result.problems.isEmpty(), qPrintable(allProblems(result.problems)));
        QCOMPARE(result.translated->coveragePercent(), 100);
        QVERIFY(result.translated->staleEntries.isEmpty());
        QCOMPARE(result.translated->pack.manifest().language, language);
    }

    void keepsEveryLinkParagraphAndSeeItemOfTheEnglish_data() {
        translatesEveryEntryOfTheCurrentEnglishTextWithoutAnyWarning_data();
    }

    void keepsEveryLinkParagraphAndSeeItemOfTheEnglish() {
        QFETCH(QString, language);
        const TranslatedPack translated = load(language);
        for (const Entry &english : m_english.entries()) {
            const Entry *entry = translated.pack.entry(english.id);
            QVERIFY(entry);
            QCOMPARE(linkTargets(entry->answerMarkdown), linkTargets(english.answerMarkdown));
            QCOMPARE(paragraphCount(entry->answerMarkdown), paragraphCount(english.answerMarkdown));
            QCOMPARE(entry->seeAlso.size(), english.seeAlso.size());
            for (qsizetype i = 0; i < english.seeAlso.size(); ++i) {
                QCOMPARE(entry->seeAlso.at(i).targetId, english.seeAlso.at(i).targetId);
                QVERIFY(entry->seeAlso.at(i).label != english.seeAlso.at(i).label);
            }
            QVERIFY(entry->question != english.question);
        }
    }

    void saysHonestlyThatNoClinicianCheckedTheTranslation_data() {
        translatesEveryEntryOfTheCurrentEnglishTextWithoutAnyWarning_data();
    }

    void saysHonestlyThatNoClinicianCheckedTheTranslation() {
        QFETCH(QString, language);
        const TranslatedPack translated = load(language);
        const TranslationProvenance &provenance = *translated.pack.manifest().translation;
        QVERIFY(!provenance.clinicallyReviewed);
        QVERIFY(provenance.reviewer.isEmpty());
        QVERIFY(!provenance.translator.isEmpty());
    }

    void readsArabicRightToLeftAndSpanishLeftToRight() {
        QCOMPARE(load(QStringLiteral("ar")).pack.manifest().direction, Qt::RightToLeft);
        QCOMPARE(load(QStringLiteral("es")).pack.manifest().direction, Qt::LeftToRight);
    }

    void citesReferencesAsPublishedInEveryLanguage() {
        const TranslatedPack translated = load(QStringLiteral("ar"));
        QCOMPARE(translated.pack.references().size(), m_english.references().size());
        QCOMPARE(translated.pack.references().at(0).sourceText,
                 m_english.references().at(0).sourceText);
    }

    void findsTheRightAnswerForASpanishQuery_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words of the answer") << "efectos secundarios"
                                             << "risks";
        QTest::newRow("a stemmed form") << "costos"
                                        << "cost";
        QTest::newRow("without accents") << "cuanto cuesta"
                                         << "cost";
        QTest::newRow("a reader's word, by synonym") << "precio"
                                                     << "cost";
        QTest::newRow("insurance") << "seguro médico"
                                   << "insurance";
        QTest::newRow("a symptom") << "mareos"
                                   << "risks";
    }

    void findsTheRightAnswerForASpanishQuery() {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const TranslatedPack translated = load(QStringLiteral("es"));
        const SearchIndex index(translated.pack);
        QVERIFY2(index.isReady(), qPrintable(index.errorString()));
        QVERIFY2(index.analysisDescription().contains(QStringLiteral("es")),
                 qPrintable(index.analysisDescription()));
        const SearchResults results = index.search(query, 3);
        QVERIFY2(!results.hits.isEmpty(), qPrintable(query));
        QCOMPARE(results.hits.first().entryId, expected);
    }

    void findsTheRightAnswerForAnArabicQuery_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        QTest::newRow("with the article") << "التأمين"
                                          << "insurance";
        QTest::newRow("without the article") << "تأمين"
                                             << "insurance";
        QTest::newRow("cost") << "تكلفة"
                              << "cost";
        QTest::newRow("a reader's word, by synonym") << "سعر"
                                                     << "cost";
        QTest::newRow("side effects") << "الآثار الجانبية"
                                      << "risks";
        QTest::newRow("a symptom") << "الغثيان"
                                   << "risks";
    }

    void findsTheRightAnswerForAnArabicQuery() {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        const TranslatedPack translated = load(QStringLiteral("ar"));
        const SearchIndex index(translated.pack);
        QVERIFY2(index.isReady(), qPrintable(index.errorString()));
        const SearchResults results = index.search(query, 3);
        QVERIFY2(!results.hits.isEmpty(), qPrintable(query));
        QCOMPARE(results.hits.first().entryId, expected);
    }

    void carriesAnInterfaceTranslationThatTranslatesTheReadersWords_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Spanish")
            << "es"
            << "Esta traducción no ha sido revisada por un profesional clínico.";
        QTest::newRow("Arabic") << "ar"
                                << "لم يراجع أي مختص سريري هذه الترجمة.";
    }

    void carriesAnInterfaceTranslationThatTranslatesTheReadersWords() {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const TranslatedPack translated = load(language);
        QVERIFY(!translated.interfaceTranslation.isEmpty());
        CatalogueTranslator translator;
        translator.setCatalogue(translated.interfaceTranslation);
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString status = TranslationNotices::reviewStatus(
            *translated.pack.manifest().translation, translated.pack.manifest().trust);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(status, expected);
    }

    void translatesEveryInterfaceMessage_data() {
        translatesEveryEntryOfTheCurrentEnglishTextWithoutAnyWarning_data();
    }

    void translatesEveryInterfaceMessage() {
        QFETCH(QString, language);
        const QStringList unfinished = unfinishedMessages(
            QStringLiteral(PR_SOURCE_DIR "/i18n/packs/%1/patient-reader_%1.ts").arg(language));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void arabicLabelsCarryNoMnemonicThatWouldBreakTheJoiningOfLetters() {
        const auto messages =
            translatedMessages(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/ar/patient-reader_ar.ts"));
        QVERIFY(messages.size() > 100);
        for (const auto &[source, translation] : messages) {
            QString text = translation;
            text.remove(QStringLiteral("&&"));
            QVERIFY2(!text.contains(u'&'),
                     qPrintable(source + QStringLiteral(" → ") + translation));
        }
    }
};

QTEST_GUILESS_MAIN(TestShippedLanguagePacks)
#include "tst_shippedlanguagepacks.moc"
