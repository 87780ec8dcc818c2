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
};

} // namespace pr
