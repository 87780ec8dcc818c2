// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "translation/cataloguetranslator.h"
#include "user/bookmarkfile.h"
#include "user/userstore.h"
#include "userstoretesting.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <sys/stat.h>

using namespace pr;
using namespace pr::testing;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

QByteArray fileWith(const QByteArray &bookmarksJson) {
    return QByteArray(R"({"format": "patient-reader-bookmarks", "version": 1, "bookmarks": )") +
           bookmarksJson + '}';
}

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestBookmarkFile : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        QDir dir(m_dir.path());
        for (const QString &name : dir.entryList(QDir::Files))
            QVERIFY(dir.remove(name));
    }

    void exportThenImportOnAnotherComputerBringsEveryBookmarkAcross() {
        UserStore home(path("home.sqlite"));
        QDateTime now = kNow.addDays(-10);
        home.setClock([&] { return now; });
        QVERIFY(home.addBookmark(key("cost"), QStringLiteral("ask my doctor about this")));
        now = now.addSecs(60);
        QVERIFY(home.addBookmark(key("risks")));
        now = now.addSecs(60);
        QVERIFY(home.addBookmark(key("what-is", "ketamine-faq-es"),
                                 QStringLiteral("línea uno\nlínea dos «ñ» 漢字")));
        QCOMPARE(home.exportBookmarks(path("bookmarks.json")), QString());

        UserStore clinic(path("clinic.sqlite"));
        QSignalSpy changed(&clinic, &UserStore::bookmarksChanged);
        const ImportResult result = clinic.importBookmarks(path("bookmarks.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.added, 3);
        QCOMPARE(result.updated, 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(clinic.bookmarks(BookmarkOrder::NewestFirst),
                 home.bookmarks(BookmarkOrder::NewestFirst));

        // Importing the same file again changes nothing.
        const ImportResult again = clinic.importBookmarks(path("bookmarks.json"));
        QCOMPARE(again.added, 0);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(changed.size(), 1);
    }

    void theExportedFileHasTheDocumentedShape() {
        UserStore store(path("store.sqlite"));
        store.setClock([] { return kNow; });
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("note")));
        QCOMPARE(store.exportBookmarks(path("out.json")), QString());
        const QJsonObject root = QJsonDocument::fromJson(fileBytes(path("out.json"))).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("patient-reader-bookmarks"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("exported")).toString(),
                 QStringLiteral("2026-03-01T12:00:00.000Z"));
        const QJsonObject b = root.value(QStringLiteral("bookmarks")).toArray().at(0).toObject();
        QCOMPARE(b.value(QStringLiteral("pack")).toString(), QStringLiteral("ketamine-faq"));
        QCOMPARE(b.value(QStringLiteral("entry")).toString(), QStringLiteral("cost"));
        QCOMPARE(b.value(QStringLiteral("note")).toString(), QStringLiteral("note"));
        QCOMPARE(b.value(QStringLiteral("created")).toString(),
                 QStringLiteral("2026-03-01T12:00:00.000Z"));
        QCOMPARE(b.value(QStringLiteral("updated")).toString(),
                 QStringLiteral("2026-03-01T12:00:00.000Z"));
    }

    void importKeepsTheNewerNoteOfABookmarkOnBothSides() {
        UserStore store(path("store.sqlite"));
        QDateTime now(QDate(2026, 2, 10), QTime(8, 0), Qt::UTC);
        store.setClock([&] { return now; });
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("local, older")));
        QVERIFY(store.addBookmark(key("risks"), QStringLiteral("local, newer")));
        QVERIFY(writeFile(path("in.json"), fileWith(R"([
            {"pack": "ketamine-faq", "entry": "cost", "note": "imported, newer",
             "created": "2026-01-05T08:00:00Z", "updated": "2026-02-20T08:00:00Z"},
            {"pack": "ketamine-faq", "entry": "risks", "note": "imported, older",
             "created": "2026-01-05T08:00:00Z", "updated": "2026-01-06T08:00:00Z"},
            {"pack": "ketamine-faq", "entry": "insurance",
             "created": "2026-01-07T08:00:00Z"}])")));
        now = kNow;
        const ImportResult result = store.importBookmarks(path("in.json"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.added, 1);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.unchanged, 1);

        const Bookmark cost = *store.bookmark(key("cost"));
        QCOMPARE(cost.note, QStringLiteral("imported, newer"));
        QCOMPARE(cost.created, QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
        QCOMPARE(cost.updated, QDateTime(QDate(2026, 2, 20), QTime(8, 0), Qt::UTC));
        QCOMPARE(store.bookmark(key("risks"))->note, QStringLiteral("local, newer"));
        const Bookmark insurance = *store.bookmark(key("insurance"));
        QCOMPARE(insurance.note, QString());
        QCOMPARE(insurance.updated, insurance.created);
    }

    void refusesAHostileFileWithTheReasonAndChangesNothing_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("\x89PNG\r\n\x1a\n", 8) << "not valid JSON";
        QTest::newRow("deep nesting") << QByteArray(5000, '[') << "not valid JSON";
        QTest::newRow("an array") << QByteArray("[]") << "does not hold a JSON object";
        QTest::newRow("other format")
            << QByteArray(R"({"format": "netscape-bookmarks", "version": 1, "bookmarks": []})")
            << "its \"format\" is not";
        QTest::newRow("newer version")
            << QByteArray(
                   R"({"format": "patient-reader-bookmarks", "version": 2, "bookmarks": []})")
            << "format version 2";
        QTest::newRow("version as text")
            << QByteArray(
                   R"({"format": "patient-reader-bookmarks", "version": "1", "bookmarks": []})")
            << "\"version\" must be a whole number";
        QTest::newRow("unknown top-level field")
            << QByteArray(R"({"format": "patient-reader-bookmarks", "version": 1, "bookmarks": [],
                             "script": "x"})")
            << "unknown field \"script\"";
        QTest::newRow("bookmarks not a list")
            << fileWith(R"({"a": 1})") << "\"bookmarks\" must be a list";
        QTest::newRow("bookmark not an object")
            << fileWith(R"([42])") << "Bookmark 1 is not an object";
        QTest::newRow("missing entry")
            << fileWith(R"([{"pack": "p", "created": "2026-01-01T00:00:00Z"}])")
            << "Bookmark 1: \"entry\" is missing";
        QTest::newRow("entry not text")
            << fileWith(R"([{"pack": "p", "entry": 7, "created": "2026-01-01T00:00:00Z"}])")
            << "Bookmark 1: \"entry\" must be text";
        QTest::newRow("path in an id")
            << fileWith(R"([{"pack": "p", "entry": "ok", "created": "2026-01-01T00:00:00Z"},
                            {"pack": "../../etc", "entry": "passwd",
                             "created": "2026-01-01T00:00:00Z"}])")
            << "Bookmark 2: \"pack\" is not a valid id";
        QTest::newRow("markup in an id")
            << fileWith(
                   R"([{"pack": "p", "entry": "<script>", "created": "2026-01-01T00:00:00Z"}])")
            << "\"entry\" is not a valid id";
        QTest::newRow("note not text") << fileWith(R"([{"pack": "p", "entry": "e", "note": {"x": 1},
                             "created": "2026-01-01T00:00:00Z"}])")
                                       << "\"note\" must be text";
        QTest::newRow("note too long")
            << fileWith(
                   QByteArray(R"([{"pack": "p", "entry": "e", "created": "2026-01-01T00:00:00Z",
                                        "note": ")") +
                   QByteArray(Bookmark::maxNoteLength + 1, 'x') + QByteArray(R"("}])"))
            << "longer than 2000 characters";
        QTest::newRow("control characters in note")
            << fileWith(R"([{"pack": "p", "entry": "e", "note": "a\u0000b",
                             "created": "2026-01-01T00:00:00Z"}])")
            << "control characters";
        QTest::newRow("date not a date")
            << fileWith(R"([{"pack": "p", "entry": "e", "created": "yesterday"}])")
            << "\"created\" must be a date";
        QTest::newRow("date far in the future")
            << fileWith(R"([{"pack": "p", "entry": "e", "created": "2026-01-01T00:00:00Z",
                             "updated": "9999-12-31T00:00:00Z"}])")
            << "\"updated\" lies outside";
        QTest::newRow("updated before created")
            << fileWith(R"([{"pack": "p", "entry": "e", "created": "2026-01-02T00:00:00Z",
                             "updated": "2026-01-01T00:00:00Z"}])")
            << "updated before it was created";
        QTest::newRow("unknown bookmark field")
            << fileWith(R"([{"pack": "p", "entry": "e", "created": "2026-01-01T00:00:00Z",
                             "onclick": "x"}])")
            << "Bookmark 1: it has an unknown field \"onclick\"";
        QTest::newRow("repeated bookmark")
            << fileWith(R"([{"pack": "p", "entry": "e", "created": "2026-01-01T00:00:00Z"},
                            {"pack": "p", "entry": "e", "created": "2026-01-01T00:00:00Z"}])")
            << "Bookmark 2 repeats bookmark 1 (p/e)";
    }

    void refusesAHostileFileWithTheReasonAndChangesNothing() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        UserStore store(path("store.sqlite"));
        QVERIFY(store.addBookmark(key("cost"), QStringLiteral("mine")));
        QVERIFY(writeFile(path("hostile.json"), bytes));
        QSignalSpy changed(&store, &UserStore::bookmarksChanged);
        const ImportResult result = store.importBookmarks(path("hostile.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(reason), qPrintable(result.error));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(store.bookmarkCount(), 1);
        QCOMPARE(store.bookmark(key("cost"))->note, QStringLiteral("mine"));
    }

    void saysWhatIsWrongWithTheJsonInTheInterfaceLanguageWithItsLine() {
        // Qt's own French words for the JSON error, as when Qt's translation and the
        // interface's differ, must not reach the reader; the interface is Spanish.
        QTranslator qtFrench;
        QVERIFY(qtFrench.load(QLocale(QStringLiteral("fr")), QStringLiteral("qtbase"),
                              QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QFile ts(QStringLiteral(PR_SOURCE_DIR "/i18n/packs/es/patient-reader_es.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        PackProblems problems;
        std::optional<InterfaceCatalogue> spanish = InterfaceCatalogue::parse(
            ts.readAll(), QStringLiteral("patient-reader_es.ts"), QStringLiteral("es"), &problems);
        QVERIFY(spanish);
        CatalogueTranslator interface;
        interface.setCatalogue(*spanish);
        QCoreApplication::installTranslator(&qtFrench);
        QCoreApplication::installTranslator(&interface);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&interface);
            QCoreApplication::removeTranslator(&qtFrench);
        });

        const QByteArray json("{\"format\": \"patient-reader-bookmarks\",\n  \"version\" 1}");
        QJsonParseError parseError;
        QJsonDocument::fromJson(json, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::MissingNameSeparator);
        const QString qtWords = parseError.errorString();
        QVERIFY2(qtWords != QStringLiteral("missing name separator"),
                 "Qt's French translation is not installed");

        const BookmarkFile::ReadResult result = BookmarkFile().decode(json, kNow);
        QVERIFY(!result.error.isEmpty());
        QVERIFY2(!result.error.contains(qtWords), qPrintable(result.error));
        const QString expected =
            QCoreApplication::translate("pr::BookmarkFile", "The file is not valid JSON: %1.")
                .arg(QCoreApplication::translate("pr::JsonParseMessage", "%1 (line %2, column %3)")
                         .arg(QCoreApplication::translate("pr::JsonParseMessage",
                                                          "a colon : is missing after a name"),
                              QStringLiteral("2"), QStringLiteral("14")));
        QCOMPARE(result.error, expected);
        QVERIFY2(result.error.startsWith(QStringLiteral("El archivo")), qPrintable(result.error));
    }

    void refusesAFileLargerThanTheLimitWithoutReadingIt() {
        QFile big(path("big.json"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(BookmarkFile::Limits().maxFileBytes + 1));
        big.close();
        UserStore store(path("store.sqlite"));
        const ImportResult result = store.importBookmarks(path("big.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("too large")), qPrintable(result.error));
    }

    // Issue 12: a FIFO would block the import for ever; /dev/zero would fill the memory.
    void refusesAFifoOrADeviceAtOnceWithoutReadingIt() {
        QCOMPARE(::mkfifo(QFile::encodeName(path("pipe.json")).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path("zero.json")));
        UserStore store(path("store.sqlite"));
        for (const char *name : {"pipe.json", "zero.json"}) {
            const ImportResult result = store.importBookmarks(path(name));
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(QStringLiteral("is not a file")),
                     qPrintable(result.error));
        }
    }

    void refusesMoreBookmarksThanTheLimit() {
        BookmarkFile::Limits limits;
        limits.maxBookmarks = 2;
        const QByteArray bytes = fileWith(R"([
            {"pack": "p", "entry": "a", "created": "2026-01-01T00:00:00Z"},
            {"pack": "p", "entry": "b", "created": "2026-01-01T00:00:00Z"},
            {"pack": "p", "entry": "c", "created": "2026-01-01T00:00:00Z"}])");
        const BookmarkFile::ReadResult result = BookmarkFile(limits).decode(bytes, kNow);
        QVERIFY(!result.ok());
        QVERIFY(result.bookmarks.isEmpty());
        QVERIFY2(result.error.contains(QStringLiteral("holds 3 bookmarks; at most 2")),
                 qPrintable(result.error));
        QVERIFY(BookmarkFile().decode(bytes, kNow).ok());
    }

    void reportsAMissingFile() {
        UserStore store(path("store.sqlite"));
        const ImportResult result = store.importBookmarks(path("nowhere.json"));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("is not a file")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestBookmarkFile)
#include "tst_bookmarkfile.moc"
