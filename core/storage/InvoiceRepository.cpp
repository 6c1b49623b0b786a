// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceRepository.h"

#include "OpenAtDaySql.h"

namespace cc::storage {
namespace {

// Binds ?2 to ?9 and ?12 to ?17, which inserting and updating a document share.
void bindDocument(SqlStatement &statement, const Invoice &invoice)
{
    statement.bind(12, invoice.terms)
        .bind(13, invoice.taxRounding == TaxRounding::PerInvoice ? 1 : 0)
        .bind(14, invoice.customerReference)
        .bind(15, invoice.notes)
        .bindOrNull(16, invoice.draftId)
        .bindOrNull(17, invoice.series);
    statement.bind(2, invoice.customerId)
        .bind(3, invoice.kind == DocumentKind::CreditNote ? 1 : 0)
        .bind(4, invoice.invoiceDate)
        .bind(5, invoice.dueDate)
        .bind(6, invoice.total.currency().code())
        .bind(7, invoice.total.minorUnits())
        .bind(8, toString(invoice.status))
        .bindOrNull(9, invoice.correctsNumber);
}

// A stored status this version does not know means a damaged workspace.
Result<InvoiceStatus> statusAt(const SqlStatement &row, int column)
{
    if (auto status = invoiceStatusFromString(row.text(column)))
        return *status;
    return makeError(
        ErrorCode::CorruptWorkspace, QStringLiteral("unknown invoice status \"%1\"").arg(row.text(column)));
}

// The columns summaryAt() reads, for a query over invoices i joined with customers c.
QString summaryColumns()
{
    return QStringLiteral("i.id, i.number, i.customer_id, c.name, c.collector, i.kind, i.invoice_day, i.due_day, "
                          "i.currency, i.total_minor, %1, i.status")
        .arg(openAmountSql(QStringLiteral("i")));
}

Result<InvoiceSummary> summaryAt(const SqlStatement &row)
{
    auto currency = row.currency(8);
    if (!currency)
        return currency.error();
    auto status = statusAt(row, 11);
    if (!status)
        return status.error();
    InvoiceSummary summary;
    summary.id = row.int64(0);
    summary.number = row.text(1);
    summary.customerId = row.text(2);
    summary.customerName = row.text(3);
    summary.collector = row.text(4);
    summary.kind = row.int64(5) == 1 ? DocumentKind::CreditNote : DocumentKind::Invoice;
    summary.invoiceDate = row.date(6);
    summary.dueDate = row.date(7);
    summary.total = Money(row.int64(9), *currency);
    summary.open = Money(row.int64(10), *currency);
    summary.status = *status;
    return summary;
}

} // namespace

Result<qint64> InvoiceRepository::insert(const Invoice &invoice)
{
    auto statement = m_db.cached(QStringLiteral(
        "INSERT INTO invoices (number, customer_id, kind, invoice_day, due_day, currency, total_minor, status, "
        "corrects_number, settled_day, row_version, terms, tax_rounding, customer_reference, notes, draft_id, series) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)"));
    if (!statement)
        return statement.error();
    (*statement)->bind(1, invoice.number);
    bindDocument(**statement, invoice);
    (*statement)->bind(10, invoice.settledOn).bind(11, invoice.rowVersion);
    if (auto status = (*statement)->run(); !status) {
        if (status.error().code == ErrorCode::Duplicate)
            return makeError(
                ErrorCode::Duplicate, QStringLiteral("invoice number %1 exists already").arg(invoice.number));
        return status.error();
    }
    const qint64 id = m_db.lastInsertId();
    if (auto status = insertLines(id, invoice.lines); !status)
        return status.error();
    return id;
}

Status InvoiceRepository::insertLines(qint64 invoiceId, const QList<InvoiceLine> &lines)
{
    auto line = m_db.cached(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, line_no, item, description, quantity_milli, unit_price_minor, "
        "discount_bp, tax_bp) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"));
    if (!line)
        return line.error();
    for (int i = 0; i < lines.size(); ++i) {
        const InvoiceLine &l = lines[i];
        (*line)->reset();
        (*line)->bind(1, invoiceId).bind(2, i + 1).bind(3, l.item).bind(4, l.description);
        (*line)->bind(5, l.quantityMilli).bind(6, l.unitPrice.minorUnits()).bind(7, l.discountBp).bind(8, l.taxBp);
        if (auto status = (*line)->run(); !status)
            return status;
    }
    return success();
}

