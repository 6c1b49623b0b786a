// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BacktestResult.h"
#include "storage/SqlDatabase.h"

#include <QDate>

namespace cc::forecast {

/// Replays the forecast as of a cutoff day: learns only from invoices settled on or before it,
/// predicts the payment date of every invoice open at its end that was paid later, and
/// measures the error against the actual settlement and against the naive baseline.
class Backtest {
public:
    explicit Backtest(storage::SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<BacktestResult> run(const QDate &cutoff);

private:
    storage::SqlDatabase &m_db;
};

} // namespace cc::forecast
