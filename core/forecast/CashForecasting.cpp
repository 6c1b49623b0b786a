// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashForecasting.h"

#include "CashForecast.h"
#include "PaymentPredictor.h"
#include "domain/PaymentTerms.h"
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
    auto groups = history.customerGroups();
    if (!known || !open || !disputes || !promises || !groups)
        return !known   ? known.error()
            : !open     ? open.error()
            : !disputes ? disputes.error()
            : !promises ? promises.error()
                        : groups.error();

    PaymentPredictor predictor(*groups);
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
    QHash<QString, QList<PromisedAmount>> promised;
    for (auto it = promises->cbegin(); it != promises->cend(); ++it)
        promised.insert(it.key(), stillPromised(it.value(), from));

    // Worked out once per customer and per terms code: a million open invoices share them.
    struct Behaviour {
        double delay;
        double spread;
    };
    QHash<QString, Behaviour> behaviours;
    QHash<QString, std::optional<PaymentTerms>> termsByCode;
    QList<ExpectedReceipt> receipts;
    for (const auto &invoice : std::as_const(*open)) {
        if (invoice.openMinor <= 0)
            continue;
        auto behaviour = behaviours.constFind(invoice.customerId);
        if (behaviour == behaviours.cend())
            behaviour = behaviours.insert(invoice.customerId,
                { predictor.expectedDelay(invoice.customerId), predictor.delaySpread(invoice.customerId) });
        const double spread = behaviour->spread;
        auto terms = termsByCode.constFind(invoice.terms);
        if (terms == termsByCode.cend()) {
            auto parsed = PaymentTerms::parse(invoice.terms);
            terms = termsByCode.insert(invoice.terms, parsed ? std::optional<PaymentTerms>(*parsed) : std::nullopt);
        }
        const Disputed dispute = disputed.value(invoice.number);
        qint64 disputedLeft = dispute.minor;
        auto &pool = promised[invoice.customerId];
        for (const auto &[due, minor] : openParts(invoice, terms->has_value() ? &**terms : nullptr)) {
            const QDate predicted = PaymentPredictor::predict(behaviour->delay, due, asOf);
            qint64 left = minor;
            if (const qint64 held = std::min(left, disputedLeft); held > 0) {
                receipts.append(
                    { invoice.currency, held, std::max(predicted, dispute.slaDue), std::max(spread, DisputeSpreadDays),
                        invoice.number, invoice.customerId, ExpectedReceipt::Basis::Dispute });
                left -= held;
                disputedLeft -= held;
            }
            // Promises for this invoice, or for the account, soonest first.
            for (auto promise = pool.begin(); left > 0 && promise != pool.end();) {
                if (!promise->invoiceNumbers.isEmpty() && !promise->invoiceNumbers.contains(invoice.number)) {
                    ++promise;
                    continue;
                }
                const qint64 covered = std::min(left, promise->minor);
                receipts.append({ invoice.currency, covered, promise->day, PromiseSpreadDays, invoice.number,
                    invoice.customerId, ExpectedReceipt::Basis::Promise });
                left -= covered;
                promise->minor -= covered;
                promise = promise->minor == 0 ? pool.erase(promise) : promise + 1;
            }
            if (left > 0)
                receipts.append({ invoice.currency, left, predicted, spread, invoice.number, invoice.customerId,
                    ExpectedReceipt::Basis::Behaviour });
        }
    }
    return receipts;
}

QList<std::pair<QDate, qint64>> CashForecasting::openParts(
    const storage::PaymentHistoryQuery::Invoice &invoice, const PaymentTerms *terms)
{
    if (!terms || !terms->hasInstallments())
        return { { invoice.due, invoice.openMinor } };
    const auto currency = Currency::fromCode(invoice.currency);
    if (!currency)
        return { { invoice.due, invoice.openMinor } };
    const QList<PaymentTerms::ScheduledAmount> schedule
        = terms->schedule(invoice.issued, Money(invoice.totalMinor, *currency));
    // A due date moved since (a payment holiday, an installment plan) stands over the terms.
    if (schedule.size() < 2 || schedule.last().dueDate != invoice.due)
        return { { invoice.due, invoice.openMinor } };
    // What was paid settles the earliest installments first.
    qint64 paid = invoice.totalMinor - invoice.openMinor;
    QList<std::pair<QDate, qint64>> parts;
    for (const PaymentTerms::ScheduledAmount &part : schedule) {
        const qint64 settled = std::min(paid, part.amount.minorUnits());
        paid -= settled;
        if (part.amount.minorUnits() > settled)
            parts.append({ part.dueDate, part.amount.minorUnits() - settled });
    }
    return parts;
}

QList<CashForecasting::PromisedAmount> CashForecasting::stillPromised(
    const QList<collections::PromiseState> &promises, const QDate &from)
{
    // Promises made together on one day for the same invoices are a schedule (an installment
    // plan): each says what is paid by its day in all, as their status counts it. So each
    // brings only what it adds to the one before; a lone promise brings what is left of it.
    QMap<std::pair<QDate, QString>, QList<const collections::PromiseState *>> schedules;
    for (const collections::PromiseState &state : promises) {
        if (state.status == collections::PromiseStatus::Open)
            schedules[{ state.promise.madeOn, state.promise.invoiceNumbers.join(QLatin1Char(',')) }].append(&state);
    }
    QList<PromisedAmount> left;
    for (auto &schedule : schedules) {
        std::sort(schedule.begin(), schedule.end(),
            [](const auto *a, const auto *b) { return a->promise.promisedFor < b->promise.promisedFor; });
        const bool cumulative = schedule.size() > 1;
        qint64 before = 0;
        for (const collections::PromiseState *state : schedule) {
            const qint64 stillOpen = state->promise.amount.minorUnits() - state->paid.minorUnits();
            const qint64 adds = cumulative ? stillOpen - std::max<qint64>(before, 0) : stillOpen;
            if (cumulative)
                before = stillOpen;
            if (adds > 0 && state->promise.promisedFor >= from)
                left.append({ state->promise.promisedFor, adds, state->promise.invoiceNumbers });
        }
    }
    std::stable_sort(left.begin(), left.end(), [](const auto &a, const auto &b) { return a.day < b.day; });
    return left;
}

Result<QMap<QString, QList<ForecastWeek>>> CashForecasting::weekly(const QDate &from, int weeks)
{
    auto expected = receipts(from);
    if (!expected)
        return expected.error();
    return CashForecast::weekly(*expected, from, weeks);
}

} // namespace cc::forecast
