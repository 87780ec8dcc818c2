// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "speechrate.h"

#include <cmath>

namespace pr {

QList<double> SpeechRate::steps() {
    return {-0.6, -0.3, 0.0, 0.25, 0.5};
}

int SpeechRate::normalStep() {
    return 2;
}

int SpeechRate::stepOf(double rate) {
    if (!std::isfinite(rate) || rate < -1.0 || rate > 1.0)
        return normalStep();
    const QList<double> all = steps();
    int best = normalStep();
    for (int i = 0; i < all.size(); ++i) {
        if (std::abs(all.at(i) - rate) < std::abs(all.at(best) - rate))
            best = i;
    }
    return best;
}

} // namespace pr
