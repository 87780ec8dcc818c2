#include "entrykey.h"

#include <QRegularExpression>

namespace pr {

bool isValidUserDataId(const QString &id) {
    // The same rule PackReader applies to pack and entry ids.
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,79}$"));
    return pattern.match(id).hasMatch();
}

bool EntryKey::isValid() const {
    return isValidUserDataId(packId) && isValidUserDataId(entryId);
}

} // namespace pr
