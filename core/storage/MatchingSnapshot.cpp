// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchingSnapshot.h"

#include "OpenAtDaySql.h"
#include "PayerLinkRepository.h"

namespace cc::storage {

Status MatchingSnapshot::load(cash::PayerDirectory &payers, cash::MatchEngine &engine, services::JobControl &job)
{
    auto customers = m_db.prepare(QStringLiteral("SELECT id, name, terms FROM customers"));
    if (!customers)
        return customers.error();
    QHash<QString, QString> terms;
    if (auto status = customers->forEachRow([&]() -> Status {
            payers.addCustomer(customers->text(0), customers->text(1));
            terms.insert(customers->text(0), customers->text(2));
            return success();
        });
        !status)
        return status;
    if (auto status = PayerLinkRepository(m_db, m_clock).loadInto(payers); !status)
        return status;
    return loadInvoices(engine, terms, job);
}

Status MatchingSnapshot::loadInvoices(
    cash::MatchEngine &engine, const QHash<QString, QString> &customerTerms, services::JobControl &job)
{
    // An invoice still 'open' has nothing applied: only part-paid ones need their allocations summed.
    auto query = m_db.prepare(QStringLiteral(
        "SELECT number, customer_id, currency, invoice_day, due_day, total_minor, open_minor, terms FROM ("
        "SELECT i.number, i.customer_id, i.currency, i.invoice_day, i.due_day, i.total_minor, "
        "CASE WHEN i.status = 'open' THEN i.total_minor ELSE %1 END AS open_minor, i.terms "
        "FROM invoices i WHERE i.settled_day IS NULL AND i.kind = 0 "
        "AND i.status NOT IN ('draft', 'cancelled')) WHERE open_minor > 0")
                                  .arg(openAmountSql(QStringLiteral("i"))));
    if (!query)
        return query.error();
    // Few distinct terms and currencies: each is parsed once.
    QHash<QString, PaymentTerms> terms;
    QHash<QString, Currency> currencies;
    qint64 read = 0;
    return query->forEachRow([&]() -> Status {
        if (++read % 4096 == 0 && job.isCanceled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("matching was cancelled"));
        QString code = query->text(7);
        if (code.isEmpty())
            code = customerTerms.value(query->text(1));
        auto knownTerms = terms.constFind(code);
        if (knownTerms == terms.cend()) {
            auto parsed = PaymentTerms::parse(code);
            if (!parsed)
                return makeError(ErrorCode::InvalidInput,
                    QStringLiteral("invoice %1 has terms \"%2\" that do not parse: %3")
                        .arg(query->text(0), code, parsed.error().detail));
            knownTerms = terms.insert(code, *parsed);
        }
        const QString currencyCode = query->text(2);
        auto knownCurrency = currencies.constFind(currencyCode);
        if (knownCurrency == currencies.cend()) {
            auto currency = query->currency(2);
            if (!currency)
                return currency.error();
            knownCurrency = currencies.insert(currencyCode, *currency);
        }
        engine.add({ query->text(1),
            { query->text(0), query->date(3), query->date(4), Money(query->int64(5), *knownCurrency),
                Money(query->int64(6), *knownCurrency), *knownTerms } });
        return success();
    });
}

} // namespace cc::storage
