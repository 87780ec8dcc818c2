// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#pragma once

#include <QString>
#include <QStringList>

namespace pr {

// The words of a language that carry no topic ("does", "it", "how"), from the maintained lists
// in resources/commonwords/ (see the README there). Search neither matches nor highlights them
// on their own, and never corrects them (Vocabulary::isCommonWord).
class CommonWords {
public:
    // The folded words listed for a language (its primary subtag); empty if it has no list.
    static QStringList forLanguage(const QString &languageTag);
    // A broader list (resources/commonwords/broad/): everyday words ("get", "want") that are no
    // topic when the pack does not know them. Too broad to keep from matching ("work" is in it).
    static QStringList broadForLanguage(const QString &languageTag);

private:
    static QStringList read(const QString &folder, const QString &languageTag);
};

} // namespace pr
