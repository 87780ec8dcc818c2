// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QList>
#include <QString>

namespace pr {

// A link to another answer, "[label](entry:ID)", in an answer's Markdown.
struct EntryLink {
    QString target; // the entry id linked to
    int line = 0;   // from 1, within the Markdown given
};

// Every "](entry:ID)" link target of markdown, found as the translation tools find the parts a
// translation must keep (see protectedtokens.h), with its line.
QList<EntryLink> entryLinks(const QString &markdown);

} // namespace pr
