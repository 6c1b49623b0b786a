// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullSync.h"

#include "server/ServerMigrations.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "LocalRows.h"
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
    auto requested = refetchRequests();
    if (!requested)
        return requested.error();
    const PullScope scope(watermark->value_or(QString()), requested->value(QStringLiteral("customers")),
        requested->value(QStringLiteral("invoices")), requested->value(QStringLiteral("payments")),
        requested->value(QStringLiteral("allocations")));
    auto documents = m_local.scalar(QStringLiteral("SELECT count(*) FROM invoices"));
    if (!documents)
        return documents.error();
    m_fresh = scope.isInitial() && *documents == 0;
    m_documentIds.clear();
    m_pulled.clear();

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
    m_done = 0;
    m_total = 0;
    if (scope.isInitial()) {
        // Progress of a first pull, which may take minutes: counted in the same snapshot.
        auto total = m_server.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM contacts) + (SELECT count(*) FROM invoices) "
            "+ (SELECT count(*) FROM invoice_lines) + (SELECT count(*) FROM payments) + (SELECT count(*) FROM allocations)"));
        if (!total)
            return total.error();
        m_total = total->int64(0, 0);
        control.setProgress(0, m_total);
    }

    PullReport report;
    // Only a first pull writes enough to be worth the switch of journal and cache; later pulls
    // are small and frequent.
    storage::BulkLoad bulk(m_local);
    if (scope.isInitial()) {
        if (auto status = bulk.begin(); !status)
            return status.error();
    }
    storage::Transaction transaction(m_local);
    if (auto status = transaction.begin(); !status)
        return status.error();
    if (!scope.isInitial()) {
        if (auto status = applyEvents(scope, report); !status)
            return status.error();
    }
    if (auto status = pullCustomers(scope, report); !status)
        return status.error();
    if (auto status = pullInvoices(scope, report); !status)
        return status.error();
    if (auto status = pullPayments(scope, report); !status)
        return status.error();
    if (auto status = pullAllocations(scope, report); !status)
        return status.error();
    if (auto status = dropMissing(*requested, report); !status)
        return status.error();
    // Most wake-ups bring nothing this user may see (another portfolio changed): keeping the
    // old watermark is safe, and writing nothing spares the disk a synchronous commit.
    if (!scope.isInitial() && requested->isEmpty()
        && report.customers + report.invoices + report.payments + report.allocations + report.removed == 0)
        return report;
    if (auto status = refresh(scope.isInitial()); !status)
        return status.error();
    if (auto status = m_local.execute(QStringLiteral("DELETE FROM sync_refetch")); !status)
        return status.error();
    if (auto status = settings.setValue(kWatermarkKey, next); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

Result<QHash<QString, QStringList>> PullSync::refetchRequests()
{
    auto query = m_local.prepare(QStringLiteral("SELECT table_name, row_key FROM sync_refetch"));
    if (!query)
        return query.error();
    QHash<QString, QStringList> requested;
    if (auto status = query->forEachRow([&]() -> Status {
            requested[query->text(0)] << query->text(1);
            return success();
        });
        !status)
        return status.error();
    return requested;
}

Status PullSync::applyEvents(const PullScope &scope, PullReport &report)
{
    // The last event for a row decides: a customer revoked and granted back stays.
    QHash<QPair<QString, QString>, QString> last;
    QList<QPair<QString, QString>> order;
    Status read = forEachServerRow(scope.events(), [&](const server::PgResult &rows, int row) -> Status {
        const QPair<QString, QString> row_ { rows.text(row, 1), rows.text(row, 2) };
        if (!last.contains(row_))
            order << row_;
        last.insert(row_, rows.text(row, 0));
        return success();
    });
    if (!read)
        return read;
    LocalRows local(m_local);
    for (const auto &[table, key] : std::as_const(order)) {
        // Contacts and lines are synced with their parent; activities are not kept locally yet.
        const SyncTable *synced = SyncTable::named(table);
        if (!synced || last.value({ table, key }) == QLatin1String("granted"))
            continue;
        if (auto status = local.remove(*synced, key); !status)
            return status;
        ++report.removed;
    }
    return success();
}

Status PullSync::forEachServerRow(
    const PullScope::Query &query, const std::function<Status(const server::PgResult &, int)> &onRow)
{
    // A cursor streams large tables in batches instead of holding them whole in memory.
    auto declared = m_server.exec(QStringLiteral("DECLARE pull NO SCROLL CURSOR FOR ") + query.sql, query.parameters);
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
        m_done += batch->rowCount();
        if (m_total > 0)
            m_control->setProgress(qMin(m_done, m_total), m_total);
        if (batch->rowCount() < kBatch)
            break;
    }
    return m_server.execute(QStringLiteral("CLOSE pull"));
}

