// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "models/bookmarklistmodel.h"

#include <QScopeGuard>
#include <QTest>

using namespace pr;

class TestBookmarkListModel : public QObject {
    Q_OBJECT

    static QString shownFor(const QString &note) {
        const Pack pack = PackReader().read(PackReader::bundledPackPath()).pack.value_or(Pack());
        Bookmark bookmark;
        bookmark.key = {pack.manifest().id, pack.entries().first().id};
        bookmark.note = note;
        BookmarkListModel model;
        model.setBookmarks({bookmark}, pack);
        return model.index(0).data(Qt::DisplayRole).toString();
    }

private slots:
    void quotesANoteWithTheInterfaceLocalesMarksAroundAnIsolatedNote() {
        const QString note = QStringLiteral("ask Dr. Lee (ER) about this");
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        const QString isolated = QChar(0x2068) + note + QChar(0x2069);

        QLocale::setDefault(QLocale(QStringLiteral("en")));
        const QString english = shownFor(note);
        QVERIFY2(english.endsWith(QStringLiteral("“") + isolated + QStringLiteral("”")),
                 qPrintable(english));

        QLocale::setDefault(QLocale(QStringLiteral("ar")));
        const QString arabic = shownFor(note);
        const QString arabicQuote = QLocale(QStringLiteral("ar")).quoteString(isolated);
        QVERIFY(arabicQuote != QStringLiteral("“") + isolated + QStringLiteral("”"));
        QVERIFY2(arabic.endsWith(arabicQuote), qPrintable(arabic));
    }

    void showsTheQuestionAloneWithoutANote() {
        const QString shown = shownFor(QString());
        QVERIFY(!shown.isEmpty());
        QVERIFY(!shown.contains(QChar(0x2068)));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkListModel)
#include "tst_bookmarklistmodel.moc"
