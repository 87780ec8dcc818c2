// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

// The real engine, end to end: Qt TextToSpeech -> speech-dispatcher -> espeak-ng -> ALSA, with
// ALSA's "file" plugin standing in for a sound card, so the test hears what a reader would.
#include "qtspeechengine.h"
#include "speech/readingsession.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

class TestSpeechEndToEnd : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_audio;
    std::unique_ptr<QtSpeechEngine> m_engine;

    qint64 audioBytes() const { return QFileInfo(m_audio).size(); }

    void readsEverySentenceAloud(const QString &language, const QStringList &blocks) {
        const ReadingText text = ReadingText::fromBlocks(blocks, language);
        QVERIFY(text.size() >= 2);
        ReadingSession session(*m_engine);
        QList<qint64> sizeAtStart;
        QList<qint64> sizeAtEnd;
        connect(&session, &ReadingSession::sentenceStarted, this, [&](int index) {
            if (index > 0)
                sizeAtEnd.append(audioBytes());
            sizeAtStart.append(audioBytes());
        });
        QSignalSpy finished(&session, &ReadingSession::finished);
        QSignalSpy failed(&session, &ReadingSession::failed);
        QVERIFY2(session.start(text), qPrintable(m_engine->unavailableReason()));
        QVERIFY2(finished.wait(60000) || !finished.isEmpty(),
                 qPrintable(failed.isEmpty() ? QStringLiteral("no end of reading")
                                             : failed.first().first().toString()));
        sizeAtEnd.append(audioBytes());
        QCOMPARE(sizeAtStart.size(), text.size());
        for (int i = 0; i < text.size(); ++i)
            QVERIFY2(sizeAtEnd.at(i) > sizeAtStart.at(i),
                     qPrintable(QStringLiteral("no audio for sentence %1: %2")
                                    .arg(i)
                                    .arg(text.sentences().at(i).text)));
    }

private slots:
    void initTestCase() {
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")))
            QSKIP("speech-dispatcher-espeak-ng is not installed");
        // A private speech-dispatcher, started on demand in this home, that writes its sound to
        // a file instead of a sound card.
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral(".config/speech-dispatcher"))));
        QFile conf(m_home.filePath(QStringLiteral(".config/speech-dispatcher/speechd.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("AudioOutputMethod \"alsa\"\nDefaultModule espeak-ng\n"
                   "AddModule \"espeak-ng\" \"sd_espeak-ng\" \"espeak-ng.conf\"\nTimeout 5\n");
        conf.close();
        m_audio = m_home.filePath(QStringLiteral("speech.raw"));
        QFile asound(m_home.filePath(QStringLiteral(".asoundrc")));
        QVERIFY(asound.open(QIODevice::WriteOnly));
        asound.write(QStringLiteral("pcm.!default { type file; slave.pcm \"null\"; file \"%1\"; "
                                    "format \"raw\" }\n")
                         .arg(m_audio)
                         .toUtf8());
        asound.close();
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral(".cache")).toUtf8());
        qunsetenv("XDG_RUNTIME_DIR");
        qunsetenv("SPEECHD_ADDRESS");
        m_engine = std::make_unique<QtSpeechEngine>(QStringList{QStringLiteral("speechd")});
        QSignalSpy voicesListed(m_engine.get(), &SpeechEngine::voicesChanged);
        QVERIFY(!m_engine->setLanguage(QStringLiteral("en")));
        QVERIFY(m_engine->unavailableReason().contains(QStringLiteral("getting ready")));
        QVERIFY2(voicesListed.wait(120000), "the speech thread never listed the voices");
        if (!m_engine->setLanguage(QStringLiteral("en")))
            QSKIP(qPrintable(QStringLiteral("speech-dispatcher cannot run here: ") +
                             m_engine->unavailableReason()));
    }

    void cleanupTestCase() { m_engine.reset(); }

    void readsEnglishAloudSentenceBySentence() {
        readsEverySentenceAloud(QStringLiteral("en"),
                                {QStringLiteral("What is ketamine?"),
                                 QStringLiteral("It is a medicine, e.g. for anaesthesia. Ask "
                                                "Dr. Smith about a 2.5 mg dose.")});
    }

    void readsSpanishWithASpanishVoice() {
        readsEverySentenceAloud(QStringLiteral("es"),
                                {QStringLiteral("¿Qué es la ketamina?"),
                                 QStringLiteral("Es un medicamento. Consulte a la Dra. García.")});
        QVERIFY2(m_engine->description().contains(QStringLiteral("es")),
                 qPrintable(m_engine->description()));
    }

    void readsArabicWithAnArabicVoice() {
        readsEverySentenceAloud(QStringLiteral("ar"),
                                {QStringLiteral("ما هو الكيتامين؟"),
                                 QStringLiteral("إنه دواء، يستخدم للتخدير. اسأل طبيبك.")});
        QVERIFY2(m_engine->description().contains(QStringLiteral("ar")),
                 qPrintable(m_engine->description()));
    }

    void refusesALanguageWithoutAVoice() {
        // Sichuan Yi: no espeak-ng voice. Never read with another language's voice.
        QVERIFY(!m_engine->setLanguage(QStringLiteral("ii")));
        QVERIFY(m_engine->unavailableReason().contains(QStringLiteral("voice")));
    }
};

QTEST_GUILESS_MAIN(TestSpeechEndToEnd)
#include "tst_speechendtoend.moc"
