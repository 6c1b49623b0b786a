// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backtest.h"

#include "PaymentPredictor.h"
#include "storage/PaymentHistoryQuery.h"

#include <cstdlib>

namespace cc::forecast {

Result<BacktestResult> Backtest::run(const QDate &cutoff)
{
    storage::PaymentHistoryQuery history(m_db);
    auto known = history.settledBy(cutoff);
    if (!known)
        return known.error();
    auto open = history.openOn(cutoff);
    if (!open)
        return open.error();
    auto groups = history.customerGroups();
    if (!groups)
        return groups.error();
    PaymentPredictor predictor(*groups);
    for (const auto &invoice : std::as_const(*known))
        predictor.learn(invoice.customerId, invoice.due, invoice.settled, cutoff);

    BacktestResult result;
    qint64 error = 0;
    qint64 baselineError = 0;
    int close = 0;
    int baselineClose = 0;
    for (const auto &invoice : std::as_const(*open)) {
        if (!invoice.settled.isValid())
            continue; // still open: nothing to check against
        const QDate predicted = predictor.predict(invoice.customerId, invoice.due, cutoff);
        const QDate naive = invoice.due < cutoff ? cutoff.addDays(1) : invoice.due;
        const qint64 off = std::llabs(predicted.daysTo(invoice.settled));
        const qint64 naiveOff = std::llabs(naive.daysTo(invoice.settled));
        ++result.invoices;
        error += off;
        baselineError += naiveOff;
        close += off <= 7 ? 1 : 0;
        baselineClose += naiveOff <= 7 ? 1 : 0;
    }
    if (result.invoices > 0) {
        result.meanAbsoluteErrorDays = double(error) / result.invoices;
        result.withinSevenDays = double(close) / result.invoices;
        result.baselineMeanAbsoluteErrorDays = double(baselineError) / result.invoices;
        result.baselineWithinSevenDays = double(baselineClose) / result.invoices;
    }
    return result;
}

} // namespace cc::forecast
