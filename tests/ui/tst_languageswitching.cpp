// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "answerview.h"
#include "content/packreader.h"
#include "copyfolder.h"
#include "languageswitcher.h"
#include "mainwindow.h"
#include "readerharness.h"
#include "readersettings.h"
#include "readerstyle.h"
#include "schemehandler.h"
#include "searchpanel.h"
#include "signing/contenttrustpolicy.h"
#include "signing/ed25519.h"
#include "signing/packsigner.h"
#include "translatorpreview.h"
#include "user/userstore.h"
#include "web/pageserver.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProxyStyle>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>
#include <vector>

using namespace pr;

namespace {

// Text-coloured pixels in the button's outer columns (past its frame): a cut label.
bool labelTouchesTheEdge(QPushButton *button) {
    const QImage image = button->grab().toImage();
    const QColor text = button->palette().color(QPalette::ButtonText);
    const int w = image.width(), h = image.height();
    for (int x : {2, 3, w - 4, w - 3}) {
        for (int y = h / 4; y < h * 3 / 4; ++y) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - text.red()) + qAbs(c.green() - text.green()) +
                    qAbs(c.blue() - text.blue()) <
                150)
                return true;
        }
    }
    return false;
}

// A desktop whose theme puts icons on dialog buttons (GNOME under X does).
class IconButtonsStyle : public QProxyStyle {
public:
    IconButtonsStyle()
        : QProxyStyle(QStringLiteral("Fusion")) {}
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *data) const override {
        return hint == SH_DialogButtonBox_ButtonsHaveIcons
                   ? 1
                   : QProxyStyle::styleHint(hint, option, widget, data);
    }
};

} // namespace

// (The answer area, the central widget, holds the find bar over the answer view.)
// Switching the FAQ and the interface between English, Spanish and Arabic while reading.
class TestLanguageSwitching : public QObject {
    Q_OBJECT

    std::unique_ptr<ReaderHarness> m_reader;
    MainWindow *m_window = nullptr;
    UserStore *m_store = nullptr;
    ReaderSettings *m_settings = nullptr;
    std::unique_ptr<LanguageSwitcher> m_languages;

    bool waitForAnswer(const QString &entryId) { return m_reader->waitForAnswer(entryId); }

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
        QSignalSpy loaded(m_window, &MainWindow::answerLoaded);
        if (!m_languages->switchTo(tag).isEmpty())
            return false;
        return loaded.wait(20000);
    }