Result<qint64> InvoiceRepository::upsert(const Invoice &invoice)
{
    auto found = idForNumber(invoice.number);
    if (!found)
        return found.error();
    if (!*found)
        return insert(invoice);
    const qint64 id = **found;
    auto update = m_db.cached(QStringLiteral(
        "UPDATE invoices SET customer_id = ?2, kind = ?3, invoice_day = ?4, due_day = ?5, currency = ?6, "
        "total_minor = ?7, status = ?8, corrects_number = ?9, row_version = ?11, terms = ?12, tax_rounding = ?13, "
        "customer_reference = ?14, notes = ?15, draft_id = ?16, series = ?17 WHERE id = ?1"));
    if (!update)
        return update.error();
    (*update)->bind(1, id);
    bindDocument(**update, invoice);
    (*update)->bind(11, invoice.rowVersion);
    if (auto status = (*update)->run(); !status)
        return status.error();
    if (auto status = replaceLines(id, invoice.lines); !status)
        return status.error();
    return id;
}

Status InvoiceRepository::replaceLines(qint64 invoiceId, const QList<InvoiceLine> &lines)
{
    auto clear = m_db.cached(QStringLiteral("DELETE FROM invoice_lines WHERE invoice_id = ?1"));
    if (!clear)
        return clear.error();
    if (auto status = (*clear)->bind(1, invoiceId).run(); !status)
        return status;
    return insertLines(invoiceId, lines);
}

Result<std::optional<qint64>> InvoiceRepository::idForNumber(const QString &number)
{
    auto query = m_db.cached(QStringLiteral("SELECT id FROM invoices WHERE number = ?1"));
    if (!query)
        return query.error();
    auto row = (*query)->bind(1, number).next();
    if (!row)
        return row.error();
    const std::optional<qint64> id = *row ? std::optional<qint64>((*query)->int64(0)) : std::nullopt;
    (*query)->reset();
    return id;
}

Result<std::optional<InvoiceSummary>> InvoiceRepository::summaryByNumber(const QString &number)
{
    auto query = m_db.cached(
        QStringLiteral("SELECT %1 FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.number = ?1")
            .arg(summaryColumns()));
    if (!query)
        return query.error();
    auto row = (*query)->bind(1, number).next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<InvoiceSummary>();
    auto summary = summaryAt(**query);
    // Release the read now rather than at the next lookup.
    (*query)->reset();
    if (!summary)
        return summary.error();
    return std::optional<InvoiceSummary>(*summary);
}

Result<std::optional<Invoice>> InvoiceRepository::findByNumber(const QString &number)
{
    return find(QStringLiteral("number = ?1"), [&](SqlStatement &query) { query.bind(1, number); });
}

Result<std::optional<Invoice>> InvoiceRepository::findById(qint64 id)
{
    return find(QStringLiteral("id = ?1"), [&](SqlStatement &query) { query.bind(1, id); });
}

Result<std::optional<Invoice>> InvoiceRepository::find(
    const QString &condition, const std::function<void(SqlStatement &)> &bindKey)
{
    auto query = m_db.prepare(QStringLiteral(
        "SELECT id, number, customer_id, kind, invoice_day, due_day, currency, total_minor, status, corrects_number, "
        "terms, tax_rounding, customer_reference, notes, draft_id, series, row_version, settled_day "
        "FROM invoices WHERE %1")
                                  .arg(condition));
    if (!query)
        return query.error();
    bindKey(*query);
    auto row = query->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Invoice>();
    auto currency = query->currency(6);
    if (!currency)
        return currency.error();
    Invoice invoice;
    invoice.id = query->int64(0);
    invoice.number = query->text(1);
    invoice.customerId = query->text(2);
    invoice.kind = query->int64(3) == 1 ? DocumentKind::CreditNote : DocumentKind::Invoice;
    invoice.invoiceDate = query->date(4);
    invoice.dueDate = query->date(5);
    invoice.total = Money(query->int64(7), *currency);
    auto status = statusAt(*query, 8);
    if (!status)
        return status.error();
    invoice.status = *status;
    invoice.correctsNumber = query->text(9);
    invoice.terms = query->text(10);
    invoice.taxRounding = query->int64(11) == 1 ? TaxRounding::PerInvoice : TaxRounding::PerLine;
    invoice.customerReference = query->text(12);
    invoice.notes = query->text(13);
    invoice.draftId = query->text(14);
    invoice.series = query->text(15);
    invoice.rowVersion = query->int64(16);
    invoice.settledOn = query->date(17);

    auto lines = m_db.prepare(QStringLiteral(
        "SELECT item, description, quantity_milli, unit_price_minor, discount_bp, tax_bp FROM invoice_lines "
        "WHERE invoice_id = ?1 ORDER BY line_no"));
    if (!lines)
        return lines.error();
    lines->bind(1, invoice.id);
    if (auto status = lines->forEachRow([&]() -> Status {
            invoice.lines.append({ lines->text(0), lines->text(1), lines->int64(2), Money(lines->int64(3), *currency),
                int(lines->int64(4)), int(lines->int64(5)) });
            return success();
        });
        !status)
        return status.error();
    return std::optional<Invoice>(invoice);
}