Status PullSync::pullCustomers(const PullScope &scope, PullReport &report)
{
    // A changed contact brings its whole customer, contacts included: they are saved together.
    QHash<QString, Customer> customers;
    QStringList order;
    Status read = forEachServerRow(
        scope.customers(QStringLiteral(
            "SELECT id, name, COALESCE(parent_id, ''), currency, credit_limit_minor, terms, risk_class, "
            "collector, segment, language, row_version FROM customers %1 ORDER BY parent_id IS NOT NULL, id")),
        [&](const server::PgResult &rows, int row) -> Status {
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
            c.rowVersion = rows.int64(row, 10);
            order << c.id;
            customers.insert(c.id, c);
            return success();
        });
    if (!read)
        return read;
    read = forEachServerRow(
        scope.contacts(QStringLiteral(
            "SELECT customer_id, name, role, email, phone FROM contacts %1 ORDER BY customer_id, id")),
        [&](const server::PgResult &rows, int row) -> Status {
            auto it = customers.find(rows.text(row, 0));
            if (it != customers.end())
                it->contacts.append({ rows.text(row, 1), rows.text(row, 2), rows.text(row, 3), rows.text(row, 4) });
            return success();
        });
    if (!read)
        return read;
    storage::CustomerRepository repository(m_local);
    QSet<QString> &pulled = m_pulled[QStringLiteral("customers")];
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
        pulled.insert(id);
        ++report.customers;
    }
    return success();
}

