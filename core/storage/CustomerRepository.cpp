// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerRepository.h"
#include "CreditRequestRepository.h"
#include "PaymentRepository.h"

#include <QHash>

namespace cc::storage {

QString CustomerRepository::searchKey(const QString &name, const QString &id)
{
    // Letters with a stroke or ligatures have no decomposition; spell them as a user types them.
    static const QHash<QChar, QString> spelled = {
        { QChar(0x0142), QStringLiteral("l") },
        { QChar(0x00F8), QStringLiteral("o") },
        { QChar(0x0111), QStringLiteral("d") },
        { QChar(0x0127), QStringLiteral("h") },
        { QChar(0x0131), QStringLiteral("i") },
        { QChar(0x00DF), QStringLiteral("ss") },
        { QChar(0x00E6), QStringLiteral("ae") },
        { QChar(0x0153), QStringLiteral("oe") },
        { QChar(0x00FE), QStringLiteral("th") },
        { QChar(0x00F0), QStringLiteral("d") },
    };
    const QString decomposed = (name + QLatin1Char(' ') + id).normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        const QChar lower = c.toCaseFolded();
        if (lower.unicode() < 0x80)
            folded.append(lower);
        else
            folded.append(spelled.value(lower, QString(lower)));
    }
    return folded;
}

Status CustomerRepository::save(const Customer &customer)
{
    // Updated in place, inserted when new: REPLACE would delete a customer that invoices
    // reference, and SQLite 3.15 has no ON CONFLICT DO UPDATE.
    auto update = m_db.cached(QStringLiteral(
        "UPDATE customers SET name = ?2, parent_id = ?3, currency = ?4, credit_limit_minor = ?5, terms = ?6, "
        "risk_class = ?7, collector = ?8, segment = ?9, language = ?10, search_key = ?11, row_version = ?12, "
        "billing_address = ?13, vat_id = ?14 WHERE id = ?1"));
    if (!update)
        return update.error();
    auto insert = m_db.cached(QStringLiteral(
        "INSERT INTO customers (id, name, parent_id, currency, credit_limit_minor, terms, risk_class, "
        "collector, segment, language, search_key, row_version, billing_address, vat_id) VALUES (?1, ?2, ?3, ?4, ?5, "
        "?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"));
    if (!insert)
        return insert.error();
    const QString key = searchKey(customer.name, customer.id);
    for (SqlStatement *statement : { *update, *insert }) {
        statement->bind(1, customer.id)
            .bind(2, customer.name)
            .bindOrNull(3, customer.parentId)
            .bind(4, customer.currency.code())
            .bind(5, customer.creditLimit.minorUnits())
            .bind(6, customer.terms.code())
            .bind(7, customer.riskClass.isEmpty() ? QStringLiteral("B") : customer.riskClass)
            .bind(8, customer.collector)
            .bind(9, customer.segment)
            .bind(10, customer.language)
            .bind(11, key)
            .bind(12, customer.rowVersion)
            .bind(13, customer.billingAddress)
            .bind(14, customer.vatId);
        if (auto status = statement->run(); !status)
            return status;
        if (m_db.changes() > 0)
            break;
    }

    auto clear = m_db.cached(QStringLiteral("DELETE FROM contacts WHERE customer_id = ?1"));
    if (!clear)
        return clear.error();
    if (auto status = (*clear)->bind(1, customer.id).run(); !status)
        return status;
    auto insertContact = m_db.cached(
        QStringLiteral("INSERT INTO contacts (customer_id, name, role, email, phone) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!insertContact)
        return insertContact.error();
    for (const Contact &contact : customer.contacts) {
        (*insertContact)->reset();
        (*insertContact)
            ->bind(1, customer.id)
            .bind(2, contact.name)
            .bind(3, contact.role)
            .bind(4, contact.email)
            .bind(5, contact.phone);
        if (auto status = (*insertContact)->run(); !status)
            return status;
    }
    return success();
}

Result<QList<std::pair<QString, QString>>> CustomerRepository::lookup(const QString &text, int limit)
{
    // The text is matched literally: % and _ typed by the user are no wildcards.
    QString pattern = searchKey(text, QString()).trimmed();
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    auto query = m_db.prepare(QStringLiteral(
        "SELECT id, name FROM customers WHERE search_key LIKE ?1 ESCAPE '\\' ORDER BY search_key LIMIT ?2"));
    if (!query)
        return query.error();
    query->bind(1, QLatin1Char('%') + pattern + QLatin1Char('%')).bind(2, qint64(limit));
    QList<std::pair<QString, QString>> found;
    if (auto status = query->forEachRow([&]() -> Status {
            found.append({ query->text(0), query->text(1) });
            return success();
        });
        !status)
        return status.error();
    return found;
}

Result<std::optional<Customer>> CustomerRepository::find(const QString &id)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT id, name, parent_id, currency, credit_limit_minor, terms, risk_class, collector, segment, language, "
        "billing_address, vat_id FROM customers WHERE id = ?1"));
    if (!query)
        return query.error();
    query->bind(1, id);
    auto row = query->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Customer>();
    Customer customer;
    customer.id = query->text(0);
    customer.name = query->text(1);
    customer.parentId = query->text(2);
    auto currency = query->currency(3);
    if (!currency)
        return currency.error();
    customer.currency = *currency;
    customer.creditLimit = Money(query->int64(4), customer.currency);
    auto terms = PaymentTerms::parse(query->text(5));
    if (!terms)
        return makeError(ErrorCode::CorruptWorkspace,
            QStringLiteral("customer %1 has unreadable payment terms: %2").arg(customer.id, terms.error().detail));
    customer.terms = *terms;
    customer.riskClass = query->text(6);
    customer.collector = query->text(7);
    customer.segment = query->text(8);
    customer.language = query->text(9);
    customer.billingAddress = query->text(10);
    customer.vatId = query->text(11);

    auto contacts = m_db.prepare(
        QStringLiteral("SELECT name, role, email, phone FROM contacts WHERE customer_id = ?1 ORDER BY id"));
    if (!contacts)
        return contacts.error();
    contacts->bind(1, id);
    if (auto status = contacts->forEachRow([&]() -> Status {
            customer.contacts.append({ contacts->text(0), contacts->text(1), contacts->text(2), contacts->text(3) });
            return success();
        });
        !status)
        return status.error();
    return std::optional<Customer>(customer);
}

