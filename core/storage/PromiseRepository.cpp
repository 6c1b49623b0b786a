// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromiseRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::storage {

using collections::PromiseState;
using collections::PromiseToPay;

Result<QList<PromiseToPay>> PromiseRepository::read(
    const QString &condition, const std::function<void(SqlStatement &)> &bind)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, customer_id, made_day, promised_day, currency, amount_minor, "
                                             "invoice_numbers, author, note, cancelled_day FROM promises WHERE %1 "
                                             "ORDER BY made_day DESC, id")
                                  .arg(condition));
    if (!query)
        return query.error();
    bind(*query);
    QList<PromiseToPay> promises;
    if (auto status = query->forEachRow([&]() -> Status {
            auto currency = query->currency(4);
            if (!currency)
                return currency.error();
            PromiseToPay p;
            p.id = query->text(0);
            p.customerId = query->text(1);
            p.madeOn = query->date(2);
            p.promisedFor = query->date(3);
            p.amount = Money(query->int64(5), *currency);
            const QJsonArray numbers = QJsonDocument::fromJson(query->text(6).toUtf8()).array();
            for (const QJsonValue &number : numbers)
                p.invoiceNumbers << number.toString();
            p.author = query->text(7);
            p.note = query->text(8);
            p.cancelledOn = query->date(9);
            promises << std::move(p);
            return success();
        });
        !status)
        return status.error();
    return promises;
}

Result<QList<PromiseState>> PromiseRepository::ofCustomer(const QString &customerId, const QDate &day)
{
    auto promises = read(QStringLiteral("customer_id = ?1"), [&](SqlStatement &q) { q.bind(1, customerId); });
    if (!promises)
        return promises.error();
    QList<PromiseState> states;
    for (PromiseToPay &promise : *promises) {
        auto state = stateOf(std::move(promise), day);
        if (!state)
            return state.error();
        states << std::move(*state);
    }
    return states;
}

Result<QHash<QString, QList<PromiseState>>> PromiseRepository::relevantOn(const QDate &day, int memoryDays)
{
    auto promises = read(QStringLiteral("made_day <= ?1 AND promised_day >= ?2 AND (cancelled_day IS NULL OR "
                                        "cancelled_day > ?1)"),
        [&](SqlStatement &q) { q.bind(1, day).bind(2, day.addDays(-memoryDays)); });
    if (!promises)
        return promises.error();
    QHash<QString, QList<PromiseState>> byCustomer;
    for (PromiseToPay &promise : *promises) {
        auto state = stateOf(std::move(promise), day);
        if (!state)
            return state.error();
        byCustomer[state->promise.customerId] << std::move(*state);
    }
    return byCustomer;
}

Result<std::optional<PromiseToPay>> PromiseRepository::find(const QString &id)
{
    auto promises = read(QStringLiteral("id = ?1"), [&](SqlStatement &q) { q.bind(1, id); });
    if (!promises)
        return promises.error();
    if (promises->isEmpty())
        return std::optional<PromiseToPay>();
    return std::optional<PromiseToPay>(promises->first());
}

Result<PromiseState> PromiseRepository::stateOf(PromiseToPay promise, const QDate &day)
{
    auto paid = paidTowards(promise, day);
    if (!paid)
        return paid.error();
    PromiseState state;
    state.status = promise.statusOn(day, *paid);
    state.paid = *paid;
    state.promise = std::move(promise);
    return state;
}

Result<Money> PromiseRepository::paidTowards(const PromiseToPay &promise, const QDate &day)
{
    const QDate until = std::min(promise.promisedFor, day);
    Money paid = Money::zero(promise.amount.currency());
    if (until < promise.madeOn)
        return paid;
    const auto sum = [&](SqlStatement &query) -> Status {
        auto found = query.next();
        if (!found)
            return found.error();
        paid += Money(query.int64(0), promise.amount.currency());
        query.reset();
        return success();
    };
    if (promise.invoiceNumbers.isEmpty()) {
        auto query
            = m_db.cached(QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM payments "
                                         "WHERE customer_id = ?1 AND currency = ?2 AND payment_day BETWEEN ?3 AND ?4 "
                                         "AND reversed_day IS NULL"));
        if (!query)
            return query.error();
        (*query)
            ->bind(1, promise.customerId)
            .bind(2, promise.amount.currency().code())
            .bind(3, promise.madeOn)
            .bind(4, until);
        if (auto status = sum(**query); !status)
            return status.error();
        return paid;
    }
    auto query = m_db.cached(QStringLiteral(
        "SELECT COALESCE(SUM(a.amount_minor), 0) FROM allocations a JOIN payments p ON p.id = a.payment_id "
        "WHERE a.invoice_id = (SELECT id FROM invoices WHERE number = ?1 AND customer_id = ?2) "
        "AND p.payment_day BETWEEN ?3 AND ?4"));
    if (!query)
        return query.error();
    for (const QString &number : promise.invoiceNumbers) {
        (*query)->bind(1, number).bind(2, promise.customerId).bind(3, promise.madeOn).bind(4, until);
        if (auto status = sum(**query); !status)
            return status.error();
    }
    return paid;
}

} // namespace cc::storage
