// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpectedReceipt.h"
#include "ForecastWeek.h"
#include "storage/SqlDatabase.h"

#include <QMap>

namespace cc::forecast {

/// The cash forecast from what is open: every open invoice is expected when its customer's
/// payment behaviour (PaymentPredictor, learnt from what was settled by then) says, except
/// that an open promise to pay brings what it covers to its date, give or take two days, and a
/// disputed amount waits at least for the dispute's service level, give or take a week more.
class CashForecasting {
public:
    /// Spread of a promised payment's day.
    static constexpr double PromiseSpreadDays = 2;
    /// Least spread of a disputed amount's day.
    static constexpr double DisputeSpreadDays = 7;

    explicit CashForecasting(storage::SqlDatabase &db)
        : m_db(db)
    {
    }

    /// What is expected in, as known at the end of the day before `from`.
    Result<QList<ExpectedReceipt>> receipts(const QDate &from);
    /// `weeks` weeks from `from`, per currency code.
    Result<QMap<QString, QList<ForecastWeek>>> weekly(const QDate &from, int weeks);

private:
    storage::SqlDatabase &m_db;
};

} // namespace cc::forecast