Result<qint64> CustomerRepository::count()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM customers"));
}

Result<QList<CustomerSummary>> CustomerRepository::summaries(const QDate &today)
{
    // Balances are in the customer's billing currency (other currencies show in aging).
    // They come from open documents only (settled_day IS NULL, a partial index) and
    // unapplied cash, so the list stays fast however much history the workspace holds.
    auto query = m_db.prepare(QStringLiteral(R"sql(
WITH open_docs AS (
    SELECT i.customer_id, i.currency, i.due_day,
           i.total_minor
           - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.invoice_id = i.id), 0)
           + COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.credit_note_id = i.id), 0) AS open_minor
    FROM invoices i WHERE i.settled_day IS NULL AND i.status NOT IN ('draft', 'cancelled')
),
doc_totals AS (
    SELECT customer_id, currency, SUM(open_minor) AS open_minor,
           SUM(CASE WHEN due_day < ?1 AND open_minor > 0 THEN open_minor ELSE 0 END) AS overdue_minor,
           SUM(CASE WHEN open_minor > 0 THEN 1 ELSE 0 END) AS open_count
    FROM open_docs GROUP BY customer_id, currency
),
in_force AS (%2),
unapplied AS (
    SELECT p.customer_id, p.currency,
           SUM(%1) AS minor
    FROM payments p WHERE p.applied_day IS NULL GROUP BY p.customer_id, p.currency
)
SELECT c.id, c.name, c.parent_id, c.collector, c.risk_class, c.segment, c.currency,
       COALESCE(f.limit_minor, c.credit_limit_minor),
       COALESCE(d.open_minor, 0) - COALESCE(u.minor, 0), COALESCE(d.overdue_minor, 0), COALESCE(d.open_count, 0),
       c.search_key
FROM customers c
LEFT JOIN doc_totals d ON d.customer_id = c.id AND d.currency = c.currency
LEFT JOIN unapplied u ON u.customer_id = c.id AND u.currency = c.currency
LEFT JOIN in_force f ON f.customer_id = c.id
ORDER BY c.search_key
)sql")
                                  .arg(PaymentRepository::unappliedSql(QString()),
                                      // the limit in force today, temporary limits included
                                      CreditRequestRepository::limitsInForceSql(QStringLiteral("?1"))));
    if (!query)
        return query.error();
    query->bind(1, today);
    QList<CustomerSummary> rows;
    if (auto status = query->forEachRow([&]() -> Status {
            auto it = query->currency(6);
            if (!it)
                return it.error();
            CustomerSummary row;
            row.id = query->text(0);
            row.name = query->text(1);
            row.parentId = query->text(2);
            row.collector = query->text(3);
            row.riskClass = query->text(4);
            row.segment = query->text(5);
            row.creditLimit = Money(query->int64(7), *it);
            row.openBalance = Money(query->int64(8), *it);
            row.overdue = Money(query->int64(9), *it);
            row.openInvoices = int(query->int64(10));
            row.searchKey = query->text(11);
            rows.append(row);
            return success();
        });
        !status)
        return status.error();
    return rows;
}

Result<QStringList> CustomerRepository::currencies()
{
    // One index seek per currency instead of a DISTINCT over every customer.
    auto query = m_db.prepare(
        QStringLiteral("WITH RECURSIVE used(code) AS (SELECT MIN(currency) FROM customers "
                       "UNION ALL SELECT (SELECT MIN(currency) FROM customers WHERE currency > used.code) FROM used "
                       "WHERE used.code IS NOT NULL) "
                       "SELECT code FROM used WHERE code IS NOT NULL"));
    if (!query)
        return query.error();
    QStringList codes;
    if (auto status = query->forEachRow([&]() -> Status {
            codes.append(query->text(0));
            return success();
        });
        !status)
        return status.error();
    return codes;
}

Result<QStringList> CustomerRepository::collectors()
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT DISTINCT collector FROM customers WHERE collector <> '' ORDER BY collector"));
    if (!query)
        return query.error();
    QStringList names;
    if (auto status = query->forEachRow([&]() -> Status {
            names.append(query->text(0));
            return success();
        });
        !status)
        return status.error();
    return names;
}

} // namespace cc::storage
