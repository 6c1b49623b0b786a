// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastOverviewQuery.h"

#include "CashForecast.h"
#include "CashForecasting.h"
#include "storage/BaseConversion.h"
#include "storage/CollectedQuery.h"

namespace cc::forecast {

namespace {

/// The receipts in the base, those without a rate left out.
Result<QList<ExpectedReceipt>> inBase(
    const QList<ExpectedReceipt> &receipts, const storage::BaseConversion &convert, const QString &base)
{
    QList<ExpectedReceipt> converted;
    converted.reserve(receipts.size());
    for (ExpectedReceipt receipt : receipts) {
        if (!convert.converts(receipt.currency))
            continue;
        auto minor = convert(receipt.currency, receipt.minor);
        if (!minor)
            return minor.error();
        receipt.minor = *minor;
        receipt.currency = base;
        converted.append(std::move(receipt));
    }
    return converted;
}

QStringList currenciesOf(const QList<ExpectedReceipt> &receipts)
{
    QStringList codes;
    for (const ExpectedReceipt &receipt : receipts) {
        if (!codes.contains(receipt.currency))
            codes << receipt.currency;
    }
    return codes;
}

} // namespace

Result<ForecastOverview> ForecastOverviewQuery::run(
    const QDate &asOf, const Currency &base, int weeks, services::JobControl &control)
{
    constexpr int Steps = 3;
    const auto cancelled = [] { return makeError(ErrorCode::Cancelled, tr("The forecast was cancelled.")); };
    ForecastOverview overview;
    overview.asOf = asOf;
    overview.base = base.code();
    overview.trackedFrom = asOf.addDays(1 - 7 * weeks);
    const QDate from = asOf.addDays(1);

    control.setProgress(0, Steps);
    CashForecasting forecasting(m_db);
    auto ahead = forecasting.receipts(from);
    if (!ahead)
        return ahead.error();
    if (control.isCanceled())
        return cancelled();
    control.setProgress(1, Steps);
    auto earlier = forecasting.receipts(overview.trackedFrom);
    if (!earlier)
        return earlier.error();
    if (control.isCanceled())
        return cancelled();
    control.setProgress(2, Steps);
    auto collected = storage::CollectedQuery(m_db).byDay(overview.trackedFrom.addDays(-1), overview.trackedFrom, asOf);
    if (!collected)
        return collected.error();

    auto convert = storage::BaseConversion::on(
        m_db, currenciesOf(*ahead) + currenciesOf(*earlier) + collected->keys(), base, asOf);
    if (!convert)
        return convert.error();
    overview.withoutRate = convert->withoutRate();
    auto receipts = inBase(*ahead, *convert, overview.base);
    auto tracked = inBase(*earlier, *convert, overview.base);
    if (!receipts || !tracked)
        return !receipts ? receipts.error() : tracked.error();
    overview.receipts = *receipts;
    const auto weekly = [&](const QList<ExpectedReceipt> &list, const QDate &start) {
        QList<ForecastWeek> rows = CashForecast::weekly(list, start, weeks).value(overview.base);
        for (int week = int(rows.size()); week < weeks; ++week) // nothing expected at all
            rows.append({ start.addDays(7 * week), start.addDays(7 * week + 6), Money::zero(base), Money::zero(base),
                Money::zero(base) });
        return rows;
    };
    overview.ahead = weekly(overview.receipts, from);
    overview.tracked = weekly(*tracked, overview.trackedFrom);
    overview.collected = QList<qint64>(weeks, 0);
    for (auto currency = collected->cbegin(); currency != collected->cend(); ++currency) {
        if (!convert->converts(currency.key()))
            continue;
        QList<qint64> own(weeks, 0);
        for (auto day = currency->cbegin(); day != currency->cend(); ++day)
            own[std::clamp(int(overview.trackedFrom.daysTo(day.key()) / 7), 0, weeks - 1)] += day.value();
        for (int week = 0; week < weeks; ++week) {
            auto minor = (*convert)(currency.key(), own[week]);
            if (!minor)
                return minor.error();
            overview.collected[week] += *minor;
        }
    }
    control.setProgress(Steps, Steps);
    return overview;
}

} // namespace cc::forecast
