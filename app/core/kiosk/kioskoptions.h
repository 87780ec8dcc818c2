// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <QStringList>

namespace pr {

// What the system-wide kiosk settings file sets. The defaults are what a kiosk gets for anything
// the file leaves out or gets wrong.
struct KioskOptions {
    static constexpr int minimumIdleTimeoutSeconds = 30;
    static constexpr int defaultIdleTimeoutSeconds = 120;
    // Longer than this and the next visitor may find the last one's pages.
    static constexpr int maximumIdleTimeoutSeconds = 3600;
    // WCAG 2.2.1 asks for at least 20 seconds to say "I am still here".
    static constexpr int minimumCountdownSeconds = 20;
    static constexpr int defaultCountdownSeconds = 30;
    static constexpr int maximumCountdownSeconds = 300;
    static constexpr int maximumAttractTextLength = 500;

    bool enabled = false;
    int idleTimeoutSeconds = defaultIdleTimeoutSeconds;
    int countdownSeconds = defaultCountdownSeconds;
    // PinHash form; empty when no admin PIN is set up (then the kiosk cannot be left from the
    // screen). Never the PIN itself: there is no field for it.
    QString pinHash;
    QString language = QStringLiteral("en");
    QStringList allowedLanguages = {QStringLiteral("en")}; // always contains language
    bool printingAllowed = false;
    QString printerName; // empty: the system's default printer
    QString attractText; // empty: no attract screen; the kiosk rests on the home screen
    // Only packs signed with a trusted key load (see ContentTrustPolicy).
    bool requireSignedContent = false;
    // Visitors may have answers read aloud (the controls are then large and on screen).
    bool readAloudAllowed = false;
    // The clinic's reading comfort, put back for each visitor: system, light, dark or
    // high-contrast; default, dyslexic or spaced.
    QString theme = QStringLiteral("system");
    QString readingFont = QStringLiteral("default");

    static QStringList themes() {
        return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark"),
                QStringLiteral("high-contrast")};
    }
    static QStringList readingFonts() {
        return {QStringLiteral("default"), QStringLiteral("dyslexic"), QStringLiteral("spaced")};
    }

    bool operator==(const KioskOptions &) const = default;
};

} // namespace pr
