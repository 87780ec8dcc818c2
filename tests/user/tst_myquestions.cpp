// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "models/myquestionsmodel.h"
#include "user/userstore.h"
#include "userstoretesting.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pr;
using namespace pr::testing;

namespace {

QStringList textsIn(const MyQuestionsModel &model) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row).data().toString());
    return texts;
}

} // namespace

class TestMyQuestions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("user.sqlite")); }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        QFile::remove(path());
        QFile::remove(path() + QStringLiteral("-wal"));
        QFile::remove(path() + QStringLiteral("-shm"));
    }

    void faqQuestionsAndOwnQuestionsAreKeptInTheOrderTheyWereAdded() {
        {
            UserStore store(path());
            QVERIFY(store.askClinician(key("cost")));
            QVERIFY(store.addOwnQuestion(QStringLiteral("  Can I drive home afterwards?  ")));
            QVERIFY(store.askClinician(key("risks")));
        }
        const UserStore reopened(path());
        const QList<MyQuestion> list = reopened.myQuestions();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).entry, key("cost"));
        QVERIFY(list.at(1).isOwn());
        QCOMPARE(list.at(1).text, QStringLiteral("Can I drive home afterwards?"));
        QCOMPARE(list.at(2).entry, key("risks"));
        QVERIFY(reopened.isAskingClinician(key("risks")));
        QVERIFY(!reopened.isAskingClinician(key("insurance")));
    }

    void markingTheSameFaqQuestionTwiceKeepsOneLine() {
        UserStore store(path());
        QVERIFY(store.askClinician(key("cost")));
        QSignalSpy changed(&store, &UserStore::myQuestionsChanged);
        QVERIFY(store.askClinician(key("cost")));
        QCOMPARE(store.myQuestions().size(), 1);
        QCOMPARE(changed.count(), 0);
        QVERIFY(store.stopAskingClinician(key("cost")));
        QVERIFY(store.myQuestions().isEmpty());
        QVERIFY(!store.stopAskingClinician(key("cost")));
    }

    void ownQuestionsInAnyLanguageAreStoredExactlyAndCanBeEdited() {
        UserStore store(path());
        const QString arabic = QStringLiteral("هل يمكنني القيادة بعد الجلسة؟");
        const QString spanish = QStringLiteral("¿Cuánto dura el efecto?");
        qint64 id = 0;
        QVERIFY(store.addOwnQuestion(arabic, &id));
        QVERIFY(store.addOwnQuestion(spanish));
        QCOMPARE(store.myQuestions().at(0).text, arabic);
        QVERIFY(store.editOwnQuestion(id, QStringLiteral("هل يمكنني العمل في اليوم التالي؟")));
        QCOMPARE(store.myQuestions().at(0).text,
                 QStringLiteral("هل يمكنني العمل في اليوم التالي؟"));
        QCOMPARE(store.myQuestions().at(1).text, spanish);
    }

    void emptyOverlongOrControlCharacterQuestionsAreRefused() {
        UserStore store(path());
        QVERIFY(!store.addOwnQuestion(QStringLiteral("   ")));
        QVERIFY(!store.addOwnQuestion(QString(MyQuestion::maxTextLength + 1, QLatin1Char('a'))));
        QVERIFY(!store.addOwnQuestion(QStringLiteral("bell\afor")));
        QVERIFY(store.myQuestions().isEmpty());
        QVERIFY(!myQuestionTextProblem(QStringLiteral("")).isEmpty());
        QVERIFY(myQuestionTextProblem(QStringLiteral("Is it safe?")).isEmpty());
        qint64 id = 0;
        QVERIFY(store.addOwnQuestion(QStringLiteral("Is it safe?"), &id));
        QVERIFY(!store.editOwnQuestion(id, QString()));
        QCOMPARE(store.myQuestions().at(0).text, QStringLiteral("Is it safe?"));
        // An FAQ question's text is the FAQ's: it cannot be edited.
        QVERIFY(store.askClinician(key("cost")));
        QVERIFY(!store.editOwnQuestion(store.myQuestions().at(1).id, QStringLiteral("x")));
    }

    void theListIsReorderedAndTheOrderIsKept() {
        {
            UserStore store(path());
            QVERIFY(store.askClinician(key("cost")));
            QVERIFY(store.askClinician(key("risks")));
            QVERIFY(store.addOwnQuestion(QStringLiteral("Mine")));
            const QList<MyQuestion> before = store.myQuestions();
            QVERIFY(store.moveMyQuestion(before.at(2).id, 0));
            QVERIFY(!store.moveMyQuestion(before.at(2).id, 0)); // already there
            QVERIFY(!store.moveMyQuestion(before.at(0).id, 3)); // past the end
        }
        const UserStore reopened(path());
        const QList<MyQuestion> after = reopened.myQuestions();
        QCOMPARE(after.at(0).text, QStringLiteral("Mine"));
        QCOMPARE(after.at(1).entry, key("cost"));
        QCOMPARE(after.at(2).entry, key("risks"));
    }

    void theModelMovesRowsAsDragAndDropAndTheKeyboardDo() {
        UserStore store(path());
        QVERIFY(store.askClinician(key("a")));
        QVERIFY(store.askClinician(key("b")));
        QVERIFY(store.askClinician(key("c")));
        MyQuestionsModel model(store);
        model.setPack(packWith(QStringLiteral("ketamine-faq"), QStringLiteral("1"),
                               strings({"a", "b", "c"})));
        QCOMPARE(textsIn(model), strings({"Question a", "Question b", "Question c"}));
        // A drop below the last row (QListView asks to move row 0 before row 3).
        QVERIFY(model.moveRow({}, 0, {}, 3));
        QCOMPARE(textsIn(model), strings({"Question b", "Question c", "Question a"}));
        // Ctrl+Up on the last row.
        QVERIFY(model.moveRow({}, 2, {}, 1));
        QCOMPARE(textsIn(model), strings({"Question b", "Question a", "Question c"}));
        QVERIFY(!model.moveRow({}, 1, {}, 2)); // onto itself
        QStringList stored;
        for (const MyQuestion &q : store.myQuestions())
            stored.append(q.entry.entryId);
        QCOMPARE(stored, strings({"b", "a", "c"}));
        QVERIFY(model.flags(model.index(0)) & Qt::ItemIsDragEnabled);
        QVERIFY(model.flags({}) & Qt::ItemIsDropEnabled);
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsEditable));
    }

    void aPackUpdateKeepsTheListAndAnEntryItDropsComesBackWithALaterPack() {
        UserStore store(path());
        QVERIFY(store.askClinician(key("cost")));
        QVERIFY(store.askClinician(key("retired")));
        QVERIFY(store.addOwnQuestion(QStringLiteral("Mine")));
        MyQuestionsModel model(store);
        model.setPack(packWith(QStringLiteral("ketamine-faq"), QStringLiteral("1.0"),
                               strings({"cost", "retired"})));
        QVERIFY(model.index(1).data(MyQuestionsModel::AvailableRole).toBool());
        // Version 2 of the pack no longer has "retired": the line stays, marked, not deleted.
        model.setPack(
            packWith(QStringLiteral("ketamine-faq"), QStringLiteral("2.0"), strings({"cost"})));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.index(1).data(MyQuestionsModel::AvailableRole).toBool());
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("retired")));
        QVERIFY(model.index(2).data(MyQuestionsModel::AvailableRole).toBool());
        model.setPack(packWith(QStringLiteral("ketamine-faq"), QStringLiteral("3.0"),
                               strings({"cost", "retired"})));
        QCOMPARE(model.index(1).data().toString(), QStringLiteral("Question retired"));
    }

    void aKioskStoreKeepsTheListInMemoryAndTheResetWipesIt() {
        UserStore store(UserStore::ephemeralPath());
        QVERIFY(store.askClinician(key("cost")));
        QVERIFY(store.addOwnQuestion(QStringLiteral("Mine")));
        MyQuestionsModel model(store);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(store.wipe());
        QVERIFY(store.myQuestions().isEmpty());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!QFile::exists(path()));
    }

    void aFirstVersionStoreIsMigratedAndTakesQuestions() {
        QVERIFY(copyFixture(QStringLiteral("user-v1.sqlite"), path()));
        UserStore store(path());
        QCOMPARE(store.status().outcome, OpenReport::Outcome::Opened);
        QVERIFY(store.addOwnQuestion(QStringLiteral("After the migration")));
        QCOMPARE(store.myQuestions().size(), 1);
        QCOMPARE(store.bookmarks(BookmarkOrder::NewestFirst).size(), 3);
    }

    void theListHasALimit() {
        UserStore store(UserStore::ephemeralPath());
        for (int i = 0; i < MyQuestion::maxCount; ++i)
            QVERIFY(store.addOwnQuestion(QStringLiteral("Question %1").arg(i)));
        QVERIFY(!store.addOwnQuestion(QStringLiteral("One too many")));
        QCOMPARE(store.myQuestions().size(), MyQuestion::maxCount);
    }
};

QTEST_GUILESS_MAIN(TestMyQuestions)
#include "tst_myquestions.moc"
