#include "answerview.h"
#include "content/packreader.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "readersettings.h"
#include "schemehandler.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace pr;

// Switching the FAQ and the interface between English, Spanish and Arabic while reading.
class TestLanguageSwitching : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<ReaderSettings> m_settings;
    std::unique_ptr<PageServer> m_server;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<LanguageSwitcher> m_languages;

    bool waitForAnswer(const QString &entryId) {
        return QTest::qWaitFor(
            [&] {
                return m_window->currentEntryId() == entryId &&
                       !m_window->answerView()->isLoading();
            },
            20000);
    }

    QString pageHtml() {
        QString html;
        bool done = false;
        m_window->answerView()->page()->toHtml([&](const QString &h) {
            html = h;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no page HTML");
        return html;
    }

    // Switches and waits until the answer has been shown again in the new language.
    bool switchTo(const QString &tag) {
        QSignalSpy loaded(m_window.get(), &MainWindow::answerLoaded);
        if (!m_languages->switchTo(tag).isEmpty())
            return false;
        return loaded.wait(20000);
    }

private slots:
    void init() {
        m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")),
                                                  QSettings::IniFormat);
        m_qsettings->clear();
        m_settings = std::make_unique<ReaderSettings>(*m_qsettings);
        m_server = std::make_unique<PageServer>();
        m_store = std::make_unique<UserStore>(UserStore::ephemeralPath());
        m_window = std::make_unique<MainWindow>(*m_server, *m_settings, *m_store);
        const PackReadResult result = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(result.ok());
        m_languages = std::make_unique<LanguageSwitcher>(
            *result.pack, *m_settings, QStringList{QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        m_window->setLanguageSwitcher(m_languages.get());
        m_window->show();
        m_window->showPack(*result.pack, QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
    }

    void cleanup() {
        m_window.reset();
        m_languages.reset();
        m_store.reset();
    }

    void listsEveryLanguageByItsOwnName() {
        QStringList names;
        for (const AvailableLanguage &l : m_languages->catalog().languages())
            names.append(l.nativeName);
        QVERIFY2(names.contains(QStringLiteral("Español")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("العربية")));
        QVERIFY(names.contains(QStringLiteral("English")));
    }

    void switchesTheAnswerAndTheInterfaceToSpanishKeepingTheQuestion() {
        QVERIFY(switchTo(QStringLiteral("es")));
        const QString html = pageHtml();
        QVERIFY2(html.contains(QStringLiteral("lang=\"es\"")), qPrintable(html.left(300)));
        QVERIFY(html.contains(QStringLiteral("ketamina")));
        QVERIFY(html.contains(QStringLiteral("translation-notice")));
        QCOMPARE(m_settings->language(), QStringLiteral("es"));
        const QDockWidget *questions =
            m_window->findChild<QDockWidget *>(QStringLiteral("questionDock"));
        QVERIFY(questions->windowTitle() != QStringLiteral("Questions"));
    }

    void mirrorsTheWindowForArabicAndBackForEnglish() {
        QVERIFY(switchTo(QStringLiteral("ar")));
        QCOMPARE(m_window->layoutDirection(), Qt::RightToLeft);
        QVERIFY(pageHtml().contains(QStringLiteral("dir=\"rtl\"")));
        QVERIFY(switchTo(QStringLiteral("en")));
        QCOMPARE(m_window->layoutDirection(), Qt::LeftToRight);
        QVERIFY(pageHtml().contains(QStringLiteral("lang=\"en\" dir=\"ltr\"")));
        const QDockWidget *questions =
            m_window->findChild<QDockWidget *>(QStringLiteral("questionDock"));
        QCOMPARE(questions->windowTitle(), QStringLiteral("Questions"));
    }

    void keepsBookmarksAcrossALanguageSwitch() {
        const EntryKey key{QStringLiteral("ketamine-faq"), QStringLiteral("cost")};
        QVERIFY(m_store->addBookmark(key, QStringLiteral("ask about price")));
        QVERIFY(switchTo(QStringLiteral("es")));
        QVERIFY(m_store->isBookmarked(key));
        const QModelIndex row = m_window->questionList()->model()->index(5, 0);
        QVERIFY(row.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("★")));
    }

    void refusesABrokenPackAndKeepsTheLanguage() {
        QVERIFY(m_languages->switchTo(QStringLiteral("es")).isEmpty());
        const PackProblems problems =
            m_languages->loadPack(QStringLiteral(PR_FIXTURES_DIR "/packs/broken-manifest-json"));
        QVERIFY(hasErrors(problems));
        QCOMPARE(m_languages->currentLanguage(), QStringLiteral("es"));
    }
};

int main(int argc, char *argv[]) {
    pr::SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestLanguageSwitching test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_languageswitching.moc"
