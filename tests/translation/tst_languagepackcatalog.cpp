// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "copyfolder.h"
#include "translation/languagepackcatalog.h"
#include "translation/languagepackloader.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pr;

namespace {

QString fixture(const QString &name) {
    return QStringLiteral(PR_FIXTURES_DIR "/langpacks/") + name;
}

QStringList namesOf(const LanguagePackCatalog &catalog) {
    QStringList names;
    for (const AvailableLanguage &l : catalog.languages())
        names.append(l.nativeName);
    return names;
}

} // namespace

class TestLanguagePackCatalog : public QObject {
    Q_OBJECT

    Pack m_base;
    QTemporaryDir m_system;
    QTemporaryDir m_user;

private slots:
    void initTestCase() {
        const PackReadResult read = PackReader().read(fixture(QStringLiteral("base")));
        QVERIFY(read.ok());
        m_base = *read.pack;
        // System folder: the Spanish single file and the Arabic folder. User folder: empty.
        QVERIFY(QFile::copy(fixture(QStringLiteral("es-partial.prpack")),
                            m_system.filePath(QStringLiteral("es.prpack"))));
        QVERIFY(pr::test::copyFolder(fixture(QStringLiteral("ar-complete")),
                                     m_system.filePath(QStringLiteral("ar"))));
    }

    void listsEveryLanguageByItsOwnNameIncludingTheBase() {
        const LanguagePackCatalog catalog =
            LanguagePackCatalog::scan(m_base, {m_system.path(), m_user.path()}, QLocale::English);
        QCOMPARE(catalog.languages().size(), 3);
        QVERIFY(catalog.unusable().isEmpty());
        const AvailableLanguage *es = catalog.find(QStringLiteral("es"));
        QVERIFY(es);
        QCOMPARE(es->nativeName, QStringLiteral("Español"));
        QCOMPARE(es->path, m_system.filePath(QStringLiteral("es.prpack")));
        QCOMPARE(es->coveragePercent, 66);
        QVERIFY(!es->clinicallyReviewed);
        const AvailableLanguage *ar = catalog.find(QStringLiteral("ar"));
        QVERIFY(ar);
        QCOMPARE(ar->nativeName, QStringLiteral("العربية"));
        QCOMPARE(ar->direction, Qt::RightToLeft);
        // Its manifest claims a review, but no trusted signature confirms it.
        QVERIFY(!ar->clinicallyReviewed);
        const AvailableLanguage *en = catalog.find(QStringLiteral("en"));
        QVERIFY(en && en->isBase && en->path.isEmpty());
    }

    void sortsLanguagesByTheirNamesAsTheReaderSortsWords() {
        const LanguagePackCatalog catalog =
            LanguagePackCatalog::scan(m_base, {m_system.path()}, QLocale::English);
        const QStringList names = namesOf(catalog);
        QCOMPARE(names.size(), 3);
        // Latin script before Arabic script in an English collation; "English" before "Español".
        QCOMPARE(names.indexOf(QStringLiteral("English")) <
                     names.indexOf(QStringLiteral("Español")),
                 true);
        QCOMPARE(names.last(), QStringLiteral("العربية"));
    }

    void letsAPackInALaterFolderReplaceTheSameLanguage() {
        QTemporaryDir user;
        QVERIFY(pr::test::copyFolder(fixture(QStringLiteral("es-with-interface")),
                                     user.filePath(QStringLiteral("my-spanish"))));
        const LanguagePackCatalog catalog =
            LanguagePackCatalog::scan(m_base, {m_system.path(), user.path()});
        QCOMPARE(catalog.languages().size(), 3);
        QCOMPARE(catalog.find(QStringLiteral("es"))->path,
                 user.filePath(QStringLiteral("my-spanish")));
    }

