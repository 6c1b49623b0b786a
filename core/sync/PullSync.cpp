// SPDX-License-Identifier: GPL-3.0-or-later
#include "PullSync.h"

#include "LocalRows.h"
#include "ServerRowStream.h"
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
// Whether the user's role showed every customer at the last pull ("true" or "false").
const QString kSeesAllKey = QStringLiteral("sync.sees_all");
constexpr int kBatch = 5000;
// A first pull fills these from empty; customers keep theirs, which saving contacts needs.
const QStringList kDeferredIndexTables
    = { QStringLiteral("invoices"), QStringLiteral("payments"), QStringLiteral("allocations") };

const QString kInvoices
    = QStringLiteral("SELECT number, customer_id, kind, invoice_date, due_date, currency, total_minor, status, "
                     "COALESCE(corrects_number, ''), row_version, terms, tax_rounding, customer_reference, notes, "
                     "COALESCE(draft_id::text, ''), COALESCE(series, '') FROM invoices %1 ORDER BY number");
// A first pull also reads what is applied to each document and payment, so it writes them
// settled instead of working settlement out again for every one. Row security shows an
// allocation only with its invoice, so the allocations summed are those the pull brings.
const QString kSettledInvoices = QStringLiteral(
    "SELECT i.number, i.customer_id, i.kind, i.invoice_date, i.due_date, i.currency, i.total_minor, i.status, "
    "COALESCE(i.corrects_number, ''), i.row_version, i.terms, i.tax_rounding, i.customer_reference, i.notes, "
    "COALESCE(i.draft_id::text, ''), COALESCE(i.series, ''), COALESCE(s.applied, 0), s.last_day FROM invoices i "
    "LEFT JOIN (SELECT number, sum(amount) AS applied, max(day) AS last_day FROM ("
    "  SELECT invoice_number AS number, amount_minor AS amount, alloc_date AS day FROM allocations"
    "  UNION ALL SELECT credit_note_number, -amount_minor, alloc_date FROM allocations"
    "  WHERE credit_note_number IS NOT NULL"
    ") applied GROUP BY number) s ON s.number = i.number %1 ORDER BY i.number");
const QString kAllocations = QStringLiteral(
    "SELECT a.id, a.invoice_number, COALESCE(a.payment_id, ''), COALESCE(a.credit_note_number, ''), a.amount_minor, "
    "a.alloc_date, i.currency, a.row_version, COALESCE(a.discount_payment_id, ''), COALESCE(a.write_off_id::text, '') "
    "FROM allocations a "
    "JOIN invoices i ON i.number = a.invoice_number %1 ORDER BY a.invoice_number, a.id");
const QString kFreshAllocations = QStringLiteral(
    "SELECT a.id, a.invoice_number, COALESCE(a.payment_id, ''), COALESCE(a.credit_note_number, ''), a.amount_minor, "
    "a.alloc_date, NULL, a.row_version, COALESCE(a.discount_payment_id, ''), COALESCE(a.write_off_id::text, '') "
    "FROM allocations a %1 "
    "ORDER BY a.invoice_number, a.id");
const QString kPayments = QStringLiteral(
    "SELECT p.id, p.customer_id, p.payment_date, p.currency, p.amount_minor, p.method, p.reference, p.row_version, "
    "p.received_currency, p.received_minor, p.fx_rate, p.reversed_date, p.reversal_reason FROM payments p %1 "
    "ORDER BY p.id");
