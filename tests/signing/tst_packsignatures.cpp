// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "signing/ed25519.h"
#include "signing/packcontents.h"
#include "signing/packstatement.h"
#include "signing/packverifier.h"
#include "signingtesting.h"

#include <QFileInfo>

using namespace pr;
using namespace pr::test;

namespace {

SignatureCheck checkWith(const QString &pack, const TrustedKeys &keys) {
    QString error;
    const std::optional<PackContents> contents = PackContents::read(pack, &error);
    if (!contents)
        qFatal("cannot read %s: %s", qPrintable(pack), qPrintable(error));
    return PackVerifier(keys).check(*contents);
}

QJsonObject signaturesOf(const QString &folder) {
    return QJsonDocument::fromJson(readAll(folder + QStringLiteral("/signatures.json"))).object();
}

} // namespace

class TestPackSignatures : public QObject {
    Q_OBJECT

private slots:
    void ed25519MatchesTheFirstTestVectorOfRfc8032() {
        const QByteArray seed =
            QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        QCOMPARE(Ed25519::publicKeyFor(seed)->toHex(),
                 QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
        const QByteArray expected =
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bac"
            "c61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
        QCOMPARE(Ed25519::sign(seed, QByteArray())->toHex(), expected);
        QVERIFY(Ed25519::verify(*Ed25519::publicKeyFor(seed), QByteArray(),
                                QByteArray::fromHex(expected)));
        QVERIFY(!Ed25519::verify(*Ed25519::publicKeyFor(seed), QByteArrayLiteral("x"),
                                 QByteArray::fromHex(expected)));
    }

    void aStatementIsCompactJsonNamingThePackItsFilesAndTheSigner() {
        PackStatement s;
        s.pack = {QStringLiteral("ketamine-faq"), QStringLiteral("1.0.0"), QStringLiteral("es")};
        s.fileHashes = PackStatement::hashFiles({{QStringLiteral("a.md"), QByteArray("abc")}});
        s.reviewed = true;
        s.signerName = QStringLiteral("Dr. A");
        s.signerRole = QStringLiteral("clinical reviewer");
        s.signedAt = QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        const QByteArray expected =
            "{\"files\":{\"a.md\":"
            "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"},"
            "\"format\":\"patient-reader-pack-statement\","
            "\"pack\":{\"id\":\"ketamine-faq\",\"language\":\"es\",\"version\":\"1.0.0\"},"
            "\"signedAt\":\"2026-12-01T09:30:00Z\","
            "\"signer\":{\"name\":\"Dr. A\",\"role\":\"clinical reviewer\"},"
            "\"statement\":\"reviewed\",\"version\":1}";
        QCOMPARE(s.toJson(), expected);
        QString error;
        const std::optional<PackStatement> back = PackStatement::fromJson(expected, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->pack, s.pack);
        QCOMPARE(back->fileHashes, s.fileHashes);
        QCOMPARE(back->signedAt, s.signedAt);
        QVERIFY(back->reviewed);
    }