Status PullSync::pullInvoices(const PullScope &scope, PullReport &report)
{
    storage::InvoiceRepository invoices(m_local);
    QHash<QString, Currency> currencies;
    QSet<QString> &pulled = m_pulled[QStringLiteral("invoices")];
    Status read = forEachServerRow(
        scope.invoices(QStringLiteral(
            "SELECT number, customer_id, kind, invoice_date, due_date, currency, total_minor, status, "
            "COALESCE(corrects_number, ''), row_version FROM invoices %1 ORDER BY number")),
        [&](const server::PgResult &rows, int row) -> Status {
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
            invoice.rowVersion = rows.int64(row, 9);
            auto id = m_fresh ? invoices.insert(invoice) : invoices.upsert(invoice);
            if (!id)
                return id.error();
            m_documentIds.insert(invoice.number, *id);
            currencies.insert(invoice.number, *currency);
            pulled.insert(invoice.number);
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
        scope.invoiceLines(QStringLiteral(
            "SELECT invoice_number, item, description, quantity_milli, unit_price_minor, discount_bp, tax_bp "
            "FROM invoice_lines %1 ORDER BY invoice_number, line_no")),
        [&](const server::PgResult &rows, int row) -> Status {
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

Status PullSync::pullPayments(const PullScope &scope, PullReport &report)
{
    storage::PaymentRepository payments(m_local);
    QSet<QString> &pulled = m_pulled[QStringLiteral("payments")];
    return forEachServerRow(
        scope.payments(QStringLiteral("SELECT id, customer_id, payment_date, currency, amount_minor, method, "
                                      "reference, row_version FROM payments %1 ORDER BY id")),
        [&](const server::PgResult &rows, int row) -> Status {
            auto currency = currencyOf(rows.text(row, 3));
            if (!currency)
                return currency.error();
            Payment payment { rows.text(row, 0), rows.text(row, 1), dateOf(rows.text(row, 2)),
                Money(rows.int64(row, 4), *currency), rows.text(row, 5), rows.text(row, 6), QDate(),
                rows.int64(row, 7) };
            if (auto status = m_fresh ? payments.insert(payment) : payments.upsert(payment); !status)
                return status;
            pulled.insert(payment.id);
            ++report.payments;
            return success();
        });
}

Status PullSync::pullAllocations(const PullScope &scope, PullReport &report)
{
    storage::PaymentRepository payments(m_local);
    QSet<QString> &pulled = m_pulled[QStringLiteral("allocations")];
    return forEachServerRow(
        scope.allocations(QStringLiteral(
            "SELECT a.id, a.invoice_number, COALESCE(a.payment_id, ''), COALESCE(a.credit_note_number, ''), "
            "a.amount_minor, a.alloc_date, i.currency, a.row_version FROM allocations a "
            "JOIN invoices i ON i.number = a.invoice_number %1 ORDER BY a.id")),
        [&](const server::PgResult &rows, int row) -> Status {
            auto currency = currencyOf(rows.text(row, 6));
            if (!currency)
                return currency.error();
            Allocation allocation;
            allocation.invoiceNumber = rows.text(row, 1);
            allocation.paymentId = rows.text(row, 2);
            allocation.creditNoteNumber = rows.text(row, 3);
            allocation.amount = Money(rows.int64(row, 4), *currency);
            allocation.date = dateOf(rows.text(row, 5));
            allocation.rowVersion = rows.int64(row, 7);
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
            pulled.insert(rows.text(row, 0));
            ++report.allocations;
            return success();
        });
}

Status PullSync::dropMissing(const QHash<QString, QStringList> &requested, PullReport &report)
{
    LocalRows local(m_local);
    for (auto it = requested.cbegin(); it != requested.cend(); ++it) {
        const SyncTable *table = SyncTable::named(it.key());
        if (!table)
            continue;
        for (const QString &key : it.value()) {
            if (m_pulled.value(it.key()).contains(key))
                continue;
            if (auto status = local.remove(*table, key); !status)
                return status;
            ++report.removed;
        }
    }
    return success();
}

Status PullSync::refresh(bool everything)
{
    storage::InvoiceRepository invoiceRepository(m_local);
    storage::PaymentRepository paymentRepository(m_local);
    // The first pull recomputes every settlement at once; later pulls only what they touched:
    // the documents and payments pulled, and those their pulled allocations point to.
    if (everything) {
        if (auto status = invoiceRepository.refreshSettlement(); !status)
            return status;
        return paymentRepository.refreshApplication();
    }
    QSet<QString> documents = m_pulled.value(QStringLiteral("invoices"));
    QSet<QString> paymentIds = m_pulled.value(QStringLiteral("payments"));
    for (const QString &allocationId : m_pulled.value(QStringLiteral("allocations"))) {
        auto query = m_local.cached(QStringLiteral(
            "SELECT i.number, n.number, a.payment_id FROM allocations a JOIN invoices i ON i.id = a.invoice_id "
            "LEFT JOIN invoices n ON n.id = a.credit_note_id WHERE a.server_id = ?1"));
        if (!query)
            return query.error();
        auto found = (*query)->bind(1, allocationId).next();
        if (!found)
            return found.error();
        if (*found) {
            documents.insert((*query)->text(0));
            if (!(*query)->isNull(1))
                documents.insert((*query)->text(1));
            if (!(*query)->isNull(2))
                paymentIds.insert((*query)->text(2));
        }
        (*query)->reset();
    }
    for (const QString &number : std::as_const(documents)) {
        auto id = invoiceRepository.idForNumber(number);
        if (!id)
            return id.error();
        if (*id) {
            if (auto status = invoiceRepository.refreshSettlement(**id); !status)
                return status;
        }
    }
    for (const QString &id : std::as_const(paymentIds)) {
        if (auto status = paymentRepository.refreshApplication(id); !status)
            return status;
    }
    return success();
}

} // namespace cc::sync
