// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullSync.h"

#include "server/ServerMigrations.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>

namespace cc::sync {
namespace {

const QString kWatermarkKey = QStringLiteral("sync.watermark");
constexpr int kBatch = 5000;

// Rows that changed: written by a transaction at or after the watermark.
const QString kChanged = QStringLiteral("changed_xid >= $1::xid8");

Result<Currency> currencyOf(const QString &code)
{
    auto currency = Currency::fromCode(code);
    if (!currency)
        return makeError(ErrorCode::ServerSchemaUnknown, currency.error().detail);
    return currency;
}

QDate dateOf(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

Result<PullReport> PullSync::run(services::JobControl &control)
{
    m_control = &control;
    if (auto status = server::ServerMigrations::checkCompatible(m_server); !status)
        return status.error();

    storage::SettingsRepository settings(m_local);
    auto watermark = settings.value(kWatermarkKey);
    if (!watermark)
        return watermark.error();
    const bool initial = !watermark->has_value();
    const QString since = initial ? QStringLiteral("0") : **watermark;
    auto documents = m_local.scalar(QStringLiteral("SELECT count(*) FROM invoices"));
    if (!documents)
        return documents.error();
    m_fresh = initial && *documents == 0;
    m_documentIds.clear();

    // One snapshot for the whole pull; its xmin is the next watermark.
    if (auto status = m_server.execute(
            QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET LOCAL DateStyle = ISO"));
        !status)
        return status.error();
    auto closeServer = qScopeGuard([this] { (void)m_server.execute(QStringLiteral("ROLLBACK")); });
    auto snapshot = m_server.exec(QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text"));
    if (!snapshot)
        return snapshot.error();
    const QString next = snapshot->text(0, 0);

    PullReport report;
    QStringList touchedInvoices;
    QStringList touchedPayments;
    storage::BulkLoad bulk(m_local);
    if (auto status = bulk.begin(); !status)
        return status.error();
    storage::Transaction transaction(m_local);
    if (auto status = transaction.begin(); !status)
        return status.error();
    if (auto status = pullCustomers(since, report); !status)
        return status.error();
    if (auto status = pullInvoices(since, report, touchedInvoices); !status)
        return status.error();
    if (auto status = pullPayments(since, report, touchedPayments); !status)
        return status.error();
    if (auto status = pullAllocations(since, report, touchedInvoices, touchedPayments); !status)
        return status.error();
    if (auto status = refresh(initial, touchedInvoices, touchedPayments); !status)
        return status.error();
    if (auto status = settings.setValue(kWatermarkKey, next); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

Status PullSync::forEachServerRow(const QString &sql, const QStringList &parameters,
    const std::function<Status(const server::PgResult &, int)> &onRow)
{
    // A cursor streams large tables in batches instead of holding them whole in memory.
    auto declared = m_server.exec(QStringLiteral("DECLARE pull NO SCROLL CURSOR FOR ") + sql, parameters);
    if (!declared)
        return declared.error();
    while (true) {
        if (m_control->isCanceled()) {
            (void)m_server.execute(QStringLiteral("CLOSE pull"));
            return makeError(ErrorCode::Cancelled, tr("the sync was cancelled; nothing was changed"));
        }
        auto batch = m_server.exec(QStringLiteral("FETCH FORWARD %1 FROM pull").arg(kBatch));
        if (!batch)
            return batch.error();
        for (int row = 0; row < batch->rowCount(); ++row) {
            if (auto status = onRow(*batch, row); !status)
                return status;
        }
        if (batch->rowCount() < kBatch)
            break;
    }
    return m_server.execute(QStringLiteral("CLOSE pull"));
}

Status PullSync::pullCustomers(const QString &since, PullReport &report)
{
    // A changed contact brings its whole customer, contacts included: they are saved together.
    const QString changed = QStringLiteral("SELECT id FROM customers WHERE %1 "
                                           "UNION SELECT customer_id FROM contacts WHERE %1")
                                .arg(kChanged);
    QHash<QString, Customer> customers;
    QStringList order;
    Status read = forEachServerRow(
        QStringLiteral("SELECT id, name, COALESCE(parent_id, ''), currency, credit_limit_minor, terms, risk_class, "
                       "collector, segment, language FROM customers WHERE id IN (%1) "
                       "ORDER BY parent_id IS NOT NULL, id")
            .arg(changed),
        { since }, [&](const server::PgResult &rows, int row) -> Status {
            auto currency = currencyOf(rows.text(row, 3));
            if (!currency)
                return currency.error();
            auto terms = PaymentTerms::parse(rows.text(row, 5));
            if (!terms)
                return makeError(ErrorCode::ServerSchemaUnknown, terms.error().detail);
            Customer c;
            c.id = rows.text(row, 0);
            c.name = rows.text(row, 1);
            c.parentId = rows.text(row, 2);
            c.currency = *currency;
            c.creditLimit = Money(rows.int64(row, 4), *currency);
            c.terms = *terms;
            c.riskClass = rows.text(row, 6);
            c.collector = rows.text(row, 7);
            c.segment = rows.text(row, 8);
            c.language = rows.text(row, 9);
            order << c.id;
            customers.insert(c.id, c);
            return success();
        });
    if (!read)
        return read;
    read = forEachServerRow(QStringLiteral("SELECT customer_id, name, role, email, phone FROM contacts "
                                           "WHERE customer_id IN (%1) ORDER BY customer_id, id")
                                .arg(changed),
        { since }, [&](const server::PgResult &rows, int row) -> Status {
            auto it = customers.find(rows.text(row, 0));
            if (it != customers.end())
                it->contacts.append({ rows.text(row, 1), rows.text(row, 2), rows.text(row, 3), rows.text(row, 4) });
            return success();
        });
    if (!read)
        return read;
    storage::CustomerRepository repository(m_local);
    for (const QString &id : std::as_const(order)) {
        // A parent the user may not see stays out; the account itself is still shown.
        Customer c = customers.value(id);
        if (!c.parentId.isEmpty() && !customers.contains(c.parentId)) {
            auto parent = repository.find(c.parentId);
            if (!parent)
                return parent.error();
            if (!*parent)
                c.parentId.clear();
        }
        if (auto status = repository.save(c); !status)
            return status;
        ++report.customers;
    }
    return success();
}

Status PullSync::pullInvoices(const QString &since, PullReport &report, QStringList &touched)
{
    const QString changed = QStringLiteral("SELECT number FROM invoices WHERE %1 "
                                           "UNION SELECT invoice_number FROM invoice_lines WHERE %1")
                                .arg(kChanged);
    storage::InvoiceRepository invoices(m_local);
    QHash<QString, Currency> currencies;
    Status read = forEachServerRow(
        QStringLiteral("SELECT number, customer_id, kind, invoice_date, due_date, currency, total_minor, status, "
                       "COALESCE(corrects_number, '') FROM invoices WHERE number IN (%1) ORDER BY number")
            .arg(changed),
        { since }, [&](const server::PgResult &rows, int row) -> Status {
            auto currency = currencyOf(rows.text(row, 5));
            if (!currency)
                return currency.error();
            auto status = invoiceStatusFromString(rows.text(row, 7));
            if (!status)
                return makeError(ErrorCode::ServerSchemaUnknown,
                    tr("the server has an invoice status this version does not know: %1").arg(rows.text(row, 7)));
            Invoice invoice;
            invoice.number = rows.text(row, 0);
            invoice.customerId = rows.text(row, 1);
            invoice.kind = rows.int64(row, 2) == 1 ? DocumentKind::CreditNote : DocumentKind::Invoice;
            invoice.invoiceDate = dateOf(rows.text(row, 3));
            invoice.dueDate = dateOf(rows.text(row, 4));
            invoice.total = Money(rows.int64(row, 6), *currency);
            invoice.status = *status;
            invoice.correctsNumber = rows.text(row, 8);
            auto id = m_fresh ? invoices.insert(invoice) : invoices.upsert(invoice);
            if (!id)
                return id.error();
            m_documentIds.insert(invoice.number, *id);
            currencies.insert(invoice.number, *currency);
            touched << invoice.number;
            ++report.invoices;
            return success();
        });
    if (!read)
        return read;

    // Lines come sorted by document, so each document's lines are written together.
    QString current;
    QList<InvoiceLine> lines;
    const auto flush = [&]() -> Status {
        if (current.isEmpty())
            return success();
        Status written = invoices.replaceLines(m_documentIds.value(current), lines);
        lines.clear();
        return written;
    };
    read = forEachServerRow(
        QStringLiteral("SELECT invoice_number, item, description, quantity_milli, unit_price_minor, discount_bp, "
                       "tax_bp FROM invoice_lines WHERE invoice_number IN (%1) ORDER BY invoice_number, line_no")
            .arg(changed),
        { since }, [&](const server::PgResult &rows, int row) -> Status {
            const QString number = rows.text(row, 0);
            if (number != current) {
                if (auto status = flush(); !status)
                    return status;
                current = number;
            }
            lines.append({ rows.text(row, 1), rows.text(row, 2), rows.int64(row, 3),
                Money(rows.int64(row, 4), currencies.value(number)), int(rows.int64(row, 5)),
                int(rows.int64(row, 6)) });
            return success();
        });
    if (!read)
        return read;
    return flush();
}

Status PullSync::pullPayments(const QString &since, PullReport &report, QStringList &touched)
{
    storage::PaymentRepository payments(m_local);
    return forEachServerRow(
        QStringLiteral("SELECT id, customer_id, payment_date, currency, amount_minor, method, reference "
                       "FROM payments WHERE %1 ORDER BY id")
            .arg(kChanged),
        { since }, [&](const server::PgResult &rows, int row) -> Status {
            auto currency = currencyOf(rows.text(row, 3));
            if (!currency)
                return currency.error();
            const Payment payment { rows.text(row, 0), rows.text(row, 1), dateOf(rows.text(row, 2)),
                Money(rows.int64(row, 4), *currency), rows.text(row, 5), rows.text(row, 6), QDate() };
            if (auto status = m_fresh ? payments.insert(payment) : payments.upsert(payment); !status)
                return status;
            touched << payment.id;
            ++report.payments;
            return success();
        });
}

Status PullSync::pullAllocations(
    const QString &since, PullReport &report, QStringList &touchedInvoices, QStringList &touchedPayments)
{
    storage::PaymentRepository payments(m_local);
    return forEachServerRow(
        QStringLiteral("SELECT a.id, a.invoice_number, COALESCE(a.payment_id, ''), COALESCE(a.credit_note_number, ''), "
                       "a.amount_minor, a.alloc_date, i.currency FROM allocations a "
                       "JOIN invoices i ON i.number = a.invoice_number WHERE a.%1 ORDER BY a.id")
            .arg(kChanged),
        { since }, [&](const server::PgResult &rows, int row) -> Status {
            auto currency = currencyOf(rows.text(row, 6));
            if (!currency)
                return currency.error();
            Allocation allocation;
            allocation.invoiceNumber = rows.text(row, 1);
            allocation.paymentId = rows.text(row, 2);
            allocation.creditNoteNumber = rows.text(row, 3);
            allocation.amount = Money(rows.int64(row, 4), *currency);
            allocation.date = dateOf(rows.text(row, 5));
            if (m_fresh) {
                // Every document of a first pull came in before its allocations.
                const std::optional<qint64> creditNote = allocation.creditNoteNumber.isEmpty()
                    ? std::nullopt
                    : std::optional<qint64>(m_documentIds.value(allocation.creditNoteNumber));
                if (auto status = payments.putAllocation(
                        rows.text(row, 0), m_documentIds.value(allocation.invoiceNumber), creditNote, allocation, true);
                    !status)
                    return status;
            } else if (auto applied = payments.upsertAllocation(rows.text(row, 0), allocation); !applied) {
                return applied.error();
            }
            touchedInvoices << allocation.invoiceNumber;
            if (!allocation.creditNoteNumber.isEmpty())
                touchedInvoices << allocation.creditNoteNumber;
            if (!allocation.paymentId.isEmpty())
                touchedPayments << allocation.paymentId;
            ++report.allocations;
            return success();
        });
}

Status PullSync::refresh(bool everything, const QStringList &invoices, const QStringList &payments)
{
    storage::InvoiceRepository invoiceRepository(m_local);
    storage::PaymentRepository paymentRepository(m_local);
    // The first pull recomputes every settlement at once; later pulls only what they touched.
    if (everything) {
        if (auto status = invoiceRepository.refreshSettlement(); !status)
            return status;
        return paymentRepository.refreshApplication();
    }
    for (const QString &number : QSet<QString>(invoices.cbegin(), invoices.cend())) {
        auto id = invoiceRepository.idForNumber(number);
        if (!id)
            return id.error();
        if (*id) {
            if (auto status = invoiceRepository.refreshSettlement(**id); !status)
                return status;
        }
    }
    for (const QString &id : QSet<QString>(payments.cbegin(), payments.cend())) {
        if (auto status = paymentRepository.refreshApplication(id); !status)
            return status;
    }
    return success();
}

} // namespace cc::sync
