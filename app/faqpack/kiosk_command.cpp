// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "command.h"
#include "kiosk/kiosksettings.h"
#include "kiosk/kiosksettingswriter.h"
#include "kiosk/pinhash.h"

#include <QFile>
#include <termios.h>
#include <unistd.h>

namespace pr::cli {
namespace {

// Reads one line from standard input; with a terminal, without showing what is typed.
QString readPinFromStdin(QTextStream &err) {
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal && ::tcgetattr(STDIN_FILENO, &saved) == 0) {
        err << "Admin PIN: " << Qt::flush;
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine(256)).trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
    }
    return line;
}

std::optional<int> secondsOption(const QCommandLineParser &parser, const QString &name, int minimum,
                                 int maximum, Streams streams) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        streams.err << "faqpack kiosk-setup: --" << name << " must be a number of seconds from "
                    << minimum << " to " << maximum << '\n';
        return std::nullopt;
    }
    return value;
}

std::optional<bool> onOffOption(const QString &value) {
    if (value == QLatin1String("on") || value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("off") || value == QLatin1String("no"))
        return false;
    return std::nullopt;
}

void printSummary(const KioskOptions &o, const QString &filePath, QTextStream &out) {
    out << filePath << ":\n"
        << "  kiosk mode:   " << (o.enabled ? "on" : "off (only with --kiosk)") << '\n'
        << "  idle reset:   after " << o.idleTimeoutSeconds << " s, then a countdown of "
        << o.countdownSeconds << " s\n"
        << "  admin PIN:    "
        << (PinHash::isWellFormed(o.pinHash) ? "set (stored as a salted hash)" : "NOT SET") << '\n'
        << "  languages:    " << o.allowedLanguages.join(QStringLiteral(", ")) << " (starts in "
        << o.language << ")\n"
        << "  printing:     "
        << (o.printingAllowed
                ? (o.printerName.isEmpty() ? QStringLiteral("allowed, default printer")
                                           : QStringLiteral("allowed, to ") + o.printerName)
                : QStringLiteral("not allowed"))
        << '\n'
        << "  read aloud:   " << (o.readAloudAllowed ? "allowed" : "not allowed") << '\n'
        << "  theme:        " << o.theme << '\n'
        << "  reading font: " << o.readingFont << '\n'
        << "  content:      "
        << (o.requireSignedContent ? "only packs signed with a trusted key"
                                   : "any valid pack (signatures shown when present)")
        << '\n'
        << "  attract text: "
        << (o.attractText.isEmpty() ? QStringLiteral("(none)") : o.attractText) << '\n';
}

// Applies the options given on the command line; unmentioned settings keep their value.
bool applyOptions(const QCommandLineParser &parser, KioskOptions &o, Streams streams) {
    if (parser.isSet(QStringLiteral("idle"))) {
        const auto v =
            secondsOption(parser, QStringLiteral("idle"), KioskOptions::minimumIdleTimeoutSeconds,
                          KioskOptions::maximumIdleTimeoutSeconds, streams);
        if (!v)
            return false;
        o.idleTimeoutSeconds = *v;
    }
    if (parser.isSet(QStringLiteral("countdown"))) {
        const auto v = secondsOption(parser, QStringLiteral("countdown"),
                                     KioskOptions::minimumCountdownSeconds,
                                     KioskOptions::maximumCountdownSeconds, streams);
        if (!v)
            return false;
        o.countdownSeconds = *v;
    }
    if (parser.isSet(QStringLiteral("languages"))) {
        QStringList codes;
        for (const QString &code : parser.value(QStringLiteral("languages"))
                                       .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!KioskSettings::isLanguageCode(code.trimmed())) {
                streams.err << "faqpack kiosk-setup: \"" << code << "\" is not a language code\n";
                return false;
            }
            codes.append(code.trimmed());
        }
        if (codes.isEmpty()) {
            streams.err << "faqpack kiosk-setup: --languages needs at least one language\n";
            return false;
        }
        codes.removeDuplicates();
        o.allowedLanguages = codes;
        if (!codes.contains(o.language))
            o.language = codes.constFirst();
    }
    if (parser.isSet(QStringLiteral("language"))) {
        const QString code = parser.value(QStringLiteral("language"));
        if (!KioskSettings::isLanguageCode(code)) {
            streams.err << "faqpack kiosk-setup: \"" << code << "\" is not a language code\n";
            return false;
        }
        o.language = code;
        if (!o.allowedLanguages.contains(code))
            o.allowedLanguages.prepend(code);
    }
    const auto onOff = [&](const QString &name, bool &value) {
        if (!parser.isSet(name))
            return true;
        const std::optional<bool> given = onOffOption(parser.value(name));
        if (!given) {
            streams.err << "faqpack kiosk-setup: --" << name << " must be on or off\n";
            return false;
        }
        value = *given;
        return true;
    };
    const auto oneOf = [&](const QString &name, const QStringList &choices, QString &value) {
        if (!parser.isSet(name))
            return true;
        const QString given = parser.value(name).trimmed();
        if (!choices.contains(given)) {
            streams.err << "faqpack kiosk-setup: --" << name << " must be one of "
                        << choices.join(QStringLiteral(", ")) << ", not \"" << given << "\"\n";
            return false;
        }
        value = given;
        return true;
    };
    if (!onOff(QStringLiteral("printing"), o.printingAllowed) ||
        !onOff(QStringLiteral("require-signed-content"), o.requireSignedContent) ||
        !onOff(QStringLiteral("read-aloud"), o.readAloudAllowed) ||
        !oneOf(QStringLiteral("theme"), KioskOptions::themes(), o.theme) ||
        !oneOf(QStringLiteral("reading-font"), KioskOptions::readingFonts(), o.readingFont))
        return false;
    if (parser.isSet(QStringLiteral("printer")))
        o.printerName = parser.value(QStringLiteral("printer")).trimmed();
    if (parser.isSet(QStringLiteral("attract"))) {
        o.attractText = parser.value(QStringLiteral("attract")).trimmed();
        if (o.attractText.size() > KioskOptions::maximumAttractTextLength) {
            streams.err << "faqpack kiosk-setup: --attract is longer than "
                        << KioskOptions::maximumAttractTextLength << " characters\n";
            return false;
        }
    }
    o.enabled = !parser.isSet(QStringLiteral("disable"));
    return true;
}

} // namespace

