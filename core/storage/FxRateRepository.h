// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/FxRate.h"

#include <QCoreApplication>
#include <optional>

namespace cc::storage {

/// The workspace's exchange rates by day. A conversion uses the latest rate on or before its
/// day, of the pair either way round.
class FxRateRepository {
    Q_DECLARE_TR_FUNCTIONS(FxRateRepository)

public:
    explicit FxRateRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Stores rates in one transaction; a rate of the same day and pair is replaced.
    Status store(const QList<FxRate> &rates);
    /// How many `to` one `from` buys on `day`: the latest rate on or before it.
    Result<std::optional<FxRate>> rateOn(const Currency &from, const Currency &to, const QDate &day);
    /// Converts `amount` into `to` at the rate of `day`; refused naming the pair when there is none.
    Result<Money> convert(const Money &amount, const Currency &to, const QDate &day);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
