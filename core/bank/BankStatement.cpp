// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankStatement.h"

namespace cc::bank {

std::optional<Money> BankStatement::expectedClosing() const
{
    if (!openingBalance)
        return std::nullopt;
    Money sum = *openingBalance;
    for (const BankTransaction &transaction : transactions) {
        if (transaction.amount.currency() != sum.currency())
            return std::nullopt;
        sum += transaction.amount;
    }
    return sum;
}

bool BankStatement::balances() const
{
    if (!openingBalance || !closingBalance)
        return true;
    const std::optional<Money> expected = expectedClosing();
    return expected && expected->currency() == closingBalance->currency() && *expected == *closingBalance;
}

} // namespace cc::bank
