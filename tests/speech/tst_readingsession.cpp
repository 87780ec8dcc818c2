// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "fakespeechengine.h"
#include "speech/readingsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace pr;
using pr::test::FakeSpeechEngine;

namespace {

ReadingText threeSentences(const QString &language = QStringLiteral("en")) {
    return ReadingText::fromBlocks(
        {QStringLiteral("Is it safe?"), QStringLiteral("It can be. Ask your clinician.")},
        language);
}

} // namespace

class TestReadingSession : public QObject {
    Q_OBJECT

private slots:
    void readsTheQuestionThenTheAnswerSentenceBySentence() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QSignalSpy sentences(&session, &ReadingSession::sentenceStarted);
        QSignalSpy finished(&session, &ReadingSession::finished);
        QVERIFY(session.start(threeSentences()));
        QCOMPARE(session.state(), ReadingSession::State::Reading);
        QCOMPARE(engine.speaking, QStringLiteral("Is it safe?"));
        engine.finishUtterance();
        QCOMPARE(engine.speaking, QStringLiteral("It can be."));
        engine.finishUtterance();
        QCOMPARE(engine.speaking, QStringLiteral("Ask your clinician."));
        QCOMPARE(session.currentSentence(), 2);
        engine.finishUtterance();
        QCOMPARE(session.state(), ReadingSession::State::Idle);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(sentences.size(), 3);
        QCOMPARE(sentences.at(2).at(0).toInt(), 2);
        QCOMPARE(engine.spoken.size(), 3);
    }

    void choosesTheVoiceOfTheTextsLanguage() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QVERIFY(session.start(threeSentences(QStringLiteral("es-MX"))));
        QCOMPARE(engine.language, QStringLiteral("es"));
    }

    void refusesToReadWithoutAVoiceForTheLanguageAndSaysNothing() {
        FakeSpeechEngine engine;
        engine.voices = {QStringLiteral("en")};
        ReadingSession session(engine);
        QSignalSpy states(&session, &ReadingSession::stateChanged);
        QVERIFY(!session.start(threeSentences(QStringLiteral("es"))));
        QCOMPARE(session.state(), ReadingSession::State::Idle);
        QVERIFY(engine.spoken.isEmpty());
        QCOMPARE(states.size(), 0);
    }

    void refusesAnEmptyText() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QVERIFY(
            !session.start(ReadingText::fromBlocks({QStringLiteral("—")}, QStringLiteral("en"))));
        QVERIFY(engine.spoken.isEmpty());
    }

    void pauseSilencesTheEngineAndResumeReadsThePausedSentenceAgain() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        session.start(threeSentences());
        engine.finishUtterance();
        session.pause();
        QCOMPARE(session.state(), ReadingSession::State::Paused);
        QVERIFY(engine.speaking.isEmpty());
        QCOMPARE(session.currentSentence(), 1);
        session.resume();
        QCOMPARE(session.state(), ReadingSession::State::Reading);
        QCOMPARE(engine.speaking, QStringLiteral("It can be."));
        QCOMPARE(engine.spoken.count(QStringLiteral("It can be.")), 2);
    }

    void anUtteranceEndingWhilePausedDoesNotMoveOn() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        session.start(threeSentences());
        session.pause();
        emit engine.utteranceFinished(); // a late event from the engine
        QCOMPARE(session.currentSentence(), 0);
        QCOMPARE(engine.spoken.size(), 1);
    }

    void togglePauseAlternatesBetweenPausedAndReading() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        session.start(threeSentences());
        session.togglePause();
        QCOMPARE(session.state(), ReadingSession::State::Paused);
        session.togglePause();
        QCOMPARE(session.state(), ReadingSession::State::Reading);
    }

    void nextAndPreviousMoveBetweenSentences() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        session.start(threeSentences());
        session.next();
        QCOMPARE(engine.speaking, QStringLiteral("It can be."));
        session.next();
        QCOMPARE(engine.speaking, QStringLiteral("Ask your clinician."));
        session.previous();
        QCOMPARE(engine.speaking, QStringLiteral("It can be."));
        session.previous();
        session.previous();
        QCOMPARE(session.currentSentence(), 0);
        QCOMPARE(engine.speaking, QStringLiteral("Is it safe?"));
    }

    void nextPastTheLastSentenceStops() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        session.start(threeSentences(), 2);
        session.next();
        QCOMPARE(session.state(), ReadingSession::State::Idle);
        QVERIFY(engine.speaking.isEmpty());
    }

    void stopSilencesAtOnceAndIgnoresTheEnginesLateEvents() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QSignalSpy finished(&session, &ReadingSession::finished);
        session.start(threeSentences());
        session.stop();
        QCOMPARE(session.state(), ReadingSession::State::Idle);
        QVERIFY(engine.speaking.isEmpty());
        QCOMPARE(session.currentSentence(), -1);
        engine.finishUtterance();
        QCOMPARE(engine.spoken.size(), 1);
        QCOMPARE(finished.size(), 0);
    }

    void startingAnotherTextStopsTheFirst() {
        // What navigation does: the controller starts the new page's text, or stops.
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        session.start(threeSentences());
        const int stopsBefore = engine.stops;
        QVERIFY(session.start(
            ReadingText::fromBlocks({QStringLiteral("¿Y ahora?")}, QStringLiteral("es"))));
        QVERIFY(engine.stops > stopsBefore);
        QCOMPARE(engine.speaking, QStringLiteral("¿Y ahora?"));
        QCOMPARE(engine.language, QStringLiteral("es"));
    }

    void reportsTheFirstSoundOfTheSentenceBeingRead() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QSignalSpy sounds(&session, &ReadingSession::speakingStarted);
        session.start(threeSentences());
        engine.finishUtterance();
        engine.startSound();
        QCOMPARE(sounds.size(), 1);
        QCOMPARE(sounds.at(0).at(0).toInt(), 1);
    }

    void anEngineFailureStopsReadingAndSaysWhy() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QSignalSpy failed(&session, &ReadingSession::failed);
        session.start(threeSentences());
        engine.fail();
        QCOMPARE(session.state(), ReadingSession::State::Idle);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("the engine stopped working"));
    }

    void pauseAndResumeDoNothingWhenIdle() {
        FakeSpeechEngine engine;
        ReadingSession session(engine);
        QSignalSpy states(&session, &ReadingSession::stateChanged);
        session.pause();
        session.resume();
        session.next();
        session.previous();
        session.stop();
        QCOMPARE(states.size(), 0);
        QVERIFY(engine.spoken.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadingSession)
#include "tst_readingsession.moc"