private slots:
    void init() {
        m_reader = std::make_unique<ReaderHarness>(false);
        m_window = m_reader->window.get();
        m_store = m_reader->store.get();
        m_settings = m_reader->settings.get();
        const Pack &bundled = m_reader->bundled;
        m_languages = std::make_unique<LanguageSwitcher>(
            bundled, *m_reader->session, *m_settings,
            QStringList{QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        m_window->setLanguageSwitcher(m_languages.get());
        m_window->show();
        m_window->showPack(bundled, QStringLiteral("cost"));
        QVERIFY(waitForAnswer(QStringLiteral("cost")));
    }

    void cleanup() {
        m_reader->window.reset();
        m_languages.reset();
        m_reader.reset();
    }

    void aPackChangedSinceItWasSignedIsNotOfferedAndTheMenuSaysWhy() {
        QTemporaryDir packs;
        const QString es = packs.filePath(QStringLiteral("ketamine-faq-es.prpack"));
        QVERIFY(
            QFile::copy(QStringLiteral(PR_BINARY_DIR "/i18n/packs/ketamine-faq-es.prpack"), es));
        QFile::setPermissions(es, QFile::ReadOwner | QFile::WriteOwner);
        const SecretKey clinic{QStringLiteral("clinic"), Ed25519::randomSeed()};
        PackSigner::Statement statement;
        statement.signerName = QStringLiteral("A. Translator");
        QString error;
        QVERIFY2(PackSigner::sign(es, clinic, statement, &error), qPrintable(error));
        QFile file(es);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QJsonObject files = root.value(QLatin1String("files")).toObject();
        files.insert(QStringLiteral("answers/cost.md"), QStringLiteral("Gratis."));
        root.insert(QStringLiteral("files"), files);
        file.resize(0);
        file.write(QJsonDocument(root).toJson());
        file.close();

        TrustedKeys keys;
        keys.add(*clinic.publicKey());
        const ContentTrustPolicy desktop(keys, false);
        ReaderHarness reader(false);
        LanguageSwitcher languages(reader.bundled, *reader.session, *reader.settings,
                                   {packs.path()}, &desktop);
        QVERIFY(!languages.catalog().find(QStringLiteral("es")));
        reader.window->setLanguageSwitcher(&languages);
        auto *why = reader.window->findChild<QAction *>(QStringLiteral("unusablePack"));
        QVERIFY(why);
        QVERIFY(why->text().contains(QStringLiteral("ketamine-faq-es.prpack")));
        why->trigger();
        auto *problems = reader.window->findChild<QListWidget *>(QStringLiteral("packProblems"));
        QVERIFY(problems && problems->count() > 0);
        QVERIFY2(problems->item(0)->text().contains(
                     QStringLiteral("answers/cost.md changed after A. Translator signed the pack")),
                 qPrintable(problems->item(0)->text()));
        reader.window.reset();
    }

    void listsEveryLanguageByItsOwnName() {
        QStringList names;
        for (const AvailableLanguage &l : m_languages->catalog().languages())
            names.append(l.nativeName);
        QVERIFY2(names.contains(QStringLiteral("Español")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("العربية")));
        QVERIFY(names.contains(QStringLiteral("English")));
    }

    void countsInEnglishWithTheRightPluralAndInSpanishAfterASwitch() {
        QLabel *count = m_window->searchPanel()->findChild<QLabel *>(QStringLiteral("resultCount"));
        QVERIFY(count);
        m_window->searchPanel()->field()->setText(QStringLiteral("insurance"));
        QVERIFY(QTest::qWaitFor([&] { return count->text().endsWith(QStringLiteral("well")); }));
        QVERIFY2(!count->text().contains(QStringLiteral("(s)")), qPrintable(count->text()));
        const auto plural = [](int n) {
            return QCoreApplication::translate("pr::SearchPanel", "%n answer(s) match well",
                                               nullptr, n);
        };
        QCOMPARE(plural(1), QStringLiteral("1 answer matches well"));
        QCOMPARE(plural(3), QStringLiteral("3 answers match well"));
        QVERIFY(switchTo(QStringLiteral("es")));
        QVERIFY2(!plural(3).contains(QStringLiteral("answer")), qPrintable(plural(3)));
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

    void putsTheQuestionsOnTheRightForArabicWithoutMnemonicsAndBackForEnglish() {
        const auto questionsOnTheRight = [&] {
            const QDockWidget *questions =
                m_window->findChild<QDockWidget *>(QStringLiteral("questionDock"));
            return questions->geometry().left() > m_window->centralWidget()->geometry().left();
        };
        const auto labels = [&] {
            QStringList texts;
            for (const QMenu *menu : m_window->menuBar()->findChildren<QMenu *>()) {
                texts.append(menu->title());
                for (const QAction *action : menu->actions())
                    texts.append(action->text());
            }
            return texts;
        };
        QVERIFY(!questionsOnTheRight());
        QVERIFY(switchTo(QStringLiteral("ar")));
        QTRY_VERIFY(questionsOnTheRight());
        const QDockWidget *references =
            m_window->findChild<QDockWidget *>(QStringLiteral("citationDock"));
        QVERIFY(references->geometry().right() < m_window->centralWidget()->geometry().left());
        for (const QString &label : labels())
            QVERIFY2(!label.contains(u'&'), qPrintable(label));
        QVERIFY(switchTo(QStringLiteral("en")));
        QTRY_VERIFY(!questionsOnTheRight());
        QVERIFY(labels().contains(QStringLiteral("&File")));
    }

    void startsInArabicWithEveryPanelShownAndTheQuestionsOnTheRight() {
        ReaderHarness reader(false);
        LanguageSwitcher languages(reader.bundled, *reader.session, *reader.settings,
                                   {QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        QVERIFY(languages.switchTo(QStringLiteral("ar")).isEmpty());
        reader.window->setLanguageSwitcher(&languages);
        reader.window->showPack(languages.currentPack(), QStringLiteral("cost"));
        reader.window->show();
        QVERIFY(reader.waitForAnswer(QStringLiteral("cost")));
        const auto *questions =
            reader.window->findChild<QDockWidget *>(QStringLiteral("questionDock"));
        const auto *references =
            reader.window->findChild<QDockWidget *>(QStringLiteral("citationDock"));
        QVERIFY(questions->isVisible());
        QVERIFY(references->isVisible());
        QVERIFY(questions->geometry().left() > reader.window->centralWidget()->geometry().right());
        QVERIFY(references->geometry().right() < reader.window->centralWidget()->geometry().left());
        reader.window.reset();
    }

    void undoAndRedoSpeakTheInterfaceLanguage() {
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undo"));
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY(switchTo(QStringLiteral("es")));
        QCOMPARE(undo->text(), QStringLiteral("Deshacer"));
        QTest::keyClick(m_window, Qt::Key_D, Qt::ControlModifier);
        QVERIFY2(undo->text().startsWith(QStringLiteral("Deshacer ")), qPrintable(undo->text()));
    }

    void isolatesTheVersionAndWritesTheDateInTheLocalesOwnForm() {
        QVERIFY(switchTo(QStringLiteral("ar")));
        const QString html = pageHtml();
        QVERIFY2(html.contains(QRegularExpression(QStringLiteral("<bdi>[^<]*-ar[^<]*</bdi>"))),
                 qPrintable(html.right(1500)));
        QVERIFY(switchTo(QStringLiteral("es")));
        QVERIFY2(pageHtml().contains(QRegularExpression(QStringLiteral("\\d+ de \\w+ de \\d{4}"))),
                 qPrintable(pageHtml().right(1500)));
    }

    void dialogButtonsInArabicShowTheirWholeLabel() {
        const QString family = QApplication::font().family();
        QVERIFY(switchTo(QStringLiteral("ar")));
        // Qt's own Arabic word for Cancel, with a mark (kasra) under its last letter.
        QDialogButtonBox probe(QDialogButtonBox::Cancel);
        QVERIFY2(probe.button(QDialogButtonBox::Cancel)->text().contains(QChar(0x0650)),
                 qPrintable(probe.button(QDialogButtonBox::Cancel)->text()));

        // The dialogs go before the styles they are drawn with.
        IconButtonsStyle desktop;
        ReaderStyle reader(new IconButtonsStyle);
        std::vector<std::unique_ptr<QDialog>> dialogs;
        const auto showBox = [&](QStyle *style) {
            dialogs.push_back(std::make_unique<QDialog>(m_window));
            auto *buttons = new QDialogButtonBox(dialogs.back().get());
            buttons->setStyle(style);
            buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            (new QVBoxLayout(dialogs.back().get()))->addWidget(buttons);
            dialogs.back()->show();
            return buttons;
        };
        // As Qt draws them on such a desktop, the label is pushed past the button's edge...
        QDialogButtonBox *plain = showBox(&desktop);
        QVERIFY(QTest::qWaitForWindowExposed(plain->window()));
        QVERIFY(!plain->button(QDialogButtonBox::Cancel)->icon().isNull());
        QVERIFY(labelTouchesTheEdge(plain->button(QDialogButtonBox::Cancel)));
        // ...and as the reader draws them, every label is whole, inside its button.
        QDialogButtonBox *buttons = showBox(&reader);
        QVERIFY(QTest::qWaitForWindowExposed(buttons->window()));
        const QList<QAbstractButton *> all = buttons->buttons();
        for (QAbstractButton *b : all) {
            auto *button = qobject_cast<QPushButton *>(b);
            QVERIFY(button);
            QVERIFY(button->icon().isNull());
            QVERIFY2(!labelTouchesTheEdge(button), qPrintable(button->text()));
            QStyleOptionButton option;
            option.initFrom(button);
            option.text = button->text();
            const QRect room =
                button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button);
            QVERIFY2(QFontMetrics(button->font()).boundingRect(button->text()).width() <=
                         room.width(),
                     qPrintable(button->text()));
        }
        dialogs.clear();
        // The application's own style is a ReaderStyle.
        QVERIFY(qobject_cast<ReaderStyle *>(QApplication::style()));
        // Back in English, the window's own font again.
        QVERIFY(switchTo(QStringLiteral("en")));
        QCOMPARE(QApplication::font().family(), family);
    }

    void keepsBookmarksAcrossALanguageSwitch() {
        const EntryKey key{QStringLiteral("ketamine-faq"), QStringLiteral("cost")};
        QVERIFY(m_store->addBookmark(key, QStringLiteral("ask about price")));
        QVERIFY(switchTo(QStringLiteral("es")));
        QVERIFY(m_store->isBookmarked(key));
        const QModelIndex row = m_window->questionList()->model()->index(5, 0);
        QVERIFY(row.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("★")));
    }

    void makesNoProblemPanelWhileNoPackHasProblems() {
        m_languages->switchTo(QStringLiteral("es"));
        QVERIFY(!m_window->findChild<QDockWidget *>(QStringLiteral("problemDock")));
        QVERIFY(!m_window->packProblemList());
    }

    void reloadsAPackFolderWhenTheTranslatorSavesAndListsItsProblems() {
        QTemporaryDir work;
        const QString folder = work.filePath(QStringLiteral("es"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), folder));
        QVERIFY(!hasErrors(m_languages->loadPack(folder)));
        QVERIFY(QTest::qWaitFor([&] { return pageHtml().contains(QStringLiteral("lang=\"es\"")); },
                                10000));

        QSignalSpy loaded(m_window, &MainWindow::answerLoaded);
        QFile answer(folder + QStringLiteral("/answers/cost.md"));
        QVERIFY(answer.open(QIODevice::Append));
        answer.write("\nPárrafo nuevo del traductor.\n");
        answer.close();
        QSignalSpy changed(m_reader->session.get(), &ReaderSession::packChanged);
        QVERIFY(changed.wait(10000));
        QVERIFY(m_languages->currentPack()
                    .entry(QStringLiteral("cost"))
                    ->answerMarkdown.contains(QStringLiteral("Párrafo nuevo")));
        QVERIFY(loaded.count() > 0 || loaded.wait(10000));
        QCOMPARE(m_window->currentEntryId(), QStringLiteral("cost"));
        QVERIFY(QTest::qWaitFor(
            [&] { return pageHtml().contains(QStringLiteral("Párrafo nuevo del traductor")); },
            10000));

        // A broken save keeps the last good version on screen and lists what is wrong.
        QFile manifest(folder + QStringLiteral("/manifest.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly | QIODevice::Truncate));
        manifest.write("{ broken");
        manifest.close();
        auto listsTheBrokenManifest = [&] {
            QListWidget *list = m_window->packProblemList();
            for (int i = 0; list && i < list->count(); ++i) {
                if (list->item(i)->text().contains(QStringLiteral("manifest.json:1: error")))
                    return true;
            }
            return false;
        };
        QVERIFY(QTest::qWaitFor(listsTheBrokenManifest, 10000));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("problemDock"))->isVisible());
        QVERIFY(pageHtml().contains(QStringLiteral("Párrafo nuevo del traductor")));
        QCOMPARE(m_languages->currentLanguage(), QStringLiteral("es"));
    }

    void showsSourceAndTranslationSideBySide() {
        QVERIFY(switchTo(QStringLiteral("es")));
        QAction *preview = nullptr;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->text().contains(QStringLiteral("side by side")) ||
                a->text().contains(QStringLiteral("lado a lado")))
                preview = a;
        }
        QVERIFY(preview);
        preview->trigger();
        TranslatorPreview *view = m_window->translatorPreview();
        QVERIFY(view && view->isVisible());
        QVERIFY(QTest::qWaitFor(
            [&] {
                return PageServer::entryIdOf(view->sourceView()->url()) == QLatin1String("cost") &&
                       PageServer::entryIdOf(view->translationView()->url()) ==
                           QLatin1String("cost") &&
                       !view->sourceView()->isLoading() && !view->translationView()->isLoading();
            },
            10000));
        QCOMPARE(view->sourceView()->title(),
                 QStringLiteral("How much does ketamine therapy cost?"));
        QVERIFY(view->translationView()->title().contains(QStringLiteral("cuesta")));
        // The shipped Spanish pack is not signed: the translator sees a draft.
        QVERIFY2(view->signatureStateText().contains(QStringLiteral("Unsigned draft")) ||
                     view->signatureStateText().contains(QStringLiteral("Borrador")),
                 qPrintable(view->signatureStateText()));
    }

    // Issue 16: a pack opened from a file or a folder is listed in the Language menu, ticked,
    // told apart from the installed pack of the same language, with its review status.
    void listsAPackOpenedFromAFileOrFolderTickedWithItsReviewStatus() {
        QTemporaryDir work;
        const QString file = work.filePath(QStringLiteral("my-es.prpack"));
        QVERIFY(
            QFile::copy(QStringLiteral(PR_BINARY_DIR "/i18n/packs/ketamine-faq-es.prpack"), file));
        QVERIFY(!hasErrors(m_languages->loadPack(file)));
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        const auto checked = [menu] {
            QStringList texts;
            for (QAction *a : menu->actions()) {
                if (a->isChecked())
                    texts.append(a->text());
            }
            return texts;
        };
        QAction *opened = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String("openedLanguagePack"))
                opened = a;
        }
        QVERIFY(opened);
        QVERIFY2(opened->text().contains(QStringLiteral("Español")) &&
                     opened->text().contains(QStringLiteral("my-es.prpack")),
                 qPrintable(opened->text()));
        QCOMPARE(checked(), QStringList{opened->text()});
        QCOMPARE(opened->toolTip(), LanguageSwitcher::tr("Translation not checked by a clinician"));
        QVERIFY(menu->toolTipsVisible());
        // Among the languages, after the installed ones.
        const QList<QAction *> actions = menu->actions();
        const qsizetype english =
            std::find_if(actions.cbegin(), actions.cend(),
                         [](QAction *a) { return a->text() == QLatin1String("English"); }) -
            actions.cbegin();
        QVERIFY(english < actions.size());
        QVERIFY(actions.indexOf(opened) > english);
        for (const AvailableLanguage &l : m_languages->catalog().languages()) {
            const auto installed = std::find_if(actions.cbegin(), actions.cend(), [&](QAction *a) {
                return a->text() == l.nativeName;
            });
            QVERIFY(installed != actions.cend());
            QVERIFY(installed - actions.cbegin() < actions.indexOf(opened));
        }
        // Nothing but languages before it.
        for (qsizetype i = 0; i < actions.indexOf(opened); ++i)
            QVERIFY(actions.at(i)->isCheckable() || !actions.at(i)->isVisible());

        // Back to English and to the opened pack from the menu.
        QSignalSpy changed(m_reader->session.get(), &ReaderSession::packChanged);
        actions.at(english)->trigger();
        QCOMPARE(m_languages->currentLanguage(), QStringLiteral("en"));
        QCOMPARE(checked(), QStringList{QStringLiteral("English")});
        opened->trigger();
        QCOMPARE(m_languages->currentLanguage(), QStringLiteral("es"));
        QCOMPARE(checked(), QStringList{opened->text()});

        // A folder too, listed once however often it is opened.
        const QString folder = work.filePath(QStringLiteral("es-draft"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), folder));
        QVERIFY(!hasErrors(m_languages->loadPack(folder)));
        QVERIFY(!hasErrors(m_languages->loadPack(folder)));
        int listed = 0;
        for (QAction *a : menu->actions()) {
            if (a->text().contains(QStringLiteral("es-draft"))) {
                ++listed;
                QVERIFY(a->isChecked());
            }
        }
        QCOMPARE(listed, 1);
        QCOMPARE(checked().size(), 1);
        QVERIFY(!opened->isChecked());
    }

    // Issue 16: the preview labels its two sides, moves between answers itself, and lists the
    // problems of the language pack in use, in the preview, not behind it.
    void thePreviewLabelsItsSidesMovesBetweenAnswersAndListsTheProblems() {
        QVERIFY(switchTo(QStringLiteral("es")));
        m_window->findChild<QAction *>(QStringLiteral("translatorPreviewAction"))->trigger();
        TranslatorPreview *view = m_window->translatorPreview();
        QVERIFY(view && view->isVisible());
        QVERIFY2(view->sourceHeading()->text().contains(QStringLiteral("English")),
                 qPrintable(view->sourceHeading()->text()));
        QVERIFY2(view->translationHeading()->text().contains(QStringLiteral("Español")),
                 qPrintable(view->translationHeading()->text()));
        QCOMPARE(view->sourceHeading()->text(),
                 TranslatorPreview::tr("Source: %1").arg(QStringLiteral("English")));
        QCOMPARE(view->translationHeading()->text(),
                 TranslatorPreview::tr("Translation: %1").arg(QStringLiteral("Español")));
        // Each heading over its own side.
        const auto topOf = [view](QWidget *w) { return w->mapTo(view, QPoint(0, 0)); };
        QVERIFY(topOf(view->sourceHeading()).y() < topOf(view->sourceView()).y());
        QVERIFY(topOf(view->translationHeading()).y() < topOf(view->translationView()).y());
        QCOMPARE(topOf(view->sourceHeading()).x(), topOf(view->sourceView()).x());
        QCOMPARE(topOf(view->translationHeading()).x(), topOf(view->translationView()).x());
        QVERIFY(!view->problemList()->isVisible());

        const auto bothShow = [view](const QString &id) {
            return QTest::qWaitFor(
                [&] {
                    return PageServer::entryIdOf(view->sourceView()->url()) == id &&
                           PageServer::entryIdOf(view->translationView()->url()) == id &&
                           !view->sourceView()->isLoading() &&
                           !view->translationView()->isLoading();
                },
                20000);
        };
        QVERIFY(bothShow(QStringLiteral("cost")));
        auto *next = view->findChild<QToolButton *>(QStringLiteral("previewNext"));
        auto *previous = view->findChild<QToolButton *>(QStringLiteral("previewPrevious"));
        QVERIFY(next && previous && next->isVisible() && previous->isVisible());
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(bothShow(QStringLiteral("insurance")));
        QTest::mouseClick(previous, Qt::LeftButton);
        QVERIFY(bothShow(QStringLiteral("cost")));

        // A save with a broken link: the problem is listed in the preview, with file and line.
        QTemporaryDir work;
        const QString folder = work.filePath(QStringLiteral("es"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), folder));
        QFile answer(folder + QStringLiteral("/answers/cost.md"));
        QVERIFY(answer.open(QIODevice::Append));
        answer.write("\n[otra](entry:no-such-entry)\n");
        answer.close();
        QVERIFY(hasErrors(m_languages->loadPack(folder)));
        QTRY_VERIFY(view->problemList()->isVisible());
        QVERIFY2(view->problemList()->item(0)->text().contains(
                     QStringLiteral("answers/cost.md:3: error: entry \"cost\"")),
                 qPrintable(view->problemList()->item(0)->text()));
        // One problem takes a few lines of the preview, not a fifth of it.
        QTRY_VERIFY2(
            view->problemList()->height() < view->height() / 8,
            qPrintable(
                QStringLiteral("%1 of %2").arg(view->problemList()->height()).arg(view->height())));
        QVERIFY(view->problemList()->height() >= view->problemList()->fontMetrics().height());
        QVERIFY(view->isVisible());
        QCOMPARE(m_languages->currentLanguage(), QStringLiteral("es"));
        // Back to a pack without problems: the list goes.
        QVERIFY(m_languages->switchTo(QStringLiteral("es")).isEmpty());
        QTRY_VERIFY(!view->problemList()->isVisible());
    }

    // A pack given with --language-pack is loaded before the window connects: its problems
    // are listed all the same, and it is in the menu, ticked.
    void listsTheProblemsAndTheEntryOfAPackLoadedBeforeTheWindow() {
        QTemporaryDir work;
        const QString folder = work.filePath(QStringLiteral("es-stale"));
        QVERIFY(pr::test::copyFolder(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es"), folder));
        QFile entries(folder + QStringLiteral("/entries.json"));
        QVERIFY(entries.open(QIODevice::ReadOnly));
        QByteArray json = entries.readAll();
        entries.close();
        const qsizetype hash = json.indexOf("\"sourceHash\": \"");
        QVERIFY(hash > 0);
        json.replace(hash + 15, 16, "0000000000000000");
        QVERIFY(entries.open(QIODevice::WriteOnly | QIODevice::Truncate));
        entries.write(json);
        entries.close();

        ReaderHarness reader(false);
        LanguageSwitcher languages(reader.bundled, *reader.session, *reader.settings,
                                   {QStringLiteral(PR_BINARY_DIR "/i18n/packs")});
        const PackProblems problems = languages.loadPack(folder);
        QVERIFY(!problems.isEmpty() && !hasErrors(problems));
        reader.window->setLanguageSwitcher(&languages);
        QListWidget *list = reader.window->packProblemList();
        QVERIFY(list);
        QCOMPARE(list->count(), problems.size());
        QVERIFY2(list->item(0)->text().contains(QStringLiteral("Out of date")),
                 qPrintable(list->item(0)->text()));
        auto *opened = reader.window->findChild<QAction *>(QStringLiteral("openedLanguagePack"));
        QVERIFY(opened && opened->isChecked());
        QVERIFY(opened->text().contains(QStringLiteral("es-stale")));
        reader.window.reset();
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
