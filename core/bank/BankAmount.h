// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

namespace cc::bank {

/// An amount as bank files write it: unsigned decimals with a point, in a currency given by its
/// code, made negative by a debit indicator ("DBIT", "D", "debit"). Decimals beyond the
/// currency's are accepted when they are zeros ("18.150" EUR), refused otherwise.
Result<Money> parseBankAmount(const QString &text, const QString &currencyCode, const QString &creditDebit = {});

} // namespace cc::bank
