// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

namespace cc::credit {

/// What a customer's payment behaviour shows on a day, as RiskScore weighs it. Days beyond
/// terms are weighted by amount, over invoices paid in the period and those still open past due.
struct RiskFacts {
    double daysBeyondTermsYear = 0; ///< the last 365 days
    double daysBeyondTermsRecent = 0; ///< the last 90 days
    double daysBeyondTermsBefore = 0; ///< the 275 days before those
    bool hasRecent = false;
    bool hasBefore = false;
    int brokenPromises = 0; ///< of promises due in the last 365 days
    int disputes = 0; ///< opened in the last 365 days
    Money exposure;
    Money creditLimit;
};

} // namespace cc::credit
