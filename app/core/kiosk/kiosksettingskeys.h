// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

// The keys of the kiosk settings file, shared by its reader and its writer.
namespace pr::kioskkeys {

inline QString enabled() {
    return QStringLiteral("kiosk/enabled");
}
inline QString idleTimeoutSeconds() {
    return QStringLiteral("kiosk/idleTimeoutSeconds");
}
inline QString countdownSeconds() {
    return QStringLiteral("kiosk/countdownSeconds");
}
inline QString adminPinHash() {
    return QStringLiteral("kiosk/adminPinHash");
}
inline QString attractText() {
    return QStringLiteral("kiosk/attractText");
}
inline QString language() {
    return QStringLiteral("language/default");
}
inline QString allowedLanguages() {
    return QStringLiteral("language/allowed");
}
inline QString printingAllowed() {
    return QStringLiteral("printing/allowed");
}
inline QString printerName() {
    return QStringLiteral("printing/printer");
}
inline QString readAloudAllowed() {
    return QStringLiteral("reading/read-aloud-allowed");
}
inline QString theme() {
    return QStringLiteral("reading/theme");
}
inline QString readingFont() {
    return QStringLiteral("reading/font");
}
inline QString requireSignedContent() {
    return QStringLiteral("content/require-signed-content");
}

} // namespace pr::kioskkeys