Status InvoiceRepository::markIssued(qint64 id, const QString &number, const QString &series, qint64 rowVersion)
{
    auto statement = m_db.prepare(QStringLiteral("UPDATE invoices SET number = ?2, series = ?3, row_version = ?4, "
                                                 "status = 'open' WHERE id = ?1 AND status = 'draft'"));
    if (!statement)
        return statement.error();
    if (auto status = statement->bind(1, id).bind(2, number).bind(3, series).bind(4, rowVersion).run(); !status) {
        if (status.error().code == ErrorCode::Duplicate)
            return makeError(ErrorCode::Duplicate, QStringLiteral("number %1 is taken already").arg(number));
        return status;
    }
    if (m_db.changes() != 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("document %1 is no longer a draft").arg(id));
    return success();
}

Status InvoiceRepository::dropDraft(const QString &draftId)
{
    auto statement = m_db.cached(QStringLiteral("DELETE FROM invoices WHERE draft_id = ?1 AND status = 'draft'"));
    if (!statement)
        return statement.error();
    return (*statement)->bind(1, draftId).run();
}

Result<qint64> InvoiceRepository::creditedMinor(const QString &invoiceNumber)
{
    auto query
        = m_db.prepare(QStringLiteral("SELECT COALESCE(-SUM(total_minor), 0) FROM invoices WHERE "
                                      "corrects_number = ?1 AND kind = 1 AND status NOT IN ('draft', 'cancelled')"));
    if (!query)
        return query.error();
    auto row = query->bind(1, invoiceNumber).next();
    if (!row)
        return row.error();
    return query->int64(0);
}

QString InvoiceRepository::whereClause(const InvoiceFilter &filter)
{
    QStringList conditions { QStringLiteral("1") };
    if (filter.state == InvoiceFilter::State::Open || filter.overdueOnly)
        conditions << QStringLiteral("i.settled_day IS NULL AND i.status NOT IN ('draft', 'cancelled')");
    if (filter.state == InvoiceFilter::State::Settled)
        conditions << QStringLiteral("i.settled_day IS NOT NULL");
    if (filter.overdueOnly)
        conditions << QStringLiteral("i.kind = 0 AND i.due_day < :today");
    if (!filter.currency.isEmpty())
        conditions << QStringLiteral("i.currency = :currency");
    if (!filter.collector.isEmpty())
        conditions << QStringLiteral("c.collector = :collector");
    if (!filter.customerId.isEmpty())
        conditions << QStringLiteral("i.customer_id = :customer");
    if (!filter.numberPrefix.isEmpty())
        conditions << QStringLiteral("i.number LIKE :number ESCAPE '\\'");
    return conditions.join(QStringLiteral(" AND "));
}

void InvoiceRepository::bindFilter(SqlStatement &statement, const InvoiceFilter &filter)
{
    if (filter.overdueOnly)
        statement.bind(":today", filter.today);
    if (!filter.currency.isEmpty())
        statement.bind(":currency", filter.currency);
    if (!filter.collector.isEmpty())
        statement.bind(":collector", filter.collector);
    if (!filter.customerId.isEmpty())
        statement.bind(":customer", filter.customerId);
    if (!filter.numberPrefix.isEmpty()) {
        QString escaped = filter.numberPrefix;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        statement.bind(":number", escaped + QLatin1Char('%'));
    }
}

Result<QList<InvoiceSummary>> InvoiceRepository::list(const InvoiceFilter &filter, int limit, int offset)
{
    auto query
        = m_db.prepare(QStringLiteral("SELECT %1 FROM invoices i JOIN customers c ON c.id = i.customer_id "
                                      "WHERE %2 ORDER BY i.invoice_day DESC, i.id DESC LIMIT :limit OFFSET :offset")
                           .arg(summaryColumns(), whereClause(filter)));
    if (!query)
        return query.error();
    bindFilter(*query, filter);
    query->bind(":limit", qint64(limit)).bind(":offset", qint64(offset));
    QList<InvoiceSummary> rows;
    if (auto status = query->forEachRow([&]() -> Status {
            auto summary = summaryAt(*query);
            if (!summary)
                return summary.error();
            rows.append(*summary);
            return success();
        });
        !status)
        return status.error();
    return rows;
}

