// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "logging.h"

Q_LOGGING_CATEGORY(lcUserStore, "pr.userstore", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKiosk, "pr.kiosk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSafety, "pr.safety", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "pr.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcReader, "pr.reader", QtWarningMsg)
