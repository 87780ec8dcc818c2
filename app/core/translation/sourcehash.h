// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include "content/entry.h"

#include <QString>

namespace pr {

// A short fingerprint of the base text a translation was made from: the question, the answer
// and the See-labels of the base entry. A translated entry records it as "sourceHash"; when
// the base entry's fingerprint no longer matches, the translation is stale. Whitespace at the
// ends of the answer and line-ending style do not count, so re-saving a file changes nothing.
QString sourceHash(const Entry &baseEntry);

} // namespace pr
