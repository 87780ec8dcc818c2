// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "comfortsettings.h"

#include <QPalette>
#include <QString>

namespace pr {

// The colours of the whole window (lists, references, toolbars, dialogs, the translator
// preview) for a fixed theme, to match the answer pages' style sheet.
class WindowTheme {
public:
    static QPalette palette(PageTheme theme);
    // What a palette cannot say: focus frames and separators, in high contrast only.
    static QString styleSheet(PageTheme theme);
    // The desktop asks for high contrast (GNOME's a11y setting or a high-contrast GTK theme),
    // where that can be found out.
    static bool desktopWantsHighContrast();
};

} // namespace pr
