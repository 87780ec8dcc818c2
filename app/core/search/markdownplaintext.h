// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>

namespace pr {

// The words a reader sees in an answer, without Markdown syntax or link targets, one line per
// block. The search index stores this text, so snippets never show "[label](entry:id)".
class MarkdownPlainText {
public:
    static QString fromMarkdown(const QString &markdown);
};

} // namespace pr
