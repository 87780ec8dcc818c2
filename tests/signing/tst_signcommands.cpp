// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "copyfolder.h"
#include "faqpackrun.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = pr::test::FaqpackRun;

Run faqpack(const QStringList &arguments) {
    return pr::test::runFaqpack(arguments);
}

} // namespace

class TestSignCommands : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pack;
    QString m_trusted;

private slots:
    void initTestCase() {
        m_pack = m_dir.filePath(QStringLiteral("es"));
        QVERIFY(
            pr::test::copyFolder(QStringLiteral(PR_FIXTURES_DIR "/langpacks/es-partial"), m_pack));
        m_trusted = m_dir.filePath(QStringLiteral("trusted"));
        QVERIFY(QDir().mkpath(m_trusted));
    }

    void keygenMakesAKeyPairAndRefusesToOverwriteIt() {
        const QString base = m_trusted + QStringLiteral("/clinic");
        const Run made = faqpack({QStringLiteral("keygen"), QStringLiteral("-o"), base,
                                  QStringLiteral("--name"), QStringLiteral("Riverside Clinic")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("mode 0600")));
        QCOMPARE(QFileInfo(base + QStringLiteral(".secret")).permissions() &
                     (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        const Run again = faqpack({QStringLiteral("keygen"), QStringLiteral("-o"), base});
        QCOMPARE(again.exitCode, 1);
        // The secret is moved out of the trusted folder: only .pub files matter there.
        QVERIFY(QFile::rename(base + QStringLiteral(".secret"),
                              m_dir.filePath(QStringLiteral("clinic.secret"))));
    }

    void verifyRefusesAnUnsignedPack() {
        const Run run =
            faqpack({QStringLiteral("verify"), m_pack, QStringLiteral("--trusted"), m_trusted});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("carries no signature")), qPrintable(run.err));
    }

    void signThenVerifyPrintsWhoSignedWhatTheyStatedAndWhen() {
        const Run sign = faqpack({QStringLiteral("sign"), m_pack, QStringLiteral("--key"),
                                  m_dir.filePath(QStringLiteral("clinic.secret")),
                                  QStringLiteral("--statement"), QStringLiteral("reviewed"),
                                  QStringLiteral("--signer"), QStringLiteral("Dr. R. Lee"),
                                  QStringLiteral("--role"), QStringLiteral("clinical reviewer")});
        QVERIFY2(sign.exitCode == 0, qPrintable(sign.err));
        const Run run =
            faqpack({QStringLiteral("verify"), m_pack, QStringLiteral("--trusted"), m_trusted});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Dr. R. Lee, clinical reviewer stated "
                                                 "\"reviewed\" on ")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Riverside Clinic), trusted")));
    }

    void verifyNamesTheFileThatChanged() {
        QFile answer(m_pack + QStringLiteral("/answers/beta.md"));
        QVERIFY(answer.open(QIODevice::Append));
        answer.write("!");
        answer.close();
        const Run run =
            faqpack({QStringLiteral("verify"), m_pack, QStringLiteral("--trusted"), m_trusted});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("answers/beta.md changed after Dr. R. Lee "
                                                 "signed the pack")),
                 qPrintable(run.err));
    }

    void verifyRefusesAKeyItWasNotToldToTrust() {
        QTemporaryDir elsewhere;
        const QString pack = elsewhere.filePath(QStringLiteral("es"));
        QVERIFY(
            pr::test::copyFolder(QStringLiteral(PR_FIXTURES_DIR "/langpacks/es-partial"), pack));
        QVERIFY(faqpack({QStringLiteral("sign"), pack, QStringLiteral("--key"),
                         m_dir.filePath(QStringLiteral("clinic.secret")),
                         QStringLiteral("--statement"), QStringLiteral("not-reviewed"),
                         QStringLiteral("--signer"), QStringLiteral("A. Translator")})
                    .exitCode == 0);
        const Run run = faqpack(
            {QStringLiteral("verify"), pack, QStringLiteral("--trusted"), elsewhere.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("which this computer does not trust")),
                 qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("NOT trusted")));
    }

    void signRefusesASecretOthersCanRead() {
        const QString secret = m_dir.filePath(QStringLiteral("clinic.secret"));
        QVERIFY(
            QFile::setPermissions(secret, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Run run = faqpack({QStringLiteral("sign"), m_pack, QStringLiteral("--key"), secret,
                                 QStringLiteral("--statement"), QStringLiteral("reviewed"),
                                 QStringLiteral("--signer"), QStringLiteral("X")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("can be read by other users")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestSignCommands)
#include "tst_signcommands.moc"
