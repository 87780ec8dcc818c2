// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pr::test {

// What one run of the faqpack program printed, and how it ended (-1: it crashed or hung).
struct FaqpackRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the faqpack the test was built with (PR_FAQPACK), as an author or admin would.
inline FaqpackRun runFaqpack(const QStringList &arguments) {
    QProcess process;
    process.start(QStringLiteral(PR_FAQPACK), arguments);
    FaqpackRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace pr::test
