// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "cash/MatchEngine.h"
#include "common/Clock.h"
#include "services/JobControl.h"

namespace cc::storage {

/// Reads what matching works from: every customer's name, what confirmed matches taught, and
/// every invoice open now with its terms.
class MatchingSnapshot {
public:
    MatchingSnapshot(SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// Fills `payers` and `engine` (made on `payers`); stops with Cancelled when asked to.
    Status load(cash::PayerDirectory &payers, cash::MatchEngine &engine, services::JobControl &job);

private:
    /// `customerTerms`: each customer's terms code, for invoices that have none of their own.
    Status loadInvoices(
        cash::MatchEngine &engine, const QHash<QString, QString> &customerTerms, services::JobControl &job);

    SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::storage
