// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerview.h"
#include "comfortcontroller.h"
#include "content/packreader.h"
#include "fakespeechengine.h"
#include "pagereadingbridge.h"
#include "readaloudcontroller.h"
#include "readaloudtoolbar.h"
#include "readerharness.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QWebEngineSettings>

using pr::ReadingSession;
using pr::test::FakeSpeechEngine;

class TestReadAloud : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ReaderHarness> m_reader;
    std::unique_ptr<FakeSpeechEngine> m_engine;
    std::unique_ptr<pr::ReadAloudController> m_controller;

    int marks() {
        int count = -1;
        m_controller->bridge().countMarks([&count](int n) { count = n; });
        if (!QTest::qWaitFor([&] { return count >= 0; }, 10000))
            return -1;
        return count;
    }

    QString firstEntry() const { return m_reader->bundled.entries().first().id; }

private slots:
    void init() {
        m_reader = std::make_unique<ReaderHarness>(false);
        m_engine = std::make_unique<FakeSpeechEngine>();
        m_controller = std::make_unique<pr::ReadAloudController>(*m_reader->window->answerView(),
                                                                 *m_engine, *m_reader->qsettings);
        m_reader->window->showPack(m_reader->bundled);
        QVERIFY(m_reader->waitForAnswer(firstEntry()));
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isAvailable(), 10000);
    }

    void cleanup() {
        m_controller.reset();
        m_reader.reset();
        m_engine.reset();
    }

    void readsTheQuestionFirstWithTheVoiceOfThePagesLanguage() {
        m_controller->playPauseAction()->trigger();
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Reading);
        QCOMPARE(m_engine->speaking, m_reader->bundled.entries().first().question);
        QCOMPARE(m_engine->language, QStringLiteral("en"));
        QCOMPARE(m_controller->playPauseAction()->text(), QStringLiteral("&Pause reading"));
        QVERIFY(m_controller->stopAction()->isEnabled());
    }

    void highlightsTheSentenceBeingReadInThePageWithJavaScriptOff() {
        m_controller->playPauseAction()->trigger();
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Reading);
        QTRY_VERIFY_WITH_TIMEOUT(marks() > 0, 10000);
        m_engine->finishUtterance(); // on to the answer's first sentence
        QVERIFY(!m_engine->speaking.isEmpty());
        QVERIFY(m_engine->speaking != m_reader->bundled.entries().first().question);
        QTRY_VERIFY_WITH_TIMEOUT(marks() > 0, 10000);
        // The page's own scripts stay off: the marks come from the isolated world.
        QVERIFY(!m_reader->window->answerView()->settings()->testAttribute(
            QWebEngineSettings::JavascriptEnabled));
        m_controller->stopAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(marks(), 0, 10000);
    }

    void pauseAndResumeFromTheSameControl() {
        QAction *play = m_controller->playPauseAction();
        play->trigger();
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Reading);
        play->trigger();
        QCOMPARE(m_controller->session().state(), ReadingSession::State::Paused);
        QVERIFY(m_engine->speaking.isEmpty());
        QCOMPARE(play->text(), QStringLiteral("&Resume reading"));
        play->trigger();
        QCOMPARE(m_controller->session().state(), ReadingSession::State::Reading);
    }

    void movingToAnotherAnswerStopsReadingAtOnce() {
        m_controller->playPauseAction()->trigger();
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Reading);
        const QString second = m_reader->bundled.entries().at(1).id;
        m_reader->window->openEntry(second);
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Idle);
        QVERIFY(m_engine->speaking.isEmpty());
        QVERIFY(m_reader->waitForAnswer(second));
        QCOMPARE(m_controller->session().state(), ReadingSession::State::Idle);
    }

    void aKioskResetStopsReading() {
        m_controller->playPauseAction()->trigger();
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Reading);
        m_reader->window->resetForNextVisitor();
        QTRY_COMPARE(m_controller->session().state(), ReadingSession::State::Idle);
        QVERIFY(m_engine->speaking.isEmpty());
    }

    void withoutAVoiceForThePagesLanguageTheControlIsDisabledAndSaysWhy() {
        const pr::PackReadResult spanish =
            pr::PackReader().read(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"));
        QVERIFY(spanish.ok());
        m_engine->voices = {QStringLiteral("en")};
        pr::ReadAloudToolBar toolbar(*m_controller);
        m_reader->window->showPack(*spanish.pack);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAvailable(), 10000);
        QVERIFY(!m_controller->playPauseAction()->isEnabled());
        QCOMPARE(m_controller->unavailableReason(), QStringLiteral("no voice"));
        QCOMPARE(toolbar.reasonLabel()->text(), QStringLiteral("no voice"));
        m_controller->playPause();
        QVERIFY(m_engine->spoken.isEmpty()); // never Spanish with the English voice
    }

    void voicesListedAfterThePageOpenedMakeTheControlAvailableWithoutAReload() {
        m_engine->voices.clear();
        m_reader->window->openEntry(m_reader->bundled.entries().at(1).id);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isAvailable(), 10000);
        QSignalSpy loads(m_reader->window->answerView(), &QWebEngineView::loadStarted);
        m_engine->listVoices({QStringLiteral("en")});
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isAvailable(), 10000);
        QVERIFY(m_controller->playPauseAction()->isEnabled());
        QCOMPARE(loads.count(), 0);
    }

    void theSpeedIsRememberedAndGivenToTheEngine() {
        pr::ReadAloudToolBar toolbar(*m_controller);
        QCOMPARE(toolbar.speedBox()->currentIndex(), m_controller->rateStep());
        m_controller->setRateStep(0);
        QVERIFY(m_engine->rate < 0);
        FakeSpeechEngine other;
        pr::ReadAloudController again(*m_reader->window->answerView(), other, *m_reader->qsettings);
        QCOMPARE(again.rateStep(), 0);
        QCOMPARE(other.rate, m_engine->rate);
    }

    void theHighContrastThemeCoversTheWindowAndThePage() {
        pr::ComfortController *comfort = m_reader->window->comfort();
        comfort->setTheme(pr::ThemeChoice::HighContrast);
        QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
        QCOMPARE(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
        QCOMPARE(m_reader->server->pageStyle().theme, pr::PageTheme::HighContrast);
        QCOMPARE(m_reader->qsettings->value(QStringLiteral("view/theme")).toString(),
                 QStringLiteral("high-contrast"));
        comfort->setReadingFont(pr::ReadingFont::Spaced);
        QCOMPARE(m_reader->server->pageStyle().font, pr::ReadingFont::Spaced);
        comfort->setTheme(pr::ThemeChoice::System);
        comfort->setReadingFont(pr::ReadingFont::Default);
    }

    void aKioskVisitorsThemeGoesBackToTheClinicsDefault() {
        pr::ComfortController *comfort = m_reader->window->comfort();
        comfort->setDefaults(pr::ThemeChoice::Light, pr::ReadingFont::Default);
        comfort->setTheme(pr::ThemeChoice::Dark);
        comfort->setReadingFont(pr::ReadingFont::Spaced);
        m_reader->window->resetForNextVisitor();
        QCOMPARE(comfort->theme(), pr::ThemeChoice::Light);
        QCOMPARE(comfort->readingFont(), pr::ReadingFont::Default);
        QCOMPARE(m_reader->server->pageStyle().theme, pr::PageTheme::Light);
    }

    void theOldDarkPagesSettingBecomesTheDarkTheme() {
        QSettings settings(m_reader->dir.filePath(QStringLiteral("old.ini")), QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/darkTheme"), true);
        pr::ComfortSettings comfort(settings);
        QCOMPARE(comfort.theme(), pr::ThemeChoice::Dark);
        QVERIFY(!settings.contains(QStringLiteral("view/darkTheme")));
    }
};

QTEST_MAIN(TestReadAloud)
#include "tst_readaloud.moc"
