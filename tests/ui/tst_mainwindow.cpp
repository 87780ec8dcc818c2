#include "answerpage.h"
#include "answerview.h"
#include "content/packreader.h"
#include "mainwindow.h"
#include "readerprofile.h"
#include "readersettings.h"
#include "remoterequestblocker.h"
#include "schemehandler.h"
#include "web/pageserver.h"

#include <QAccessible>
#include <QApplication>
#include <QListView>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <memory>

using namespace pr;

// The main window, driven offscreen with real key events and a real WebEngine page.
class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<ReaderSettings> m_settings;
    std::unique_ptr<PageServer> m_server;
    std::unique_ptr<MainWindow> m_window;

    bool waitForAnswer(const QString &entryId) {
        return QTest::qWaitFor(
            [&] {
                return m_window->currentEntryId() == entryId &&
                       !m_window->answerView()->isLoading() &&
                       m_window->answerView()->title() != m_window->answerView()->url().toString();
            },
            20000);
    }

    QString pageText() {
        QString text;
        bool done = false;
        m_window->answerView()->page()->toPlainText([&](const QString &t) {
            text = t;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("page text did not arrive");
        return text;
    }

private slots:
    void init() {
        m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                                  QSettings::IniFormat);
        m_qsettings->clear();
        m_settings = std::make_unique<ReaderSettings>(*m_qsettings);
        m_server = std::make_unique<PageServer>();
        m_window = std::make_unique<MainWindow>(*m_server, *m_settings);
        const PackReadResult result = PackReader().read(PackReader::bundledPackPath());
        QVERIFY(result.ok());
        m_window->show();
        m_window->showPack(*result.pack);
        QVERIFY(waitForAnswer(QStringLiteral("what-is")));
    }

    void cleanup() {
        m_window.reset();
        m_server.reset();
    }

    void opensTheFirstQuestionAndRendersItsAnswerText() {
        const QString text = pageText();
        QVERIFY2(text.contains(QStringLiteral("Ketamine therapy is a type of treatment")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Last reviewed: not stated by the publisher")));
        QCOMPARE(m_window->questionList()->currentIndex().row(), 0);
    }

    void movesThroughTheQuestionsWithTheArrowKeys() {
        QListView *list = m_window->questionList();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Down);
        QVERIFY(waitForAnswer(QStringLiteral("how-it-works")));
        QTest::keyClick(list, Qt::Key_End);
        QVERIFY(waitForAnswer(QStringLiteral("more-information")));
        QVERIFY(pageText().contains(QStringLiteral("Mad Scribbler’s Guide")));
    }

    void goesBackAndForwardWithAltArrows() {
        m_window->openEntry(QStringLiteral("after-treatment"));
        QVERIFY(waitForAnswer(QStringLiteral("after-treatment")));
        m_window->openEntry(QStringLiteral("benefits"));
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
        QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
        QVERIFY(waitForAnswer(QStringLiteral("after-treatment")));
        QCOMPARE(m_window->questionList()->currentIndex().row(), 7);
        QTest::keyClick(m_window.get(), Qt::Key_Right, Qt::AltModifier);
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
    }

    void showsCrossReferencesAndTheAnswersThatReferHere() {
        m_window->openEntry(QStringLiteral("risks"));
        QVERIFY(waitForAnswer(QStringLiteral("risks")));
        QString text = pageText();
        QVERIFY(
            text.contains(QStringLiteral("Side Effects (not included in this offline edition)")));
        m_window->openEntry(QStringLiteral("benefits"));
        QVERIFY(waitForAnswer(QStringLiteral("benefits")));
        text = pageText();
        QVERIFY(text.contains(QStringLiteral("Answers that refer to this one")));
        QVERIFY(text.contains(QStringLiteral("What should I expect after ketamine therapy?")));
    }

    void makesTheTextLargerUpTo300PercentAndRemembersIt() {
        AnswerView *view = m_window->answerView();
        QTest::keyClick(m_window.get(), Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(view->zoomFactor() > 1.05);
        for (int i = 0; i < 20; ++i)
            view->zoomIn();
        QCOMPARE(view->zoomFactor(), AnswerView::kMaxZoom);
        QCOMPARE(m_settings->zoom(), AnswerView::kMaxZoom);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->zoomFactor(), 1.0);
    }

    void givesEveryToolbarButtonAnAccessibleName() {
        const QList<QToolButton *> buttons = m_window->findChildren<QToolButton *>();
        int checked = 0;
        for (QToolButton *button : buttons) {
            if (!button->isVisible() || !button->defaultAction())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
            QVERIFY(iface);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), qPrintable(button->objectName()));
            QVERIFY(button->focusPolicy() != Qt::NoFocus ||
                    !button->defaultAction()->shortcut().isEmpty());
            ++checked;
        }
        QVERIFY(checked >= 6);
        QVERIFY(!m_window->questionList()->accessibleName().isEmpty());
        QVERIFY(!m_window->answerView()->accessibleName().isEmpty());
    }

    void letsNothingReachTheNetwork() {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QString base = QStringLiteral("https://127.0.0.1:%1/").arg(server.serverPort());
        RemoteRequestBlocker *blocker = m_window->readerProfile()->blocker();
        const int blockedBefore = blocker->blockedCount();
        // Any page in the reader's profile that asks for remote resources is stopped there.
        QWebEnginePage probe(m_window->readerProfile()->profile());
        probe.setHtml(
            QStringLiteral("<link rel=stylesheet href='%1s.css'><img src='%1i.png'>").arg(base));
        QVERIFY(QTest::qWaitFor([&] { return blocker->blockedCount() > blockedBefore; }, 10000));
        // And the answer view does not navigate to a web address.
        m_window->answerView()->load(QUrl(base));
        QTest::qWait(1000);
        QVERIFY(!server.hasPendingConnections());
        QVERIFY(!server.waitForNewConnection(200));
        QVERIFY(m_window->answerView()->url().scheme() != QLatin1String("https"));
    }

    void handsClickedWebLinksToThePolicyAndRefusesOtherSchemes() {
        struct ExposedPage : AnswerPage {
            using AnswerPage::acceptNavigationRequest;
            using AnswerPage::AnswerPage;
        } page(m_window->readerProfile()->profile());
        QSignalSpy spy(&page, &AnswerPage::externalLinkRequested);
        const QUrl web(QStringLiteral("https://example.org/more"));
        QVERIFY(
            !page.acceptNavigationRequest(web, QWebEnginePage::NavigationTypeLinkClicked, true));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toUrl(), web);
        QVERIFY(!page.acceptNavigationRequest(web, QWebEnginePage::NavigationTypeRedirect, true));
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("file:///etc/passwd")),
                                              QWebEnginePage::NavigationTypeLinkClicked, true));
        QVERIFY(!page.acceptNavigationRequest(QUrl(QStringLiteral("javascript:alert(1)")),
                                              QWebEnginePage::NavigationTypeLinkClicked, true));
        QCOMPARE(spy.count(), 1);
        QVERIFY(page.acceptNavigationRequest(PageServer::entryUrl(QStringLiteral("cost")),
                                             QWebEnginePage::NavigationTypeLinkClicked, true));
    }
};

int main(int argc, char *argv[]) {
    pr::SchemeHandler::registerScheme();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
