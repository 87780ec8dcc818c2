#include "entrykey.h"

#include "content/pack.h"

namespace pr {

bool EntryKey::isValid() const {
    return isValidPackId(packId) && isValidPackId(entryId);
}

} // namespace pr
