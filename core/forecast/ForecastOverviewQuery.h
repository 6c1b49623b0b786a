// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ForecastOverview.h"
#include "services/JobControl.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::forecast {

/// Builds the ForecastOverview: CashForecasting from the day after the as-of day, and again from
/// as many weeks before it (learning only what was known then), against CollectedQuery.
class ForecastOverviewQuery {
    Q_DECLARE_TR_FUNCTIONS(ForecastOverviewQuery)

public:
    explicit ForecastOverviewQuery(storage::SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<ForecastOverview> run(const QDate &asOf, const Currency &base, int weeks, services::JobControl &control);

private:
    storage::SqlDatabase &m_db;
};

} // namespace cc::forecast
