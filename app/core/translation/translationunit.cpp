#include "translationunit.h"

namespace pr {

const TranslationUnit *TranslationCatalog::unit(const QString &id) const {
    for (const TranslationUnit &u : units) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

} // namespace pr
