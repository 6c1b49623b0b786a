// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Invoice.h"
#include "domain/LateFeePolicy.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// Charging for late payment by the team's stated policy (team setting late_fees.policy): the
/// interest and flat fees a customer's overdue invoices owe on a day become one draft invoice
/// that names the policy, and each invoice's charged days are recorded so none is charged twice.
/// A payment holiday moves the due date, and with it the start of interest.
class LateFees {
    Q_DECLARE_TR_FUNCTIONS(LateFees)

public:
    static const QString PolicyKey;

    LateFees(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// The team's policy; one that charges nothing when none is set.
    Result<LateFeePolicy> policy();
    Status setPolicy(const LateFeePolicy &policy);
    /// What the customer's overdue invoices owe in late-payment charges on `asOf`.
    Result<QList<LateFeePolicy::Charge>> propose(const QString &customerId, const QDate &asOf);
    /// Makes those charges into a draft invoice for the customer and records them; refused
    /// when there is nothing to charge or less than the policy's minimum. Returns the draft.
    Result<Invoice> charge(const QString &customerId, const QDate &asOf);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
