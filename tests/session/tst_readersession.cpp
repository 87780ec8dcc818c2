// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "../search/searchtesting.h"
#include "search/searchindex.h"
#include "session/readersession.h"
#include "user/userstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace pr;
using namespace pr::searchtesting;

class TestReaderSession : public QObject {
    Q_OBJECT

    static Pack packOf(const QString &packId, const QString &language, const QString &word,
                       int entries = 1) {
        QList<Entry> list;
        for (int i = 0; i < entries; ++i)
            list.append(entry(QStringLiteral("e%1").arg(i),
                              QStringLiteral("What is %1 number %2?").arg(word).arg(i),
                              QStringLiteral("%1 is explained here, and the dose and the "
                                             "clinic and the nurse too.")
                                  .arg(word)));
        const Pack base = pack(list, {}, language);
        Manifest manifest = base.manifest();
        manifest.id = packId;
        return Pack(manifest, base.entries(), {});
    }

    static QStringList idsFound(const SearchIndex *index, const QString &query) {
        QStringList ids;
        if (index)
            for (const SearchHit &hit : index->search(query).hits)
                ids.append(hit.entryId);
        return ids;
    }

    UserStore m_store{UserStore::ephemeralPath()};

private slots:
    void emitsPackChangedOncePerChange() {
        ReaderSession session(m_store);
        QSignalSpy changed(&session, &ReaderSession::packChanged);
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("a")));
        QCOMPARE(changed.count(), 1);
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("es"), QStringLiteral("b")));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<Pack>().manifest().language, QStringLiteral("es"));
        QCOMPARE(session.pack().manifest().language, QStringLiteral("es"));
        QVERIFY(session.hasPack());
        // Nothing else (the index arriving, say) announces the pack again.
        QTRY_VERIFY(!session.isIndexing());
        QCOMPARE(changed.count(), 2);
    }

    void emitsLanguageChangedOnlyWhenTheLanguageChanges() {
        ReaderSession session(m_store);
        QSignalSpy language(&session, &ReaderSession::languageChanged);
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("a")));
        QCOMPARE(language.count(), 1);
        QCOMPARE(session.language(), QStringLiteral("en"));
        // A translator's save: the same language again.
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("b")));
        QCOMPARE(language.count(), 1);
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("ar"), QStringLiteral("c")));
        QCOMPARE(language.count(), 2);
        QCOMPARE(language.last().at(0).toString(), QStringLiteral("ar"));
    }

    void announcesTheNewPackOnlyOnceItIsInUse() {
        ReaderSession session(m_store);
        QString seen;
        connect(&session, &ReaderSession::packChanged, this,
                [&] { seen = session.pack().manifest().title + session.language(); });
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("es"), QStringLiteral("a")));
        QCOMPARE(seen, QStringLiteral("Test packes"));
    }

    void keepsServingTheOldIndexOnALanguageSwitchUntilTheNewOneIsReady() {
        ReaderSession session(m_store);
        QSignalSpy indexes(&session, &ReaderSession::indexChanged);
        session.setPack(
            packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("glutamate")));
        QVERIFY(indexes.wait(30000));
        QCOMPARE(idsFound(session.index(), QStringLiteral("glutamate")),
                 QStringList{QStringLiteral("e0")});

        // A translator's save of the same pack, large enough to take a while.
        indexes.clear();
        session.setPack(
            packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("receptor"), 5000));
        QVERIFY(session.isIndexing());
        QCOMPARE(indexes.count(), 0); // no gap: the old index is not taken away
        QCOMPARE(idsFound(session.index(), QStringLiteral("glutamate")),
                 QStringList{QStringLiteral("e0")});
        QVERIFY(indexes.wait(60000));
        QCOMPARE(indexes.count(), 1);
        QVERIFY(!session.isIndexing());
        QVERIFY(idsFound(session.index(), QStringLiteral("glutamate")).isEmpty());
        QVERIFY(idsFound(session.index(), QStringLiteral("receptor")).size() > 1);
    }

    void dropsAnotherPacksIndexAtOnce() {
        ReaderSession session(m_store);
        QSignalSpy indexes(&session, &ReaderSession::indexChanged);
        session.setPack(
            packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("glutamate")));
        QVERIFY(indexes.wait(30000));
        indexes.clear();
        session.setPack(
            packOf(QStringLiteral("other"), QStringLiteral("en"), QStringLiteral("receptor")));
        QCOMPARE(indexes.count(), 1);
        QCOMPARE(indexes.first().at(0).value<const SearchIndex *>(), nullptr);
        QCOMPARE(session.index(), nullptr);
        QVERIFY(indexes.wait(30000));
        QCOMPARE(idsFound(session.index(), QStringLiteral("receptor")),
                 QStringList{QStringLiteral("e0")});
    }

    void letsANewerPackChangeCancelAnObsoleteIndexBuild() {
        ReaderSession session(m_store);
        QSignalSpy indexes(&session, &ReaderSession::indexChanged);
        // A large translation, then at once another one: only the newest is ever served.
        session.setPack(
            packOf(QStringLiteral("faq"), QStringLiteral("es"), QStringLiteral("obsolete"), 5000));
        session.setPack(
            packOf(QStringLiteral("faq"), QStringLiteral("ar"), QStringLiteral("newest")));
        QVERIFY(indexes.wait(60000));
        QTRY_VERIFY(!session.isIndexing());
        QCOMPARE(indexes.count(), 1);
        QCOMPARE(idsFound(session.index(), QStringLiteral("newest")),
                 QStringList{QStringLiteral("e0")});
        QVERIFY(idsFound(session.index(), QStringLiteral("obsolete")).isEmpty());
        // And no late index of the obsolete build replaces it afterwards.
        QCOMPARE(indexes.count(), 1);
    }

    void keepsTheContentPacksProblemsAcrossALanguageSwitchOnly() {
        ReaderSession session(m_store);
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("en"), QStringLiteral("a")));
        QSignalSpy problems(&session, &ReaderSession::problemsChanged);
        const PackProblems found{{PackProblem::Severity::Warning, QStringLiteral("manifest.json"),
                                  0, QStringLiteral("not signed")}};
        session.setProblems(found);
        QCOMPARE(problems.count(), 1);
        QCOMPARE(session.problems().size(), 1);
        session.setPack(packOf(QStringLiteral("faq"), QStringLiteral("es"), QStringLiteral("b")));
        QCOMPARE(session.problems().size(), 1);
        QCOMPARE(problems.count(), 1);
        session.setPack(packOf(QStringLiteral("other"), QStringLiteral("es"), QStringLiteral("c")));
        QVERIFY(session.problems().isEmpty());
        QCOMPARE(problems.count(), 2);
        QVERIFY(problems.last().at(0).value<PackProblems>().isEmpty());
    }

    void handsOutTheStoreItWasGiven() {
        ReaderSession session(m_store);
        QCOMPARE(&session.store(), &m_store);
    }
};

QTEST_GUILESS_MAIN(TestReaderSession)
#include "tst_readersession.moc"