// What allocations and refunds used of each payment.
const QString kAppliedPayments = QStringLiteral(
    "SELECT p.id, p.customer_id, p.payment_date, p.currency, p.amount_minor, p.method, p.reference, p.row_version, "
    "p.received_currency, p.received_minor, p.fx_rate, p.reversed_date, p.reversal_reason, "
    "COALESCE(s.used, 0), s.last_day FROM payments p "
    "LEFT JOIN (SELECT payment_id, sum(amount_minor) AS used, max(day) AS last_day FROM ("
    "  SELECT payment_id, amount_minor, alloc_date AS day FROM allocations WHERE payment_id IS NOT NULL"
    "  UNION ALL SELECT payment_id, amount_minor, refund_date FROM refunds"
    ") uses GROUP BY payment_id) s ON s.payment_id = p.id %1 ORDER BY p.id");

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
    auto sawAll = settings.value(kSeesAllKey);
    if (!sawAll)
        return sawAll.error();

    // One snapshot for the whole pull; its xmin is the next watermark.
    // Every row of every cursor is read: plans for the whole result, not for its first rows.
    if (auto status
        = m_server.execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; "
                                          "SET LOCAL DateStyle = ISO; SET LOCAL cursor_tuple_fraction = 1"));
        !status)
        return status.error();
    auto closeServer = qScopeGuard([this] { (void)m_server.execute(QStringLiteral("ROLLBACK")); });
    auto snapshot = m_server.exec(
        QStringLiteral("SELECT pg_snapshot_xmin(pg_current_snapshot())::text, cashcycle_sees_all()::text"));
    if (!snapshot)
        return snapshot.error();
    const QString next = snapshot->text(0, 0);
    const QString seesAll = snapshot->text(0, 1);
    // A user whose role changed (a credit manager made collector, or the reverse) reads
    // everything they now see again, and the workspace drops every customer they no longer do.
    const bool reconcile = sawAll->has_value() && **sawAll != seesAll;
    const PullScope scope(reconcile ? QString() : watermark->value_or(QString()),
        requested->value(QStringLiteral("customers")), requested->value(QStringLiteral("invoices")),
        requested->value(QStringLiteral("payments")), requested->value(QStringLiteral("allocations")));
    auto documents = m_local.scalar(QStringLiteral("SELECT count(*) FROM invoices"));
    if (!documents)
        return documents.error();
    m_fresh = scope.isInitial() && *documents == 0;
    // Only rows asked for again, or written by a later pull, are looked up among those pulled.
    m_trackPulled = !scope.isInitial() || !requested->isEmpty() || reconcile;
    m_documentIds.clear();
    m_documentCurrencies.clear();
    m_pulled.clear();
    m_done = 0;
    m_total = 0;
    if (scope.isInitial()) {
        // Progress of a first pull, which may take minutes: counted in the same snapshot.
        QStringList counts;
        for (const QString &table :
            { QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("invoices"),
                QStringLiteral("invoice_lines"), QStringLiteral("payments"), QStringLiteral("allocations") })
            counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table);
        for (const SyncTable &table : SyncTable::all()) {
            if (table.standalone)
                counts << QStringLiteral("(SELECT count(*) FROM %1)").arg(table.server);
        }
        auto total = m_server.exec(QStringLiteral("SELECT ") + counts.join(QStringLiteral(" + ")));
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
    if (m_fresh) {
        for (const QString &table : kDeferredIndexTables) {
            if (auto status = bulk.deferIndexes(table); !status)
                return status.error();
        }
    }
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
    for (const SyncTable &table : SyncTable::all()) {
        if (!table.standalone)
            continue;
        if (auto status = pullRecords(table, scope, requested->value(table.server), report); !status)
            return status.error();
    }
    if (auto status = dropMissing(*requested, report); !status)
        return status.error();
    if (reconcile) {
        if (auto status = dropUnseenCustomers(report); !status)
            return status.error();
    }
    // Most wake-ups bring nothing this user may see (another portfolio changed): keeping the
    // old watermark is safe, and writing nothing spares the disk a synchronous commit.
    if (!scope.isInitial() && requested->isEmpty() && sawAll->has_value()
        && report.customers + report.invoices + report.payments + report.allocations + report.records + report.removed
            == 0)
        return report;
    // A fresh pull wrote documents and payments settled already.
    if (!m_fresh) {
        if (auto status = refresh(scope.isInitial()); !status)
            return status.error();
    }
    for (const QString &table : kDeferredIndexTables) {
        if (auto status = bulk.restoreIndexes(table); !status)
            return status.error();
    }
    if (auto status = m_local.execute(QStringLiteral("DELETE FROM sync_refetch")); !status)
        return status.error();
    if (auto status = settings.setValue(kWatermarkKey, next); !status)
        return status.error();
    if (auto status = settings.setValue(kSeesAllKey, seesAll); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

Result<bool> PullSync::hasPulled(storage::SqlDatabase &local)
{
    auto watermark = storage::SettingsRepository(local).value(kWatermarkKey);
    if (!watermark)
        return watermark.error();
    return watermark->has_value();
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
    using Event = std::pair<QPair<QString, QString>, QString>;
    Status read = stream<Event>(
        scope.events(),
        [](const server::PgResult &rows, int row) -> Result<Event> {
            return Event { { rows.text(row, 1), rows.text(row, 2) }, rows.text(row, 0) };
        },
        [&](Event &event) -> Status {
            if (!last.contains(event.first))
                order << event.first;
            last.insert(event.first, event.second);
            return success();
        });
    if (!read)
        return read;
    LocalRows local(m_local);
    for (const auto &[table, key] : std::as_const(order)) {
        // Contacts and lines are synced with their parent.
        const SyncTable *synced = SyncTable::named(table);
        if (!synced || last.value({ table, key }) == QLatin1String("granted"))
            continue;
        if (auto status = local.remove(*synced, key); !status)
            return status;
        ++report.removed;
    }
    return success();
}

template <typename Row>
Status PullSync::stream(const PullScope::Query &query, std::function<Result<Row>(const server::PgResult &, int)> parse,
    const std::function<Status(Row &)> &write)
{
    ServerRowStream<Row> rows(m_server, query, kBatch, std::move(parse));
    while (true) {
        auto batch = rows.next();
        if (!batch)
            return batch.error();
        if (batch->isEmpty())
            return success();
        for (Row &row : *batch) {
            if (auto status = write(row); !status)
                return status;
        }
        m_done += batch->size();
        if (m_total > 0)
            m_control->setProgress(qMin(m_done, m_total), m_total);
        if (m_control->isCanceled())
            return makeError(ErrorCode::Cancelled, tr("the sync was cancelled; nothing was changed"));
    }
}

Status PullSync::pullCustomers(const PullScope &scope, PullReport &report)
{
    // A changed contact brings its whole customer, contacts included: they are saved together.
    QHash<QString, Customer> customers;
    QStringList order;
    Status read = stream<Customer>(
        scope.customers(
            QStringLiteral("SELECT id, name, COALESCE(parent_id, ''), currency, credit_limit_minor, terms, risk_class, "
                           "collector, segment, language, row_version, billing_address, vat_id FROM customers %1 ORDER "
                           "BY parent_id IS NOT NULL, id")),
        [](const server::PgResult &rows, int row) -> Result<Customer> {
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
            c.billingAddress = rows.text(row, 11);
            c.vatId = rows.text(row, 12);
            return c;
        },
        [&](Customer &c) -> Status {
            order << c.id;
            customers.insert(c.id, std::move(c));
            return success();
        });
    if (!read)
        return read;
    using ContactRow = std::pair<QString, Contact>;
    read = stream<ContactRow>(
        scope.contacts(
            QStringLiteral("SELECT customer_id, name, role, email, phone FROM contacts %1 ORDER BY customer_id, id")),
        [](const server::PgResult &rows, int row) -> Result<ContactRow> {
            return ContactRow { rows.text(row, 0),
                { rows.text(row, 1), rows.text(row, 2), rows.text(row, 3), rows.text(row, 4) } };
        },
        [&](ContactRow &contact) -> Status {
            auto it = customers.find(contact.first);
            if (it != customers.end())
                it->contacts.append(std::move(contact.second));
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
        markPulled(pulled, id);
        ++report.customers;
    }
    return success();
}

Status PullSync::pullInvoices(const PullScope &scope, PullReport &report)
{
    storage::InvoiceRepository invoices(m_local);
    QSet<QString> &pulled = m_pulled[QStringLiteral("invoices")];
    const bool settled = m_fresh;
    Status read = stream<Invoice>(
        scope.invoices(settled ? kSettledInvoices : kInvoices),
        [settled](const server::PgResult &rows, int row) -> Result<Invoice> {
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
            invoice.terms = rows.text(row, 10);
            invoice.taxRounding = rows.int64(row, 11) == 1 ? TaxRounding::PerInvoice : TaxRounding::PerLine;
            invoice.customerReference = rows.text(row, 12);
            invoice.notes = rows.text(row, 13);
            invoice.draftId = rows.text(row, 14);
            invoice.series = rows.text(row, 15);
            if (settled)
                applySettlement(invoice, rows.int64(row, 16), dateOf(rows.text(row, 17)));
            return invoice;
        },
        [&](Invoice &invoice) -> Status {
            // Issued from this desktop, its answer lost: the server's document takes the draft's place.
            if (!m_fresh && !invoice.draftId.isEmpty()) {
                if (auto status = invoices.dropDraft(invoice.draftId); !status)
                    return status;
            }
            auto id = m_fresh ? invoices.insert(invoice) : invoices.upsert(invoice);
            if (!id)
                return id.error();
            m_documentIds.insert(invoice.number, *id);
            m_documentCurrencies.insert(invoice.number, invoice.total.currency());
            markPulled(pulled, invoice.number);
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
        const qint64 id = m_documentIds.value(current);
        Status written = m_fresh ? invoices.insertLines(id, lines) : invoices.replaceLines(id, lines);
        lines.clear();
        return written;
    };
    using LineRow = std::pair<QString, InvoiceLine>;
    read = stream<LineRow>(
        scope.invoiceLines(QStringLiteral(
            "SELECT invoice_number, item, description, quantity_milli, unit_price_minor, discount_bp, tax_bp "
            "FROM invoice_lines %1 ORDER BY invoice_number, line_no")),
        // The documents are all in by now: the reading thread only looks their currencies up.
        [this](const server::PgResult &rows, int row) -> Result<LineRow> {
            const QString number = rows.text(row, 0);
            return LineRow { number,
                { rows.text(row, 1), rows.text(row, 2), rows.int64(row, 3),
                    Money(rows.int64(row, 4), m_documentCurrencies.value(number)), int(rows.int64(row, 5)),
                    int(rows.int64(row, 6)) } };
        },
        [&](LineRow &line) -> Status {
            if (line.first != current) {
                if (auto status = flush(); !status)
                    return status;
                current = line.first;
            }
            lines.append(std::move(line.second));
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
    const bool applied = m_fresh;
    return stream<Payment>(
        scope.payments(applied ? kAppliedPayments : kPayments),
        [applied](const server::PgResult &rows, int row) -> Result<Payment> {
            auto currency = currencyOf(rows.text(row, 3));
            if (!currency)
                return currency.error();
            Payment payment { rows.text(row, 0), rows.text(row, 1), dateOf(rows.text(row, 2)),
                Money(rows.int64(row, 4), *currency), rows.text(row, 5), rows.text(row, 6), QDate(),
                rows.int64(row, 7) };
            if (!rows.isNull(row, 8)) {
                auto received = currencyOf(rows.text(row, 8));
                if (!received)
                    return received.error();
                payment.received = Money(rows.int64(row, 9), *received);
                payment.fxRate = rows.text(row, 10);
            }
            payment.reversedOn = dateOf(rows.text(row, 11));
            payment.reversalReason = rows.text(row, 12);
            if (applied)
                payment.applyAllocations(rows.int64(row, 13), dateOf(rows.text(row, 14)));
            return payment;
        },
        [&](Payment &payment) -> Status {
            if (auto status = m_fresh ? payments.insert(payment) : payments.upsert(payment); !status)
                return status;
            markPulled(pulled, payment.id);
            ++report.payments;
            return success();
        });
}

Status PullSync::pullAllocations(const PullScope &scope, PullReport &report)
{
    storage::PaymentRepository payments(m_local);
    QSet<QString> &pulled = m_pulled[QStringLiteral("allocations")];
    using AllocationRow = std::pair<QString, Allocation>;
    // By invoice, so the workspace finds documents and payments near the ones before.
    // The documents of a first pull are all in by now: the reading thread looks their
    // currencies up instead of the server joining every allocation to its invoice.
    return stream<AllocationRow>(
        scope.allocations(m_fresh ? kFreshAllocations : kAllocations),
        [this](const server::PgResult &rows, int row) -> Result<AllocationRow> {
            auto currency = rows.isNull(row, 6) ? Result<Currency>(m_documentCurrencies.value(rows.text(row, 1)))
                                                : currencyOf(rows.text(row, 6));
            if (!currency)
                return currency.error();
            Allocation allocation;
            allocation.invoiceNumber = rows.text(row, 1);
            allocation.paymentId = rows.text(row, 2);
            allocation.creditNoteNumber = rows.text(row, 3);
            allocation.amount = Money(rows.int64(row, 4), *currency);
            allocation.date = dateOf(rows.text(row, 5));
            allocation.rowVersion = rows.int64(row, 7);
            allocation.discountPaymentId = rows.text(row, 8);
            allocation.writeOffId = rows.text(row, 9);
            return AllocationRow { rows.text(row, 0), allocation };
        },
        [&](AllocationRow &row) -> Status {
            const auto &[id, allocation] = row;
            if (m_fresh) {
                // Every document of a first pull came in before its allocations.
                const std::optional<qint64> creditNote = allocation.creditNoteNumber.isEmpty()
                    ? std::nullopt
                    : std::optional<qint64>(m_documentIds.value(allocation.creditNoteNumber));
                if (auto status = payments.putAllocation(
                        id, m_documentIds.value(allocation.invoiceNumber), creditNote, allocation, true);
                    !status)
                    return status;
            } else if (auto applied = payments.upsertAllocation(id, allocation); !applied) {
                return applied.error();
            }
            markPulled(pulled, id);
            ++report.allocations;
            return success();
        });
}

Status PullSync::pullRecords(
    const SyncTable &table, const PullScope &scope, const QStringList &requested, PullReport &report)
{
    QStringList expressions { QStringLiteral("t.%1::text").arg(table.serverKey), QStringLiteral("t.row_version") };
    for (const SyncColumn &column : table.columns)
        expressions << column.serverText(QStringLiteral("t"));
    const QString select = QStringLiteral("SELECT %1 FROM %2 t %3 ORDER BY %4")
                               .arg(expressions.join(QStringLiteral(", ")), table.server, QStringLiteral("%1"),
                                   table.customerScoped ? QStringLiteral("t.customer_id, t.id") : QStringLiteral("1"));
    using Record = std::pair<QString, LocalRow>;
    LocalRows local(m_local);
    QSet<QString> &pulled = m_pulled[table.server];
    return stream<Record>(
        table.customerScoped ? scope.records(select, requested) : scope.shared(select, table.serverKey, requested),
        [&table](const server::PgResult &rows, int row) -> Result<Record> {
            LocalRow values;
            values.version = rows.int64(row, 1);
            for (int i = 0; i < table.columns.size(); ++i)
                values.values.insert(
                    table.columns[i].server, rows.isNull(row, i + 2) ? QString() : rows.text(row, i + 2));
            return Record { rows.text(row, 0), std::move(values) };
        },
        [&](Record &record) -> Status {
            if (auto status = local.put(table, record.first, record.second.version, record.second.values); !status)
                return status;
            markPulled(pulled, record.first);
            ++report.records;
            return success();
        });
}

void PullSync::markPulled(QSet<QString> &pulled, const QString &key) const
{
    if (m_trackPulled)
        pulled.insert(key);
}

Status PullSync::dropMissing(const QHash<QString, QStringList> &requested, PullReport &report)
{
    LocalRows local(m_local);
    // Rows that others point to last: a bank line before its statement.
    const QList<SyncTable> &tables = SyncTable::all();
    for (auto table = tables.crbegin(); table != tables.crend(); ++table) {
        for (const QString &key : requested.value(table->server)) {
            if (m_pulled.value(table->server).contains(key))
                continue;
            if (auto status = local.remove(*table, key); !status)
                return status;
            ++report.removed;
        }
    }
    return success();
}

Status PullSync::dropUnseenCustomers(PullReport &report)
{
    auto query = m_local.prepare(QStringLiteral("SELECT id FROM customers"));
    if (!query)
        return query.error();
    QStringList unseen;
    const QSet<QString> &seen = m_pulled.value(QStringLiteral("customers"));
    if (auto status = query->forEachRow([&]() -> Status {
            if (!seen.contains(query->text(0)))
                unseen << query->text(0);
            return success();
        });
        !status)
        return status;
    LocalRows local(m_local);
    for (const QString &id : std::as_const(unseen)) {
        if (auto status = local.remove(*SyncTable::named(QStringLiteral("customers")), id); !status)
            return status;
        ++report.removed;
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