int runKioskSetup(const QStringList &arguments, Streams streams) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write the system-wide kiosk settings (run as root). Settings not given "
                       "keep their current value. The admin PIN is read from standard input, "
                       "never from the command line, and only its salted hash is stored."));
    const QList<QCommandLineOption> commandLineOptions = {
        {QStringLiteral("pin-stdin"),
         QStringLiteral("Read a new admin PIN (at least 6 digits) from standard input.")},
        {QStringLiteral("idle"), QStringLiteral("Seconds without input before the countdown."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("countdown"),
         QStringLiteral("Seconds the countdown lasts before the reset (20 or more)."),
         QStringLiteral("SECONDS")},
        {QStringLiteral("languages"), QStringLiteral("The languages a visitor may choose."),
         QStringLiteral("en,es,...")},
        {QStringLiteral("language"), QStringLiteral("The language the kiosk starts in."),
         QStringLiteral("CODE")},
        {QStringLiteral("printing"), QStringLiteral("Allow printing: on or off."),
         QStringLiteral("on|off")},
        {QStringLiteral("printer"),
         QStringLiteral("Print to this printer (default: the system's)."), QStringLiteral("NAME")},
        {QStringLiteral("read-aloud"),
         QStringLiteral("Let visitors have answers read aloud: on or off."),
         QStringLiteral("on|off")},
        {QStringLiteral("theme"),
         QStringLiteral("The clinic's theme, put back for each visitor: %1.")
             .arg(KioskOptions::themes().join(QStringLiteral(", "))),
         QStringLiteral("THEME")},
        {QStringLiteral("reading-font"),
         QStringLiteral("The clinic's reading font, put back for each visitor: %1.")
             .arg(KioskOptions::readingFonts().join(QStringLiteral(", "))),
         QStringLiteral("FONT")},
        {QStringLiteral("require-signed-content"),
         QStringLiteral("Load only packs signed with a key in "
                        "/etc/xdg/patient-reader/trusted-keys: on or off."),
         QStringLiteral("on|off")},
        {QStringLiteral("attract"), QStringLiteral("Text of the attract screen (empty: none)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("disable"),
         QStringLiteral("Keep the settings but do not start in kiosk mode without --kiosk.")},
        {QStringLiteral("check"),
         QStringLiteral("Only show the current settings and their problems; change nothing.")},
        {QStringLiteral("file"),
         QStringLiteral("Use this file instead of %1.").arg(KioskSettings::systemFilePath()),
         QStringLiteral("PATH")},
    };
    parser.addOptions(commandLineOptions);
    if (!parseArguments(parser, QStringLiteral("kiosk-setup"), arguments, streams))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty()) {
        streams.err << "faqpack kiosk-setup: unexpected argument \""
                    << parser.positionalArguments().constFirst()
                    << "\" (the PIN is read from standard input with --pin-stdin)\n";
        return 2;
    }
    const QString filePath = parser.isSet(QStringLiteral("file"))
                                 ? parser.value(QStringLiteral("file"))
                                 : KioskSettings::systemFilePath();
    const KioskSettings current(filePath);
    for (const QString &problem : current.problems())
        streams.err << "faqpack kiosk-setup: " << problem << '\n';
    if (parser.isSet(QStringLiteral("check"))) {
        if (!current.fileExists())
            streams.err << "faqpack kiosk-setup: " << filePath
                        << " does not exist: these are the defaults\n";
        printSummary(current.options(), filePath, streams.out);
        return current.fileExists() && current.problems().isEmpty() ? 0 : 1;
    }

    KioskOptions options = current.options();
    if (!applyOptions(parser, options, streams))
        return 2;
    if (parser.isSet(QStringLiteral("pin-stdin"))) {
        const QString pin = readPinFromStdin(streams.err);
        if (const QString problem = PinHash::pinProblem(pin); !problem.isEmpty()) {
            streams.err << "faqpack kiosk-setup: " << problem << " Nothing was written.\n";
            return 2;
        }
        options.pinHash = PinHash::create(pin);
    } else if (!PinHash::isWellFormed(options.pinHash)) {
        streams.err << "faqpack kiosk-setup: no admin PIN is set up yet: give one with "
                       "--pin-stdin\n";
        return 2;
    }
    if (const QString error = KioskSettingsWriter::write(options, filePath); !error.isEmpty()) {
        streams.err << "faqpack kiosk-setup: " << error << '\n';
        return 1;
    }
    streams.out << "Wrote ";
    printSummary(options, filePath, streams.out);
    return 0;
}

} // namespace pr::cli
