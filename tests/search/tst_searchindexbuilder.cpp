// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "search/searchindex.h"
#include "search/searchindexbuilder.h"
#include "searchtesting.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace pr;
using namespace pr::searchtesting;

class TestSearchIndexBuilder : public QObject {
    Q_OBJECT

    static QStringList ids(const SearchResults &results) {
        QStringList result;
        for (const SearchHit &hit : results.hits)
            result.append(hit.entryId);
        return result;
    }

    static Pack smallPack(const QString &id, const QString &word) {
        return pack({entry(id, QStringLiteral("What is %1?").arg(word),
                           QStringLiteral("%1 is explained here.").arg(word))});
    }

    // As large as the packs the app must stay responsive with, without the words above.
    static Pack largePack() {
        static const QStringList words = {
            QStringLiteral("treatment"), QStringLiteral("clinic"),   QStringLiteral("session"),
            QStringLiteral("dose"),      QStringLiteral("nurse"),    QStringLiteral("doctor"),
            QStringLiteral("insurance"), QStringLiteral("cost"),     QStringLiteral("sleep"),
            QStringLiteral("driving"),   QStringLiteral("food"),     QStringLiteral("water"),
            QStringLiteral("family"),    QStringLiteral("research"), QStringLiteral("memory"),
            QStringLiteral("mood"),      QStringLiteral("pain"),     QStringLiteral("nausea")};
        QList<Entry> entries;
        for (int i = 0; i < 10000; ++i) {
            QStringList answer;
            for (int w = 0; w < 40; ++w)
                answer.append(words.at((i * 7 + w * 3 + w * w) % words.size()));
            entries.append(
                entry(QStringLiteral("e%1").arg(i),
                      QStringLiteral("Question %1 about %2 and %3?")
                          .arg(i)
                          .arg(words.at(i % words.size()), words.at((i / 3) % words.size())),
                      answer.join(QLatin1Char(' ')) + QLatin1Char('.')));
        }
        return pack(entries);
    }

private slots:
    void answersFromTheOldIndexWhileTheNextIsBuiltAndKeepsTheEventLoopTurning() {
        SearchIndexBuilder builder;
        QSignalSpy changed(&builder, &SearchIndexBuilder::indexChanged);
        builder.build(smallPack(QStringLiteral("old"), QStringLiteral("glutamate")));
        QVERIFY(changed.wait(30000));
        QVERIFY(builder.current() && builder.current()->isReady());

        const Pack large = largePack();
        builder.build(large);
        QVERIFY(builder.isBuilding());
        int searchesWhileBuilding = 0;
        QStringList answeredBy;
        QTimer reader; // a reader typing while the 10,000 entries are indexed
        reader.setInterval(0);
        connect(&reader, &QTimer::timeout, this, [&] {
            if (!builder.isBuilding())
                return;
            ++searchesWhileBuilding;
            for (const QString &id : ids(builder.current()->search(QStringLiteral("glutamate"))))
                if (!answeredBy.contains(id))
                    answeredBy.append(id);
        });
        reader.start();
        QVERIFY(changed.wait(60000));
        reader.stop();
        QVERIFY2(searchesWhileBuilding > 0, "the event loop stood still during the build");
        QCOMPARE(answeredBy, QStringList{QStringLiteral("old")});
        QCOMPARE(changed.count(), 2);
        QVERIFY(!builder.isBuilding());
        QVERIFY(builder.current()->search(QStringLiteral("glutamate")).hits.isEmpty());
        QVERIFY(!builder.current()->search(QStringLiteral("nausea")).hits.isEmpty());
    }

    void neverLetsAnObsoleteBuildReplaceANewerOne() {
        SearchIndexBuilder builder;
        QList<const SearchIndex *> shown;
        connect(&builder, &SearchIndexBuilder::indexChanged, this,
                [&](const SearchIndex *index) { shown.append(index); });
        builder.build(largePack());
        builder.build(smallPack(QStringLiteral("newest"), QStringLiteral("ketamine")));
        QTRY_VERIFY_WITH_TIMEOUT(!builder.isBuilding(), 60000);
        // Only the newest index was ever shown, and it is the one that serves.
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first(), builder.current());
        QCOMPARE(ids(builder.current()->search(QStringLiteral("ketamine"))),
                 QStringList{QStringLiteral("newest")});
        QVERIFY(builder.current()->search(QStringLiteral("nausea")).hits.isEmpty());
    }

    void cancelsTheBuildWhenDestroyedWithoutWaitingForItsResult() {
        QList<const SearchIndex *> shown;
        {
            SearchIndexBuilder builder;
            connect(&builder, &SearchIndexBuilder::indexChanged, this,
                    [&](const SearchIndex *index) { shown.append(index); });
            builder.build(largePack());
        }
        QCoreApplication::processEvents();
        QVERIFY(shown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexBuilder)
#include "tst_searchindexbuilder.moc"
