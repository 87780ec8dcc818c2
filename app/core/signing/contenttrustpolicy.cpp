// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "contenttrustpolicy.h"

#include "packverifier.h"

#include <QFileInfo>

namespace pr {
namespace {

PackProblem problem(PackProblem::Severity severity, const QString &packPath,
                    const QString &message) {
    return {severity, QFileInfo(packPath).fileName(), 0, message};
}

} // namespace

ContentTrustPolicy::Verdict ContentTrustPolicy::evaluate(const QString &packPath) const {
    Verdict verdict;
    QString error;
    const std::optional<PackContents> contents = PackContents::read(packPath, &error);
    if (!contents) {
        verdict.problems.append(problem(PackProblem::Severity::Error, packPath, error));
        return verdict;
    }
    const SignatureCheck check = PackVerifier(m_keys).check(*contents);
    verdict.files = contents->files();
    verdict.trust = check.trust;
    if (check.tampered()) {
        for (const QString &refusal : check.refusals)
            verdict.problems.append(problem(PackProblem::Severity::Error, packPath, refusal));
        if (contents->form() == PackContents::Form::Folder && !m_requireSigned)
            verdict.problems.append(problem(
                PackProblem::Severity::Error, packPath,
                QStringLiteral("to keep working on this folder as an unsigned draft, remove %1; "
                               "sign it again when it is ready")
                    .arg(contents->signaturesLocation())));
        return verdict;
    }
    if (m_requireSigned && !verdict.trust.isVerified()) {
        verdict.problems.append(
            problem(PackProblem::Severity::Error, packPath,
                    QStringLiteral("this kiosk shows only packs signed with a trusted key, and %1")
                        .arg(verdict.trust.detail)));
        return verdict;
    } else if (verdict.trust.state == ContentTrust::State::UntrustedSignature) {
        verdict.problems.append(
            problem(PackProblem::Severity::Warning, packPath, verdict.trust.detail));
    }
    verdict.accepted = true;
    return verdict;
}

PackReadResult ContentTrustPolicy::readPack(const QString &directory) const {
    if (!QFileInfo(directory).isDir())
        return PackReader().read(directory); // says what is wrong with the path
    const Verdict verdict = evaluate(directory);
    if (!verdict.accepted)
        return {std::nullopt, verdict.problems};
    PackReadResult result = PackReader().readFiles(verdict.files);
    result.problems.append(verdict.problems);
    if (result.pack)
        result.pack = result.pack->withTrust(verdict.trust);
    return result;
}

} // namespace pr
