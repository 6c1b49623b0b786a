// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistAccount.h"

#include <numeric>

namespace cc::collections {

qint64 WorklistAccount::collectibleMinor() const
{
    return std::accumulate(overdueMinor.cbegin(), overdueMinor.cend(), qint64(0));
}

} // namespace cc::collections
