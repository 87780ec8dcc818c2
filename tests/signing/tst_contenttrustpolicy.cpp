// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "content/packreader.h"
#include "signing/contenttrustpolicy.h"
#include "signing/trustnotices.h"
#include "signingtesting.h"
#include "translation/languagepackcatalog.h"
#include "translation/languagepackloader.h"
#include "translation/translationnotices.h"
#include "web/pagerenderer.h"

using namespace pr;
using namespace pr::test;

namespace {

Pack basePack() {
    const PackReadResult read = PackReader().read(fixture(QStringLiteral("base")));
    if (!read.ok())
        qFatal("the base fixture does not load");
    return *read.pack;
}

QString messages(const PackProblems &problems) {
    QStringList lines;
    for (const PackProblem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace

class TestContentTrustPolicy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SecretKey m_clinic = newKey(QStringLiteral("clinic"));

    LanguagePackLoadResult load(const QString &path, bool requireSigned) {
        const ContentTrustPolicy policy(trusting({m_clinic}), requireSigned);
        LanguagePackLoader loader(basePack());
        loader.setTrustPolicy(&policy);
        return loader.load(path);
    }

private slots:
    void anUnsignedPackLoadsOnTheDesktopAsNotVerified() {
        const QString pack = copyOf(m_dir, QStringLiteral("es-partial"), QStringLiteral("u1"));
        const LanguagePackLoadResult result = load(pack, false);
        QVERIFY2(result.ok(), qPrintable(messages(result.problems)));
        const Manifest &m = result.translated->pack.manifest();
        QCOMPARE(m.trust.state, ContentTrust::State::Unsigned);
        QCOMPARE(TrustNotices::summary(m.trust),
                 QStringLiteral("Not verified: no trusted signature"));
    }

    void aKioskThatRequiresSignedContentRefusesAnUnsignedPackAndSaysWhy() {
        const QString pack = copyOf(m_dir, QStringLiteral("es-partial"), QStringLiteral("u2"));
        const LanguagePackLoadResult result = load(pack, true);
        QVERIFY(!result.ok());
        QVERIFY2(messages(result.problems)
                     .contains(QStringLiteral("this kiosk shows only packs signed with a trusted "
                                              "key, and the pack carries no signature")),
                 qPrintable(messages(result.problems)));
    }

    void aKioskLoadsAPackItsClinicSigned() {
        const QString pack = copyOf(m_dir, QStringLiteral("es-partial"), QStringLiteral("s1"));
        QVERIFY(signAs(pack, m_clinic, true));
        const LanguagePackLoadResult result = load(pack, true);
        QVERIFY2(result.ok(), qPrintable(messages(result.problems)));
        QVERIFY(result.translated->pack.manifest().trust.review());
    }

    void aKioskRefusesAPackSignedOnlyByAStranger() {
        const QString pack = copyOf(m_dir, QStringLiteral("es-partial"), QStringLiteral("s2"));
        QVERIFY(signAs(pack, newKey(QStringLiteral("stranger")), true));
        QVERIFY(!load(pack, true).ok());
        const LanguagePackLoadResult desktop = load(pack, false);
        QVERIFY(desktop.ok());
        QCOMPARE(desktop.translated->pack.manifest().trust.state,
                 ContentTrust::State::UntrustedSignature);
        QVERIFY(messages(desktop.problems).contains(QStringLiteral("does not trust")));
    }

    void aTamperedSingleFilePackIsRefusedEverywhereNamingTheFile() {
        const QString pack = m_dir.filePath(QStringLiteral("t1.prpack"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("es-partial.prpack")), pack));
        QFile::setPermissions(pack, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(signAs(pack, m_clinic, true));
        QByteArray bytes = readAll(pack);
        const qsizetype at = bytes.indexOf("answers/alpha.md\": \"") + 22;
        bytes[at] = bytes.at(at) == 'x' ? 'y' : 'x';
        QVERIFY(writeAll(pack, bytes));
        for (const bool kiosk : {false, true}) {
            const LanguagePackLoadResult result = load(pack, kiosk);
            QVERIFY(!result.ok());
            QVERIFY2(messages(result.problems)
                         .contains(QStringLiteral("answers/alpha.md changed after")),
                     qPrintable(messages(result.problems)));
        }
    }

    void aChangedSignedFolderIsRefusedAndTheTranslatorIsToldHowToKeepWorking() {
        const QString pack = copyOf(m_dir, QStringLiteral("es-partial"), QStringLiteral("d1"));
        QVERIFY(signAs(pack, m_clinic, true));
        QVERIFY(writeAll(pack + QStringLiteral("/answers/alpha.md"), "Nuevo texto.\n"));
        const LanguagePackLoadResult desktop = load(pack, false);
        QVERIFY(!desktop.ok());
        const QString why = messages(desktop.problems);
        QVERIFY2(why.contains(QStringLiteral("answers/alpha.md changed after Dr. A. Reviewer "
                                             "signed the pack")),
                 qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("unsigned draft, remove")));
        QVERIFY(!load(pack, true).ok());
        // Without its signatures the folder is an unsigned draft again, and loads.
        QVERIFY(QFile::remove(pack + QStringLiteral("/signatures.json")));
        const LanguagePackLoadResult draft = load(pack, false);
        QVERIFY(draft.ok());
        QCOMPARE(draft.translated->pack.manifest().trust.state, ContentTrust::State::Unsigned);
    }

    void theReviewLineComesOnlyFromATrustedSignature() {
        // ar-complete claims in its manifest that Dr. Test Reviewer checked it.
        const QString pack = copyOf(m_dir, QStringLiteral("ar-complete"), QStringLiteral("r1"));
        const LanguagePackLoadResult claimed = load(pack, false);
        QVERIFY(claimed.ok());
        const Manifest &m = claimed.translated->pack.manifest();
        QVERIFY(m.translation->clinicallyReviewed);
        QVERIFY(TranslationNotices::reviewStatus(*m.translation, m.trust, QLocale(QLocale::English))
                    .endsWith(QStringLiteral("not verified.")));

        QVERIFY(signAs(pack, m_clinic, true, QStringLiteral("Dr. B. Signer"),
                       QStringLiteral("clinical reviewer")));
        const LanguagePackLoadResult signedPack = load(pack, false);
        const Manifest &s = signedPack.translated->pack.manifest();
        QCOMPARE(
            TranslationNotices::reviewStatus(*s.translation, s.trust, QLocale(QLocale::English)),
            QStringLiteral("This translation was checked by Dr. B. Signer, clinical "
                           "reviewer on December 1, 2026."));
        QCOMPARE(TrustNotices::summary(s.trust, QLocale(QLocale::English)),
                 QStringLiteral("Reviewed by Dr. B. Signer, clinical reviewer, on December 1, "
                                "2026"));
    }

    void theAnswerPageShowsTheSignatureLine() {
        const QString pack = copyOf(m_dir, QStringLiteral("es-partial"), QStringLiteral("p1"));
        QVERIFY(signAs(pack, m_clinic, true, QStringLiteral("Dra. C. Revisora"),
                       QStringLiteral("revisora clínica")));
        const LanguagePackLoadResult result = load(pack, false);
        const Pack &translated = result.translated->pack;
        const QString html = PageRenderer(translated).answerPage(translated.entries().first(), {});
        QVERIFY2(html.contains(QStringLiteral("<li class=\"signature verified\">Reviewed by Dra. "
                                              "C. Revisora, revisora clínica, on 1")),
                 qPrintable(html.right(1500)));
        const QString unsignedHtml =
            PageRenderer(basePack()).answerPage(basePack().entries().first(), {});
        QVERIFY(unsignedHtml.contains(QStringLiteral(
            "<li class=\"signature not-verified\">Not verified: no trusted signature</li>")));
    }

    void theCatalogListsOnlyWhatTheKioskMayShow() {
        QTemporaryDir folder;
        const QString good = copyOf(folder, QStringLiteral("es-partial"), QStringLiteral("es"));
        QVERIFY(signAs(good, m_clinic, true));
        copyOf(folder, QStringLiteral("ar-complete"), QStringLiteral("ar"));
        const ContentTrustPolicy kiosk(trusting({m_clinic}), true);
        const LanguagePackCatalog catalog =
            LanguagePackCatalog::scan(basePack(), {folder.path()}, QLocale(), {}, &kiosk);
        QStringList tags;
        for (const AvailableLanguage &l : catalog.languages())
            tags.append(l.languageTag);
        QCOMPARE(tags.size(), 2);
        QVERIFY(tags.contains(QStringLiteral("es")));
        QVERIFY(!tags.contains(QStringLiteral("ar")));
        QCOMPARE(catalog.unusable().size(), 1);
        QVERIFY(catalog.find(QStringLiteral("es"))->clinicallyReviewed);
    }

    void aContentPackFolderIsCheckedToo() {
        const ContentTrustPolicy desktop(TrustedKeys::load({}), false);
        const PackReadResult bundled = desktop.readPack(PackReader::bundledPackPath());
        QVERIFY2(bundled.ok(), qPrintable(messages(bundled.problems)));
        QVERIFY(bundled.pack->manifest().trust.isVerified());

        const QString copy = m_dir.filePath(QStringLiteral("en"));
        QVERIFY(copyFolder(QStringLiteral(PR_SOURCE_DIR "/resources/packs/ketamine-faq-en"), copy));
        QVERIFY(writeAll(copy + QStringLiteral("/answers/cost.md"), "Free!\n"));
        const ContentTrustPolicy kiosk(TrustedKeys::load({}), true);
        const PackReadResult tampered = kiosk.readPack(copy);
        QVERIFY(!tampered.ok());
        QVERIFY2(messages(tampered.problems).contains(QStringLiteral("answers/cost.md changed")),
                 qPrintable(messages(tampered.problems)));
    }
};

QTEST_GUILESS_MAIN(TestContentTrustPolicy)
#include "tst_contenttrustpolicy.moc"
