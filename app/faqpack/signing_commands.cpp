// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "signing/packcontents.h"
#include "signing/packsigner.h"
#include "signing/packverifier.h"
#include "signing/signingkeys.h"

#include <QFileInfo>

namespace pr::cli {
namespace {

QString describe(const SignedStatement &s) {
    return QStringLiteral("%1%2 stated \"%3\" on %4 (key %5%6)")
        .arg(s.signerName, s.signerRole.isEmpty() ? QString() : QStringLiteral(", ") + s.signerRole,
             s.reviewed ? QStringLiteral("reviewed") : QStringLiteral("not reviewed"),
             s.signedAt.toString(Qt::ISODate), s.keyId,
             s.keyName.isEmpty() ? QString() : QStringLiteral(", ") + s.keyName);
}

} // namespace

int runKeygen(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Make an Ed25519 key pair: NAME.secret (readable by you only; keep it "
                       "safe) and NAME.pub (give it to the computers that should trust you)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Path of the key files, without suffix."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Who holds the key, as shown to readers "
                                                 "(default: the file name)."),
                                  QStringLiteral("TEXT"));
    parser.addOption(output);
    parser.addOption(name);
    if (!parseArguments(parser, QStringLiteral("keygen"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.isSet(output)) {
        streams.err << "faqpack keygen: give the key's path with -o NAME\n";
        return 2;
    }
    const QString base = parser.value(output);
    const QString holder = parser.isSet(name) ? parser.value(name) : QFileInfo(base).fileName();
    QString error;
    if (!KeyFiles::generate(base, holder, &error)) {
        streams.err << "faqpack keygen: " << error << '\n';
        return 1;
    }
    QString ignored;
    const auto key = KeyFiles::readPublic(base + KeyFiles::publicSuffix(), &ignored);
    streams.out << "wrote " << base << KeyFiles::secretSuffix() << " (secret, mode 0600) and "
                << base << KeyFiles::publicSuffix() << " (public, key "
                << (key ? key->keyId() : QString()) << ")\n";
    return 0;
}

int runSign(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sign a pack (folder or .prpack): vouch for its exact files, say whether "
                       "you reviewed it, and who you are. Other signatures stay."));
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("The pack to sign."));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("Your secret key file."),
                                 QStringLiteral("SECRET"));
    const QCommandLineOption statement(QStringLiteral("statement"),
                                       QStringLiteral("reviewed or not-reviewed."),
                                       QStringLiteral("STATEMENT"));
    const QCommandLineOption signer(QStringLiteral("signer"),
                                    QStringLiteral("Your name, as readers will see it."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("Your role, e.g. \"clinical reviewer\"."),
                                  QStringLiteral("ROLE"));
    parser.addOptions({key, statement, signer, role});
    if (!parseArguments(parser, QStringLiteral("sign"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString said = parser.value(statement);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(key) || !parser.isSet(signer) ||
        (said != QLatin1String("reviewed") && said != QLatin1String("not-reviewed"))) {
        streams.err << "faqpack sign: give PACK, --key SECRET, --signer NAME and --statement "
                       "reviewed|not-reviewed\n";
        return 2;
    }
    QString error;
    const std::optional<SecretKey> secret = KeyFiles::readSecret(parser.value(key), &error);
    if (!secret) {
        streams.err << "faqpack sign: " << error << '\n';
        return 1;
    }
    PackSigner::Statement s;
    s.reviewed = said == QLatin1String("reviewed");
    s.signerName = parser.value(signer);
    s.signerRole = parser.value(role);
    const QString pack = parser.positionalArguments().constFirst();
    if (!PackSigner::sign(pack, *secret, s, &error)) {
        streams.err << "faqpack sign: " << error << '\n';
        return 1;
    }
    streams.out << pack << ": signed by " << s.signerName << " (" << said << ")\n";
    return 0;
}

int runVerify(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a pack's signatures: who signed, what they stated and when. "
                       "Exits 1 unless a trusted key signed exactly these files."));
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("Folder or .prpack."));
    const QCommandLineOption trusted(
        QStringLiteral("trusted"),
        QStringLiteral("A folder of trusted public keys (*.pub); may be repeated. Default: the "
                       "system's and your own trusted-keys folders."),
        QStringLiteral("DIR"));
    parser.addOption(trusted);
    if (!parseArguments(parser, QStringLiteral("verify"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        streams.err << "faqpack verify: give exactly one pack\n";
        return 2;
    }
    const QString path = parser.positionalArguments().constFirst();
    const QStringList folders =
        parser.isSet(trusted) ? parser.values(trusted) : TrustedKeys::standardFolders(false);
    const TrustedKeys keys = TrustedKeys::load(folders);
    for (const QString &problem : keys.problems())
        streams.err << "faqpack verify: warning: " << problem << '\n';
    QString error;
    const std::optional<PackContents> contents = PackContents::read(path, &error);
    if (!contents) {
        streams.err << path << ": error: " << error << '\n';
        return 1;
    }
    const SignatureCheck check = PackVerifier(keys).check(*contents);
    for (const SignedStatement &s : check.intact)
        streams.out << path << ": " << describe(s) << ", "
                    << (check.trust.statements.contains(s) ? QStringLiteral("trusted")
                                                           : QStringLiteral("NOT trusted"))
                    << '\n';
    for (const QString &refusal : check.refusals)
        streams.err << path << ": error: " << refusal << '\n';
    if (check.tampered())
        return 1;
    if (!check.trust.isVerified()) {
        streams.err << path << ": error: not verified: " << check.trust.detail << '\n';
        return 1;
    }
    streams.out << path << ": verified (" << check.intact.size() << " signature(s), "
                << check.trust.statements.size() << " by trusted keys)\n";
    return 0;
}

} // namespace pr::cli
