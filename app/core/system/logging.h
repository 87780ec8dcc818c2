// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QLoggingCategory>

// The app's logging categories, so that an administrator can turn each on or off with
// QT_LOGGING_RULES (for example "pr.kiosk.debug=true"). Warnings are on by default.
Q_DECLARE_LOGGING_CATEGORY(lcUserStore)
Q_DECLARE_LOGGING_CATEGORY(lcKiosk)
Q_DECLARE_LOGGING_CATEGORY(lcSafety)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcReader)
