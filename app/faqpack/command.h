// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/pack.h"
#include "safety/safetynotices.h"

#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace pr::cli {

struct Streams {
    QTextStream &out;
    QTextStream &err;
};

// One subcommand: "faqpack NAME ARGS...". run() gets the arguments after NAME and returns the
// process exit code.
struct Command {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments, Streams streams);
};

const QList<Command> &allCommands();

// Parses arguments (the program name is added for QCommandLineParser); prints the error and
// returns false on bad usage.
bool parseArguments(QCommandLineParser &parser, const QString &commandName,
                    const QStringList &arguments, Streams streams);

// The --pack DIR option shared by commands that read a pack.
QCommandLineOption packOption();
// Loads the folder the option names (--pack DIR by default), or the bundled pack without it;
// prints every problem to err.
std::optional<Pack> loadPack(const QCommandLineParser &parser, Streams streams,
                             const QString &option = QStringLiteral("pack"));
// The safety notices as the app decides them: the bundled triggers and help lines, with the
// clinic's own lines from the system settings file; problems with those lines go to err.
SafetyNotices systemSafetyNotices(Streams streams);
// "a, b, c", or "none" for an empty list.
QString listOrNone(const QStringList &ids);

} // namespace pr::cli
