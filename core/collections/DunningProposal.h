// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QMap>
#include <QStringList>

namespace cc::collections {

/// One consolidated notice a dunning run proposes for a customer: every invoice it lists,
/// and the level each of them reaches with it.
struct DunningProposal {
    QString customerId;
    QString customerName;
    int level = 0; ///< index into the strategy's levels: the highest any invoice reaches
    QString levelName;
    QString templateKey;
    QString channel;
    bool onlyOverdue = true; ///< a reminder before the due date lists what comes due
    QStringList invoiceNumbers; ///< listed in the notice
    QMap<QString, int> escalate; ///< invoice → the level it reaches now
    QStringList excludedInvoices; ///< open, but disputed or under a promise
    Money amount; ///< what the listed invoices have open
    Money fee;
};

} // namespace cc::collections