    void listsBrokenPacksWithTheirReasonsAndKeepsTheOthers() {
        QTemporaryDir folder;
        QVERIFY(pr::test::copyFolder(fixture(QStringLiteral("ar-complete")),
                                     folder.filePath(QStringLiteral("ar"))));
        QVERIFY(QFile::copy(fixture(QStringLiteral("hostile/truncated.prpack")),
                            folder.filePath(QStringLiteral("truncated.prpack"))));
        QVERIFY(pr::test::copyFolder(fixture(QStringLiteral("hostile/base-mismatch")),
                                     folder.filePath(QStringLiteral("other-faq"))));
        const LanguagePackCatalog catalog = LanguagePackCatalog::scan(m_base, {folder.path()});
        QCOMPARE(catalog.languages().size(), 2);
        QVERIFY(catalog.find(QStringLiteral("ar")));
        QCOMPARE(catalog.unusable().size(), 2);
        for (const UnusableLanguagePack &broken : catalog.unusable())
            QVERIFY2(hasErrors(broken.problems), qPrintable(broken.path));
    }

    // Issue 12: installed packs are listed from their manifests at start and read in full
    // only when chosen, so one hostile pack's answers cost the start-up nothing.
    void listsAPackFromItsManifestAndReadsItsAnswersOnlyWhenItIsChosen() {
        QTemporaryDir folder;
        const QString pack = folder.filePath(QStringLiteral("es"));
        QVERIFY(pr::test::copyFolder(fixture(QStringLiteral("es-with-interface")), pack));
        QFile entries(pack + QStringLiteral("/entries.json"));
        QVERIFY(entries.open(QIODevice::ReadOnly));
        QByteArray json = entries.readAll();
        entries.close();
        // Every entry names the same answer file: refused, but only when read.
        json.replace(QByteArray("answers/beta.md"), QByteArray("answers/alpha.md"));
        QVERIFY(entries.open(QIODevice::WriteOnly | QIODevice::Truncate));
        entries.write(json);
        entries.close();

        const LanguagePackCatalog catalog = LanguagePackCatalog::scan(m_base, {folder.path()});
        QVERIFY(catalog.unusable().isEmpty());
        const AvailableLanguage *es = catalog.find(QStringLiteral("es"));
        QVERIFY(es);
        QCOMPARE(es->path, pack);

        const LanguagePackLoadResult chosen = LanguagePackLoader(m_base).load(es->path);
        QVERIFY(!chosen.ok());
        QString problems;
        for (const PackProblem &p : chosen.problems)
            problems += p.toString() + QLatin1Char('\n');
        QVERIFY2(problems.contains(QStringLiteral("which is already the answer of entry")),
                 qPrintable(problems));
    }

    void ignoresFilesThatAreNotPacksAndFoldersThatDoNotExist() {
        QTemporaryDir folder;
        QFile notes(folder.filePath(QStringLiteral("README.txt")));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not a pack");
        notes.close();
        QDir(folder.path()).mkdir(QStringLiteral("empty-folder"));
        const LanguagePackCatalog catalog = LanguagePackCatalog::scan(
            m_base, {folder.path(), QStringLiteral("/nonexistent/patient-reader/packs")});
        QCOMPARE(catalog.languages().size(), 1);
        QVERIFY(catalog.unusable().isEmpty());
    }

    void namesLanguagesWithARegionByBoth() {
        QCOMPARE(LanguagePackCatalog::nativeName(QStringLiteral("pt-BR")),
                 QStringLiteral("Português (Brasil)"));
        QCOMPARE(LanguagePackCatalog::nativeName(QStringLiteral("es-MX")),
                 QStringLiteral("Español de México"));
        QCOMPARE(LanguagePackCatalog::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(LanguagePackCatalog::nativeName(QStringLiteral("en")), QStringLiteral("English"));
    }

    void putsThePerUserFolderLastSoItWins() {
        const QStringList folders = LanguagePackCatalog::standardFolders();
        QVERIFY(!folders.isEmpty());
        QCOMPARE(folders.last(), QDir::cleanPath(LanguagePackCatalog::userFolder()));
        QVERIFY(folders.contains(QStringLiteral("/usr/share/patient-reader/packs")));
    }
};

QTEST_GUILESS_MAIN(TestLanguagePackCatalog)
#include "tst_languagepackcatalog.moc"
