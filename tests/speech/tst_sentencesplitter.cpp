// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "speech/readingtext.h"
#include "speech/sentencesplitter.h"

#include <QTest>

using namespace pr;

class TestSentenceSplitter : public QObject {
    Q_OBJECT

private slots:
    void splitsEnglishSentencesAtTheirEnds() {
        QCOMPARE(SentenceSplitter(QStringLiteral("en"))
                     .sentences(QStringLiteral("Ketamine is a medicine. Is it safe? Ask first!")),
                 QStringList({QStringLiteral("Ketamine is a medicine."),
                              QStringLiteral("Is it safe?"), QStringLiteral("Ask first!")}));
    }

    void doesNotEndASentenceAfterAnEnglishAbbreviation() {
        QCOMPARE(SentenceSplitter(QStringLiteral("en-GB"))
                     .sentences(QStringLiteral("Ask Dr. Smith about side effects, e.g. Nausea. "
                                               "Mr. Jones agrees.")),
                 QStringList({QStringLiteral("Ask Dr. Smith about side effects, e.g. Nausea."),
                              QStringLiteral("Mr. Jones agrees.")}));
    }

    void doesNotEndASentenceAtTheDecimalPointOfANumber() {
        QCOMPARE(SentenceSplitter(QStringLiteral("en"))
                     .sentences(QStringLiteral("The dose was 2.5 mg per kg. It was enough.")),
                 QStringList({QStringLiteral("The dose was 2.5 mg per kg."),
                              QStringLiteral("It was enough.")}));
    }

    void splitsSpanishWithInvertedMarksAndAbbreviations() {
        QCOMPARE(SentenceSplitter(QStringLiteral("es"))
                     .sentences(QStringLiteral("¿Es seguro? Consulte a la Dra. García, p. ej. "
                                               "Antes de la sesión. Tome 2,5 mg.")),
                 QStringList({QStringLiteral("¿Es seguro?"),
                              QStringLiteral("Consulte a la Dra. García, p. ej. Antes de la "
                                             "sesión."),
                              QStringLiteral("Tome 2,5 mg.")}));
    }

    void splitsArabicAtTheArabicQuestionMarkButNotAtItsComma() {
        const QString text =
            QStringLiteral("ما هو الكيتامين؟ إنه دواء، يستخدم للتخدير. اسأل طبيبك.");
        QCOMPARE(SentenceSplitter(QStringLiteral("ar")).sentences(text),
                 QStringList({QStringLiteral("ما هو الكيتامين؟"),
                              QStringLiteral("إنه دواء، يستخدم للتخدير."),
                              QStringLiteral("اسأل طبيبك.")}));
    }

    void abbreviationsOfOtherLanguagesDoNotHoldBackASentenceEnd() {
        QCOMPARE(SentenceSplitter(QStringLiteral("ar")).sentences(QStringLiteral("A Dr. B")),
                 QStringList({QStringLiteral("A Dr."), QStringLiteral("B")}));
    }

    void givesSpansWithoutTheSurroundingSpace() {
        const QList<SentenceSplitter::Span> spans =
            SentenceSplitter(QStringLiteral("en")).split(QStringLiteral("  One.  Two.  "));
        QCOMPARE(spans, (QList<SentenceSplitter::Span>{{2, 4}, {8, 4}}));
    }

    void anEmptyOrBlankTextHasNoSentences() {
        QVERIFY(SentenceSplitter(QStringLiteral("en")).split(QString()).isEmpty());
        QVERIFY(SentenceSplitter(QStringLiteral("en")).split(QStringLiteral(" \n ")).isEmpty());
    }

    void readingTextKeepsEachSentencesBlockAndPlaceAndSkipsMarksAlone() {
        const ReadingText text =
            ReadingText::fromBlocks({QStringLiteral("Is it safe?"), QStringLiteral("[1]"),
                                     QStringLiteral("Yes. Mostly, e.g. in clinics.")},
                                    QStringLiteral("en"));
        QCOMPARE(text.size(), 3);
        QCOMPARE(text.language(), QStringLiteral("en"));
        const ReadingSentence &last = text.sentences().at(2);
        QCOMPARE(last.block, 2);
        QCOMPARE(last.start, 5);
        QCOMPARE(last.text, QStringLiteral("Mostly, e.g. in clinics."));
        QCOMPARE(last.length, int(last.text.size()));
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
