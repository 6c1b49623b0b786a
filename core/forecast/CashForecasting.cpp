// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashForecasting.h"

#include "CashForecast.h"
#include "PaymentPredictor.h"
#include "storage/DisputeRepository.h"
#include "storage/PaymentHistoryQuery.h"
#include "storage/PromiseRepository.h"

#include <algorithm>

namespace cc::forecast {

Result<QList<ExpectedReceipt>> CashForecasting::receipts(const QDate &from)
{
    const QDate asOf = from.addDays(-1);
    storage::PaymentHistoryQuery history(m_db);
    auto known = history.settledBy(asOf);
    auto open = history.openOn(asOf);
    auto disputes = storage::DisputeRepository(m_db).list(false);
    auto promises = storage::PromiseRepository(m_db).relevantOn(asOf, 0);
    if (!known || !open || !disputes || !promises)
        return !known ? known.error() : !open ? open.error() : !disputes ? disputes.error() : promises.error();

    PaymentPredictor predictor;
    for (const auto &invoice : std::as_const(*known))
        predictor.learn(invoice.customerId, invoice.due, invoice.settled, asOf);

    struct Disputed {
        qint64 minor = 0;
        QDate slaDue;
    };
    QHash<QString, Disputed> disputed;
    for (const Dispute &dispute : std::as_const(*disputes)) {
        if (dispute.openedOn > asOf)
            continue;
        Disputed &sum = disputed[dispute.invoiceNumber];
        sum.minor += dispute.amount.minorUnits();
        sum.slaDue = std::max(sum.slaDue, dispute.slaDue());
    }
    // What each customer's open promises still cover, soonest first.
    QHash<QString, QList<std::pair<QDate, qint64>>> promised;
    for (auto it = promises->cbegin(); it != promises->cend(); ++it) {
        for (const collections::PromiseState &state : it.value()) {
            const qint64 left = state.promise.amount.minorUnits() - state.paid.minorUnits();
            if (state.status == collections::PromiseStatus::Open && left > 0 && state.promise.promisedFor >= from)
                promised[it.key()].append({ state.promise.promisedFor, left });
        }
        std::sort(promised[it.key()].begin(), promised[it.key()].end());
    }

    QList<ExpectedReceipt> receipts;
    for (const auto &invoice : std::as_const(*open)) {
        if (invoice.openMinor <= 0)
            continue;
        const QDate predicted = predictor.predict(invoice.customerId, invoice.due, asOf);
        const double spread = predictor.delaySpread(invoice.customerId);
        qint64 left = invoice.openMinor;
        const Disputed dispute = disputed.value(invoice.number);
        if (const qint64 held = std::min(left, dispute.minor); held > 0) {
            receipts.append(
                { invoice.currency, held, std::max(predicted, dispute.slaDue), std::max(spread, DisputeSpreadDays),
                    invoice.number, invoice.customerId, ExpectedReceipt::Basis::Dispute });
            left -= held;
        }
        auto &pool = promised[invoice.customerId];
        while (left > 0 && !pool.isEmpty()) {
            const qint64 covered = std::min(left, pool.first().second);
            receipts.append({ invoice.currency, covered, pool.first().first, PromiseSpreadDays, invoice.number,
                invoice.customerId, ExpectedReceipt::Basis::Promise });
            left -= covered;
            if ((pool.first().second -= covered) == 0)
                pool.removeFirst();
        }
        if (left > 0)
            receipts.append({ invoice.currency, left, predicted, spread, invoice.number, invoice.customerId,
                ExpectedReceipt::Basis::Behaviour });
    }
    return receipts;
}

Result<QMap<QString, QList<ForecastWeek>>> CashForecasting::weekly(const QDate &from, int weeks)
{
    auto expected = receipts(from);
    if (!expected)
        return expected.error();
    return CashForecast::weekly(*expected, from, weeks);
}

} // namespace cc::forecast
