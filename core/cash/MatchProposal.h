// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PaymentAllocator.h"

#include <QStringList>

namespace cc::cash {

/// What a bank credit is thought to pay: whose money it is, how it spreads over their
/// invoices (and what is left unapplied), how sure the engine is, and why, in words.
struct MatchProposal {
    QString customerId;
    PaymentAllocator::Plan plan;
    double confidence = 0; ///< 0 to 1
    QStringList reasons;
};

} // namespace cc::cash