Result<QList<InvoiceSummary>> InvoiceRepository::listAll(const InvoiceFilter &filter)
{
    QList<InvoiceSummary> all;
    constexpr int kPage = 5000;
    for (int offset = 0;; offset += kPage) {
        auto page = list(filter, kPage, offset);
        if (!page)
            return page.error();
        all << *page;
        if (page->size() < kPage)
            return all;
    }
}

Result<QStringList> InvoiceRepository::numbers(const InvoiceFilter &filter)
{
    auto all = listAll(filter);
    if (!all)
        return all.error();
    QStringList numbers;
    numbers.reserve(all->size());
    for (const InvoiceSummary &summary : std::as_const(*all))
        numbers << summary.number;
    return numbers;
}

Result<qint64> InvoiceRepository::count(const InvoiceFilter &filter)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT count(*) FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE %1")
            .arg(whereClause(filter)));
    if (!query)
        return query.error();
    bindFilter(*query, filter);
    auto row = query->next();
    if (!row)
        return row.error();
    return query->int64(0);
}

Status InvoiceRepository::refreshSettlement(qint64 invoiceId)
{
    // A document is settled on the day its last allocation brings the open amount to zero.
    // Cached: imports and allocation dialogs refresh document after document.
    auto update
        = m_db.cached(QStringLiteral(R"sql(
UPDATE invoices SET
    settled_day = CASE WHEN %1 = 0 AND total_minor <> 0 THEN
        (SELECT MAX(a.alloc_day) FROM allocations a WHERE a.invoice_id = invoices.id OR a.credit_note_id = invoices.id) END,
    status = CASE
        WHEN status IN ('draft', 'cancelled') THEN status
        WHEN %1 = 0 AND total_minor <> 0 THEN 'paid'
        WHEN %1 <> total_minor THEN 'partially_paid'
        ELSE 'open' END
%2
)sql")
                          .arg(openAmountSql(QStringLiteral("invoices")),
                              // Two statements, not "?1 = 0 OR id = ?1": that OR keeps SQLite from using the key.
                              invoiceId == 0 ? QString() : QStringLiteral("WHERE id = ?1")));
    if (!update)
        return update.error();
    if (invoiceId != 0)
        (*update)->bind(1, invoiceId);
    return (*update)->run();
}

Result<Money> InvoiceRepository::openAmount(qint64 invoiceId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT i.currency, %1 FROM invoices i WHERE i.id = ?1")
                                  .arg(openAmountSql(QStringLiteral("i"))));
    if (!query)
        return query.error();
    auto row = query->bind(1, invoiceId).next();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QStringLiteral("no document with id %1").arg(invoiceId));
    auto currency = query->currency(0);
    if (!currency)
        return currency.error();
    return Money(query->int64(1), *currency);
}

Result<QList<PaymentAllocator::OpenItem>> InvoiceRepository::payableItems(
    const QString &customerId, const Currency &currency)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT number, invoice_day, due_day, total_minor, open_minor, terms FROM ("
                       "SELECT i.number, i.invoice_day, i.due_day, i.total_minor, %1 AS open_minor, "
                       "CASE WHEN i.terms <> '' THEN i.terms ELSE c.terms END AS terms "
                       "FROM invoices i JOIN customers c ON c.id = i.customer_id WHERE i.customer_id = ?1 "
                       "AND i.currency = ?2 AND i.kind = 0 AND i.settled_day IS NULL "
                       "AND i.status NOT IN ('draft', 'cancelled')) WHERE open_minor > 0 ORDER BY due_day, number")
            .arg(openAmountSql(QStringLiteral("i"))));
    if (!query)
        return query.error();
    query->bind(1, customerId).bind(2, currency.code());
    QList<PaymentAllocator::OpenItem> items;
    if (auto status = query->forEachRow([&]() -> Status {
            auto terms = PaymentTerms::parse(query->text(5));
            if (!terms)
                return makeError(ErrorCode::InvalidInput,
                    QStringLiteral("invoice %1 has terms \"%2\" that do not parse: %3")
                        .arg(query->text(0), query->text(5), terms.error().detail));
            items.append({ query->text(0), query->date(1), query->date(2), Money(query->int64(3), currency),
                Money(query->int64(4), currency), *terms });
            return success();
        });
        !status)
        return status.error();
    return items;
}

} // namespace cc::storage
