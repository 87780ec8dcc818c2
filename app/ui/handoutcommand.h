// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QStringList>

namespace pr {

struct StartupOptions;

// patient-reader --handout IDS|my-questions [--language LANG] -o FILE.pdf: prints the handout
// with no window and exits. 0 when the PDF is written; 2 for a wrong choice (unknown id or
// language); 1 when the PDF cannot be made or written (no file is left behind). Messages go to
// standard error, naming what is wrong.
int runHandoutCommand(const StartupOptions &options, const QStringList &packFolders);

} // namespace pr