    void aSignedFolderVerifiesWithTheSignersKeyAndSaysWhoReviewedItAndWhen() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey reviewer = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(pack, reviewer, true));
        const SignatureCheck check = checkWith(pack, trusting({reviewer}));
        QVERIFY2(!check.tampered(), qPrintable(check.refusals.join(u'\n')));
        QVERIFY(check.trust.isVerified());
        const SignedStatement *review = check.trust.review();
        QVERIFY(review);
        QCOMPARE(review->signerName, QStringLiteral("Dr. A. Reviewer"));
        QCOMPARE(review->signerRole, QStringLiteral("clinical reviewer"));
        QCOMPARE(review->signedAt, QDateTime(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC));
        QCOMPARE(review->keyId, reviewer.publicKey()->keyId());
    }

    void severalSignersCanSignOnePack() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey translator = newKey(QStringLiteral("translator"));
        const SecretKey reviewer = newKey(QStringLiteral("reviewer"));
        QVERIFY(signAs(pack, translator, false, QStringLiteral("A. Translator"),
                       QStringLiteral("translator")));
        QVERIFY(signAs(pack, reviewer, true));
        const SignatureCheck check = checkWith(pack, trusting({translator, reviewer}));
        QCOMPARE(check.trust.statements.size(), 2);
        QCOMPARE(check.trust.statements.at(0).signerName, QStringLiteral("A. Translator"));
        QVERIFY(check.trust.review());
        // Signing again with the same key replaces that signer's signature.
        QVERIFY(signAs(pack, reviewer, true));
        QCOMPARE(signaturesOf(pack).value(QLatin1String("signatures")).toArray().size(), 2);
    }

    void aChangedByteInOneAnswerNamesThatFile() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(pack, key, true));
        const QString answer = pack + QStringLiteral("/answers/alpha.md");
        QByteArray bytes = readAll(answer);
        bytes[0] = char(bytes.at(0) ^ 1);
        QVERIFY(writeAll(answer, bytes));
        const SignatureCheck check = checkWith(pack, trusting({key}));
        QVERIFY(check.tampered());
        QVERIFY(!check.trust.isVerified());
        QCOMPARE(check.refusals,
                 QStringList{QStringLiteral(
                     "answers/alpha.md changed after Dr. A. Reviewer signed the pack")});
    }

    void aFileAddedOrRemovedAfterSigningIsNamed() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(pack, key, false));
        QVERIFY(writeAll(pack + QStringLiteral("/answers/extra.md"), "new"));
        QVERIFY(QFile::remove(pack + QStringLiteral("/synonyms.json")));
        const QStringList refusals = checkWith(pack, trusting({key})).refusals;
        QVERIFY2(refusals.contains(QStringLiteral(
                     "answers/extra.md was added after Dr. A. Reviewer signed the pack")),
                 qPrintable(refusals.join(u'\n')));
        QVERIFY(refusals.contains(
            QStringLiteral("synonyms.json was removed after Dr. A. Reviewer signed the pack")));
    }

    void anAlteredStatementIsCaughtAsForged() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(pack, key, false));
        const QString file = pack + QStringLiteral("/signatures.json");
        QByteArray json = readAll(file);
        QVERIFY(json.contains("not-reviewed"));
        json.replace("not-reviewed", "reviewed");
        QVERIFY(writeAll(file, json));
        const SignatureCheck check = checkWith(pack, trusting({key}));
        QCOMPARE(check.refusals.size(), 1);
        QVERIFY2(check.refusals.first().contains(QStringLiteral("altered or forged")),
                 qPrintable(check.refusals.first()));
    }

    void garbageAndTruncatedSignatureFilesAreRefusedWithTheReason_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n garbage")
                                 << QStringLiteral("damaged or incomplete");
        QTest::newRow("not a signature file")
            << QByteArray("{\"format\": \"something-else\", \"version\": 1}")
            << QStringLiteral("is not a \"patient-reader-signatures\" file");
        QTest::newRow("empty record")
            << QByteArray("{\"format\": \"patient-reader-signatures\", \"version\": 1, "
                          "\"signatures\": [{}]}")
            << QStringLiteral("is damaged or incomplete");
    }

    void garbageAndTruncatedSignatureFilesAreRefusedWithTheReason() {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        QVERIFY(writeAll(pack + QStringLiteral("/signatures.json"), content));
        const SignatureCheck check = checkWith(pack, {});
        QVERIFY(check.tampered());
        QVERIFY2(check.refusals.join(u'\n').contains(reason),
                 qPrintable(check.refusals.join(u'\n')));
    }

    void aTruncatedSignatureFileIsRefused() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(pack, key, true));
        const QString file = pack + QStringLiteral("/signatures.json");
        const QByteArray json = readAll(file);
        QVERIFY(writeAll(file, json.left(json.size() / 2)));
        const SignatureCheck check = checkWith(pack, trusting({key}));
        QVERIFY(check.tampered());
        QVERIFY(check.refusals.first().contains(QStringLiteral("damaged or incomplete")));
    }

    void aSignatureCopiedFromAnotherPackIsRefused() {
        QTemporaryDir dir;
        const QString spanish = copyOf(dir, QStringLiteral("es-partial"));
        const QString arabic = copyOf(dir, QStringLiteral("ar-complete"));
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(spanish, key, true));
        QVERIFY(QFile::copy(spanish + QStringLiteral("/signatures.json"),
                            arabic + QStringLiteral("/signatures.json")));
        const SignatureCheck check = checkWith(arabic, trusting({key}));
        QVERIFY(check.tampered());
        QVERIFY2(check.refusals.first().contains(QStringLiteral("not for this pack")),
                 qPrintable(check.refusals.first()));
    }

    void aSignatureReplayedOnAnOlderVersionIsRefused() {
        QTemporaryDir dir;
        const QString older = copyOf(dir, QStringLiteral("es-partial"), QStringLiteral("older"));
        const QString newer = copyOf(dir, QStringLiteral("es-partial"), QStringLiteral("newer"));
        const QString manifest = newer + QStringLiteral("/manifest.json");
        QJsonObject m = QJsonDocument::fromJson(readAll(manifest)).object();
        m.insert(QStringLiteral("version"),
                 QString(m.value(QLatin1String("version")).toString() + QStringLiteral(".1")));
        QVERIFY(writeAll(manifest, QJsonDocument(m).toJson()));
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(newer, key, true));
        QVERIFY(QFile::copy(newer + QStringLiteral("/signatures.json"),
                            older + QStringLiteral("/signatures.json")));
        const SignatureCheck check = checkWith(older, trusting({key}));
        QVERIFY(check.tampered());
        QVERIFY2(check.refusals.first().contains(QStringLiteral("was made for")),
                 qPrintable(check.refusals.first()));
    }

    void anIntactSignatureByAnUntrustedKeyVerifiesNothing() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        const SecretKey stranger = newKey(QStringLiteral("stranger"));
        QVERIFY(signAs(pack, stranger, true));
        const SignatureCheck check = checkWith(pack, trusting({newKey(QStringLiteral("clinic"))}));
        QVERIFY(!check.tampered());
        QCOMPARE(check.trust.state, ContentTrust::State::UntrustedSignature);
        QVERIFY(!check.trust.review());
        QVERIFY(check.trust.detail.contains(stranger.publicKey()->keyId()));
    }

    void aSingleFilePackCarriesItsSignaturesInside() {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("es.prpack"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("es-partial.prpack")), pack));
        QFile::setPermissions(pack, QFile::ReadOwner | QFile::WriteOwner);
        const SecretKey key = newKey(QStringLiteral("clinic"));
        QVERIFY(signAs(pack, key, true));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("signatures.json"))));
        QVERIFY(checkWith(pack, trusting({key})).trust.isVerified());

        QJsonObject root = QJsonDocument::fromJson(readAll(pack)).object();
        QJsonObject files = root.value(QLatin1String("files")).toObject();
        files.insert(
            QStringLiteral("manifest.json"),
            QString(files.value(QLatin1String("manifest.json")).toString() + QStringLiteral(" ")));
        root.insert(QStringLiteral("files"), files);
        QVERIFY(writeAll(pack, QJsonDocument(root).toJson()));
        const SignatureCheck check = checkWith(pack, trusting({key}));
        QCOMPARE(check.refusals,
                 QStringList{QStringLiteral(
                     "manifest.json changed after Dr. A. Reviewer signed the pack")});
    }

    void aPackThatLinksOutsideItselfCannotBeSignedOrVerified() {
        QTemporaryDir dir;
        const QString pack = copyOf(dir, QStringLiteral("es-partial"));
        QVERIFY(QFile::remove(pack + QStringLiteral("/answers/alpha.md")));
        QVERIFY(QFile::link(QStringLiteral("/etc/hostname"),
                            pack + QStringLiteral("/answers/alpha.md")));
        QString error;
        QVERIFY(!PackContents::read(pack, &error));
        QVERIFY2(error.contains(QStringLiteral("symbolic link")), qPrintable(error));
        QVERIFY(!signAs(pack, newKey(QStringLiteral("clinic")), true));
    }

    void keygenWritesASecretOnlyItsOwnerCanRead() {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("clinic"));
        QString error;
        QVERIFY2(KeyFiles::generate(base, QStringLiteral("Clinic"), &error), qPrintable(error));
        const QFile::Permissions perms = QFileInfo(base + QStringLiteral(".secret")).permissions();
        QCOMPARE(perms &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const auto secret = KeyFiles::readSecret(base + QStringLiteral(".secret"), &error);
        const auto publicKey = KeyFiles::readPublic(base + QStringLiteral(".pub"), &error);
        QVERIFY(secret && publicKey);
        QCOMPARE(secret->publicKey()->key, publicKey->key);
        QCOMPARE(publicKey->name, QStringLiteral("Clinic"));
        QVERIFY(!KeyFiles::generate(base, QStringLiteral("Clinic"), &error));
        QVERIFY(error.contains(QStringLiteral("never overwritten")));
    }

    void aSecretKeyOthersCanReadIsRefused() {
        QTemporaryDir dir;
        const QString base = dir.filePath(QStringLiteral("clinic"));
        QString error;
        QVERIFY(KeyFiles::generate(base, QStringLiteral("Clinic"), &error));
        const QString secret = base + QStringLiteral(".secret");
        QVERIFY(QFile::setPermissions(secret, QFile::ReadOwner | QFile::WriteOwner |
                                                  QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(!KeyFiles::readSecret(secret, &error));
        QVERIFY2(error.contains(QStringLiteral("can be read by other users")), qPrintable(error));
    }

    void brokenPublicKeyFilesAreListedAndTheOthersStillLoad() {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(QStringLiteral("broken.pub")), "not a key"));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("good.pub")),
                         newKey(QStringLiteral("good")).publicKey()->toJson()));
        const TrustedKeys keys = TrustedKeys::load({dir.path()});
        // The built-in project key and the good one.
        QCOMPARE(keys.keys().size(), 2);
        QCOMPARE(keys.problems().size(), 1);
        QVERIFY(keys.problems().first().contains(QStringLiteral("broken.pub")));
    }

    void theBundledPackIsSignedWithTheProjectsBuiltInKey() {
        const TrustedKeys keys = TrustedKeys::load({});
        QVERIFY2(keys.problems().isEmpty(), qPrintable(keys.problems().join(u'\n')));
        const SignatureCheck check = checkWith(QStringLiteral(":/packs/ketamine-faq-en"), keys);
        QVERIFY2(!check.tampered(), qPrintable(check.refusals.join(u'\n')));
        QVERIFY(check.trust.isVerified());
        QCOMPARE(check.trust.statements.first().signerName,
                 QStringLiteral("Patient Reader project"));
    }
};

QTEST_GUILESS_MAIN(TestPackSignatures)
#include "tst_packsignatures.moc"
