// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Patient Reader contributors

#include "editdistance.h"

#include <algorithm>
#include <array>

namespace pr {
namespace {

constexpr int kMaxLength = 64;
using Row = std::array<int, kMaxLength + 1>;

} // namespace

int EditDistance::between(QStringView a, QStringView b, int limit) {
    return compute(a, b, limit, false);
}

int EditDistance::toPrefixOf(QStringView a, QStringView b, int limit) {
    return compute(a, b, limit, true);
}

int EditDistance::compute(QStringView a, QStringView b, int limit, bool prefixOfB) {
    const int n = int(a.size());
    const int m = int(b.size());
    if (n > kMaxLength || m > kMaxLength || (!prefixOfB && std::abs(n - m) > limit))
        return limit + 1;
    // Rows follow a, columns follow b; three rows are enough for the swap rule.
    Row before{}, previous{}, current{};
    for (int j = 0; j <= m; ++j)
        previous[j] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowMinimum = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[j - 2] + 1);
            current[j] = value;
            rowMinimum = std::min(rowMinimum, value);
        }
        if (rowMinimum > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    const int distance =
        prefixOfB ? *std::min_element(previous.cbegin(), previous.cbegin() + m + 1) : previous[m];
    return std::min(distance, limit + 1);
}

} // namespace pr
