// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrations.h"

#include "LegacyBankRows.h"
#include "Transaction.h"
#include "common/SystemClock.h"

#include <QStringList>

namespace cc::storage {
namespace {

/// The step that made bank rows syncable: rows stored before it get their shared ids there.
constexpr qint64 BankRowsSync = 22;

// Index i holds the migration to version i + 1. Never edit a released entry; append.
const QStringList &steps()
{
    static const QStringList list = {
        // 1: customers, documents, payments and allocations. Dates are Julian day numbers,
        // amounts integer minor units.
        QStringLiteral(R"sql(
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id TEXT REFERENCES customers(id),
    currency TEXT NOT NULL,
    credit_limit_minor INTEGER NOT NULL DEFAULT 0,
    terms TEXT NOT NULL,
    risk_class TEXT NOT NULL DEFAULT 'B',
    collector TEXT NOT NULL DEFAULT '',
    segment TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL
);
CREATE INDEX customers_collector ON customers(collector);
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    name TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_customer ON contacts(customer_id);
CREATE TABLE invoices (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    kind INTEGER NOT NULL,
    invoice_day INTEGER NOT NULL,
    due_day INTEGER NOT NULL,
    currency TEXT NOT NULL,
    total_minor INTEGER NOT NULL,
    status TEXT NOT NULL,
    corrects_number TEXT,
    settled_day INTEGER
);
CREATE INDEX invoices_customer ON invoices(customer_id, due_day);
-- Covers aging and balances: documents open at a date are found by settled_day without
-- decrypting the table pages of settled history.
CREATE INDEX invoices_settlement ON invoices(settled_day, invoice_day, customer_id, currency, due_day, total_minor, status, kind);
CREATE TABLE invoice_lines (
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    line_no INTEGER NOT NULL,
    item TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    quantity_milli INTEGER NOT NULL,
    unit_price_minor INTEGER NOT NULL,
    discount_bp INTEGER NOT NULL DEFAULT 0,
    tax_bp INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (invoice_id, line_no)
) WITHOUT ROWID;
CREATE TABLE payments (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    payment_day INTEGER NOT NULL,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    method TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    applied_day INTEGER
);
CREATE INDEX payments_customer ON payments(customer_id, payment_day);
CREATE INDEX payments_application ON payments(applied_day, payment_day, customer_id, currency, amount_minor);
CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    payment_id TEXT REFERENCES payments(id),
    credit_note_id INTEGER REFERENCES invoices(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    alloc_day INTEGER NOT NULL,
    CHECK ((payment_id IS NULL) <> (credit_note_id IS NULL))
);
CREATE INDEX allocations_invoice ON allocations(invoice_id, alloc_day, amount_minor);
CREATE INDEX allocations_payment ON allocations(payment_id, alloc_day, amount_minor) WHERE payment_id IS NOT NULL;
CREATE INDEX allocations_credit ON allocations(credit_note_id, alloc_day, amount_minor) WHERE credit_note_id IS NOT NULL;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql"),
        // 2: the invoice list opens on the newest documents without sorting the whole history,
        // and lists the currencies in use without reading every document.
        QStringLiteral(R"sql(
CREATE INDEX invoices_recent ON invoices(invoice_day);
CREATE INDEX customers_currency ON customers(currency);
)sql"),
        // 3: allocations pulled from the server keep its id, so a later change finds its row.
        QStringLiteral(R"sql(
ALTER TABLE allocations ADD COLUMN server_id TEXT;
CREATE UNIQUE INDEX allocations_server_id ON allocations(server_id) WHERE server_id IS NOT NULL;
)sql"),
        // 4: sync. Each synced row keeps the server's version it reflects; local edits wait in
        // the outbox (values in the server's form, as JSON) until pushed; edits that overlapped
        // another desktop's wait in conflicts for the user to decide.
        QStringLiteral(R"sql(
ALTER TABLE customers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payments ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE allocations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    base_version INTEGER NOT NULL,
    base TEXT NOT NULL,
    changes TEXT NOT NULL,
    made_at TEXT NOT NULL
);
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    change_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('overlap', 'deleted', 'refused')),
    base TEXT NOT NULL,
    mine TEXT NOT NULL,
    theirs TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    detected_at TEXT NOT NULL
);
-- Rows to read again from the server whole at the next pull: after the server refused or
-- only partly took a change, the workspace goes back to what the server holds.
CREATE TABLE sync_refetch (
    table_name TEXT NOT NULL,
    row_key TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;
)sql"),
        // 5: collections. Contacts with customers (calls, emails, notes), promises to pay,
        // follow-up tasks and disputed amounts sync like the receivables; ids are made on the
        // desktop. Which accounts a collector worked today stays on this desktop.
        QStringLiteral(R"sql(
CREATE TABLE activities (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    kind TEXT NOT NULL,
    occurred_at TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX activities_customer ON activities(customer_id, occurred_at);
CREATE TABLE promises (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    made_day INTEGER NOT NULL,
    promised_day INTEGER NOT NULL,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    invoice_numbers TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    cancelled_day INTEGER,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX promises_customer ON promises(customer_id, promised_day);
CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    title TEXT NOT NULL,
    due_day INTEGER NOT NULL,
    done_day INTEGER,
    assignee TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX tasks_customer ON tasks(customer_id, due_day);
CREATE TABLE disputes (
    id TEXT PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    customer_id TEXT NOT NULL REFERENCES customers(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'new',
    opened_day INTEGER NOT NULL,
    resolved_day INTEGER,
    owner TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX disputes_customer ON disputes(customer_id, status);
CREATE INDEX disputes_invoice ON disputes(invoice_id);
CREATE TABLE worklist_done (
    day INTEGER NOT NULL,
    customer_id TEXT NOT NULL,
    PRIMARY KEY (day, customer_id)
) WITHOUT ROWID;
)sql"),
        // 6: messages to customers wait in an outbox on this desktop until the mail server has
        // taken them; each sent one becomes an activity, which syncs. Templates a team edits
        // override the built-in ones per language.
        QStringLiteral(R"sql(
CREATE TABLE message_outbox (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX message_outbox_due ON message_outbox(status, next_attempt_at);
CREATE TABLE message_attachments (
    message_id TEXT NOT NULL REFERENCES message_outbox(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL,
    PRIMARY KEY (message_id, position)
) WITHOUT ROWID;
CREATE TABLE message_templates (
    key TEXT NOT NULL,
    language TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (key, language)
) WITHOUT ROWID;
)sql"),
        // 7: dunning. Each notice sent to a customer records the level every invoice in it
        // reached, so no level goes out twice; notices sync, so no other desktop repeats one.
        QStringLiteral(R"sql(
CREATE TABLE dunning_notices (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    run_day INTEGER NOT NULL,
    level INTEGER NOT NULL,
    channel TEXT NOT NULL,
    invoice_levels TEXT NOT NULL,
    currency TEXT NOT NULL,
    fee_minor INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dunning_notices_customer ON dunning_notices(customer_id, run_day);
)sql"),
        // 8: what a team shares (worklist and dunning strategies), synced from the server.
        QStringLiteral(R"sql(
CREATE TABLE team_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0
);
)sql"),
        // 9: the invoice editor. Drafts stay on this desktop until issued; an issued number
        // comes from a series whose counter moves in the same transaction that issues, so no
        // number is skipped or used twice. Without a server the counters here are the source.
        QStringLiteral(R"sql(
ALTER TABLE invoices ADD COLUMN terms TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN tax_rounding INTEGER NOT NULL DEFAULT 0;
ALTER TABLE invoices ADD COLUMN customer_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN draft_id TEXT;
ALTER TABLE invoices ADD COLUMN series TEXT;
CREATE UNIQUE INDEX invoices_draft ON invoices(draft_id) WHERE draft_id IS NOT NULL;
CREATE TABLE numbering_series (
    key TEXT PRIMARY KEY,
    pattern TEXT NOT NULL
);
INSERT INTO numbering_series VALUES ('invoice', 'INV-{YYYY}-{N:5}'), ('credit_note', 'CN-{YYYY}-{N:5}');
CREATE TABLE numbering_counters (
    series TEXT NOT NULL REFERENCES numbering_series(key),
    period TEXT NOT NULL,
    last_value INTEGER NOT NULL,
    PRIMARY KEY (series, period)
) WITHOUT ROWID;
)sql"),
        // 10: what an invoice prints about its customer: where it is billed and its VAT id.
        QStringLiteral(R"sql(
ALTER TABLE customers ADD COLUMN billing_address TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN vat_id TEXT NOT NULL DEFAULT '';
)sql"),
        // 11: payments as AR records them. A payment in a foreign currency keeps what was
        // received and the rate it was booked at; a bounced one is reversed, not deleted. An
        // early-payment discount granted with a payment settles part of an invoice without
        // using the payment's cash; refunds pay unapplied cash back.
        QStringLiteral(R"sql(
ALTER TABLE payments ADD COLUMN received_currency TEXT;
ALTER TABLE payments ADD COLUMN received_minor INTEGER;
ALTER TABLE payments ADD COLUMN fx_rate TEXT;
ALTER TABLE payments ADD COLUMN reversed_day INTEGER;
ALTER TABLE payments ADD COLUMN reversal_reason TEXT NOT NULL DEFAULT '';
CREATE TABLE allocations_new (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    payment_id TEXT REFERENCES payments(id),
    credit_note_id INTEGER REFERENCES invoices(id),
    discount_payment_id TEXT REFERENCES payments(id),
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    alloc_day INTEGER NOT NULL,
    server_id TEXT,
    row_version INTEGER NOT NULL DEFAULT 0,
    CHECK ((payment_id IS NOT NULL) + (credit_note_id IS NOT NULL) + (discount_payment_id IS NOT NULL) = 1)
);
INSERT INTO allocations_new (id, invoice_id, payment_id, credit_note_id, amount_minor, alloc_day, server_id, row_version)
    SELECT id, invoice_id, payment_id, credit_note_id, amount_minor, alloc_day, server_id, row_version FROM allocations;
DROP TABLE allocations;
ALTER TABLE allocations_new RENAME TO allocations;
CREATE INDEX allocations_invoice ON allocations(invoice_id, alloc_day, amount_minor);
CREATE INDEX allocations_payment ON allocations(payment_id, alloc_day, amount_minor) WHERE payment_id IS NOT NULL;
CREATE INDEX allocations_credit ON allocations(credit_note_id, alloc_day, amount_minor) WHERE credit_note_id IS NOT NULL;
CREATE INDEX allocations_discount ON allocations(discount_payment_id) WHERE discount_payment_id IS NOT NULL;
CREATE UNIQUE INDEX allocations_server_id ON allocations(server_id) WHERE server_id IS NOT NULL;
CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    payment_id TEXT NOT NULL REFERENCES payments(id),
    refund_day INTEGER NOT NULL,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    method TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX refunds_payment ON refunds(payment_id, refund_day, amount_minor);
CREATE INDEX refunds_customer ON refunds(customer_id);
)sql"),
        // 12: write-offs, requested and decided (the server enforces who may approve what);
        // an approved one settles its invoice through an allocation of its own.
        QStringLiteral(R"sql(
CREATE TABLE write_offs (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    reason TEXT NOT NULL,
    requested_by TEXT NOT NULL DEFAULT '',
    requested_day INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'rejected')),
    decided_by TEXT,
    decided_day INTEGER,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX write_offs_customer ON write_offs(customer_id);
CREATE INDEX write_offs_pending ON write_offs(status) WHERE status = 'requested';
CREATE TABLE allocations_new (
    id INTEGER PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    payment_id TEXT REFERENCES payments(id),
    credit_note_id INTEGER REFERENCES invoices(id),
    discount_payment_id TEXT REFERENCES payments(id),
    write_off_id TEXT, -- no foreign key: sync replaces a write-off row whole
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    alloc_day INTEGER NOT NULL,
    server_id TEXT,
    row_version INTEGER NOT NULL DEFAULT 0,
    CHECK ((payment_id IS NOT NULL) + (credit_note_id IS NOT NULL) + (discount_payment_id IS NOT NULL)
           + (write_off_id IS NOT NULL) = 1)
);
INSERT INTO allocations_new (id, invoice_id, payment_id, credit_note_id, discount_payment_id, amount_minor, alloc_day,
                             server_id, row_version)
    SELECT id, invoice_id, payment_id, credit_note_id, discount_payment_id, amount_minor, alloc_day, server_id,
           row_version FROM allocations;
DROP TABLE allocations;
ALTER TABLE allocations_new RENAME TO allocations;
CREATE INDEX allocations_invoice ON allocations(invoice_id, alloc_day, amount_minor);
CREATE INDEX allocations_payment ON allocations(payment_id, alloc_day, amount_minor) WHERE payment_id IS NOT NULL;
CREATE INDEX allocations_credit ON allocations(credit_note_id, alloc_day, amount_minor) WHERE credit_note_id IS NOT NULL;
CREATE INDEX allocations_discount ON allocations(discount_payment_id) WHERE discount_payment_id IS NOT NULL;
CREATE UNIQUE INDEX allocations_write_off ON allocations(write_off_id) WHERE write_off_id IS NOT NULL;
CREATE UNIQUE INDEX allocations_server_id ON allocations(server_id) WHERE server_id IS NOT NULL;
)sql"),
        // 13: sales orders, with the lines their invoice will carry (as JSON), checked against
        // the customer's credit when released.
        QStringLiteral(R"sql(
CREATE TABLE sales_orders (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    order_day INTEGER NOT NULL,
    currency TEXT NOT NULL,
    total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
    lines TEXT NOT NULL DEFAULT '[]',
    customer_reference TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('open', 'held', 'released', 'invoiced', 'cancelled')),
    hold_reason TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT '',
    invoice_draft TEXT,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sales_orders_customer ON sales_orders(customer_id, status);
CREATE INDEX sales_orders_held ON sales_orders(status) WHERE status = 'held';
)sql"),
        // 14: late-payment charges: which days of interest and which flat fees each overdue
        // invoice was charged, and on which draft, so nothing is charged twice.
        QStringLiteral(R"sql(
CREATE TABLE late_fee_charges (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    invoice_id INTEGER NOT NULL REFERENCES invoices(id),
    currency TEXT NOT NULL,
    charged_from INTEGER NOT NULL,
    charged_to INTEGER NOT NULL,
    interest_minor INTEGER NOT NULL CHECK (interest_minor >= 0),
    fee_minor INTEGER NOT NULL CHECK (fee_minor >= 0),
    charge_draft TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX late_fee_charges_invoice ON late_fee_charges(invoice_id, charged_to);
CREATE INDEX late_fee_charges_customer ON late_fee_charges(customer_id);
)sql"),
        // 15: "pay now" links made on this desktop: the provider's checkout session for an
        // invoice, so a completed checkout finds its invoice.
        QStringLiteral(R"sql(
CREATE TABLE payment_links (
    session_id TEXT PRIMARY KEY,
    invoice_id INTEGER NOT NULL REFERENCES invoices(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
    created_at TEXT NOT NULL
);
CREATE INDEX payment_links_invoice ON payment_links(invoice_id);
)sql"),
        // 16: how disputes end (a credit note, a write-off or a rejection, proposed first when
        // above the team's limit) and the files that back them, kept in this encrypted workspace.
        QStringLiteral(R"sql(
ALTER TABLE disputes ADD COLUMN resolution TEXT;
ALTER TABLE disputes ADD COLUMN resolution_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE disputes ADD COLUMN resolution_state TEXT;
ALTER TABLE disputes ADD COLUMN resolution_document TEXT NOT NULL DEFAULT '';
ALTER TABLE disputes ADD COLUMN proposed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE disputes ADD COLUMN decided_by TEXT NOT NULL DEFAULT '';
CREATE TABLE dispute_attachments (
    id TEXT PRIMARY KEY,
    dispute_id TEXT NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL DEFAULT 'application/octet-stream',
    content BLOB NOT NULL,
    added_by TEXT NOT NULL DEFAULT '',
    added_day INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dispute_attachments_dispute ON dispute_attachments(dispute_id);
)sql"),
        // 17: credit management: limit requests and their decisions (a temporary limit ends on
        // its expiry day), credit holds and releases with their reasons, periodic reviews.
        QStringLiteral(R"sql(
CREATE TABLE credit_requests (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    currency TEXT NOT NULL,
    limit_minor INTEGER NOT NULL CHECK (limit_minor >= 0),
    expires_day INTEGER,
    justification TEXT NOT NULL,
    requested_by TEXT NOT NULL DEFAULT '',
    requested_day INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'requested',
    manager_by TEXT NOT NULL DEFAULT '',
    cfo_by TEXT NOT NULL DEFAULT '',
    decided_day INTEGER,
    decision_note TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX credit_requests_customer ON credit_requests(customer_id, status);
CREATE TABLE credit_holds (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    action TEXT NOT NULL CHECK (action IN ('hold', 'release')),
    reason TEXT NOT NULL,
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX credit_holds_customer ON credit_holds(customer_id, decided_at);
CREATE TABLE credit_reviews (
    id TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    reviewed_day INTEGER NOT NULL,
    reviewed_by TEXT NOT NULL DEFAULT '',
    risk_score INTEGER NOT NULL,
    note TEXT NOT NULL,
    next_review_day INTEGER NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX credit_reviews_customer ON credit_reviews(customer_id, reviewed_day);
)sql"),
        // 18: credit sales by day read from an index alone, so the KPIs over two years of a large
        // workspace decrypt no table pages.
        QStringLiteral(R"sql(
CREATE INDEX invoices_sales ON invoices(invoice_day, currency, total_minor, status);
)sql"),
        // 19: exchange rates by day, imported from CSV, to see every currency in one base.
        QStringLiteral(R"sql(
CREATE TABLE fx_rates (
    day INTEGER NOT NULL,
    base TEXT NOT NULL,
    quote TEXT NOT NULL,
    scaled_rate INTEGER NOT NULL CHECK (scaled_rate > 0),
    PRIMARY KEY (base, quote, day)
) WITHOUT ROWID;
)sql"),
        // 20: imported bank statements and their lines, to be matched to open invoices. A line's
        // fingerprint (account, day, amount, references, text, and its place among identical
        // ones) makes importing the same entries again, in any statement, add nothing.
        QStringLiteral(R"sql(
CREATE TABLE bank_statements (
    id TEXT PRIMARY KEY,
    format TEXT NOT NULL,
    statement_ref TEXT NOT NULL,
    account TEXT NOT NULL,
    currency TEXT NOT NULL,
    opening_minor INTEGER,
    closing_minor INTEGER,
    opening_day INTEGER,
    closing_day INTEGER,
    balanced INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    UNIQUE (account, format, statement_ref, opening_day, closing_day)
);
CREATE TABLE bank_lines (
    id TEXT PRIMARY KEY,
    statement_id TEXT NOT NULL REFERENCES bank_statements(id),
    fingerprint TEXT NOT NULL UNIQUE,
    entry_ref TEXT NOT NULL,
    bank_ref TEXT NOT NULL,
    end_to_end TEXT NOT NULL,
    booking_day INTEGER NOT NULL,
    value_day INTEGER,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    counterparty_name TEXT NOT NULL,
    counterparty_iban TEXT NOT NULL,
    counterparty_bic TEXT NOT NULL,
    remittance TEXT NOT NULL,
    structured_ref TEXT NOT NULL,
    transaction_code TEXT NOT NULL,
    reversal INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'unmatched'
);
CREATE INDEX bank_lines_status ON bank_lines(status, booking_day);
)sql"),
        // 21: what matching found for each bank line (its proposals, best first, as JSON; its
        // confidence in hundredths of a percent) and the payment it posted; and who pays from
        // where, learned from confirmed matches. A link remembers the line that taught it, so
        // undoing that match forgets it again.
        QStringLiteral(R"sql(
ALTER TABLE bank_lines ADD COLUMN customer_id TEXT;
ALTER TABLE bank_lines ADD COLUMN confidence_bp INTEGER NOT NULL DEFAULT 0;
ALTER TABLE bank_lines ADD COLUMN proposals TEXT NOT NULL DEFAULT '[]';
ALTER TABLE bank_lines ADD COLUMN payment_id TEXT;
ALTER TABLE bank_lines ADD COLUMN matched_by TEXT NOT NULL DEFAULT '';
CREATE TABLE payer_links (
    kind TEXT NOT NULL CHECK (kind IN ('account', 'name', 'token')),
    key TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    learned_from TEXT NOT NULL,
    learned_at TEXT NOT NULL,
    PRIMARY KEY (kind, key)
);
CREATE INDEX payer_links_line ON payer_links(learned_from);
)sql"),
        // 22: bank statements, their lines and learned payers sync through the server: each
        // row keeps the server's version, and a learned payer is keyed "kind:key" there. A line
        // names the write-offs its posting asked for (an undo must not leave them behind). A
        // payment posted from a bank line names it, for the server's check that a line pays
        // once (payments pulled from the server leave it empty). Rows stored before get their
        // shared ids and are queued for the server right after this step (LegacyBankRows).
        QStringLiteral(R"sql(
ALTER TABLE bank_statements ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE payments ADD COLUMN bank_line_id TEXT;
CREATE TABLE bank_lines_new (
    id TEXT PRIMARY KEY,
    statement_id TEXT NOT NULL REFERENCES bank_statements(id),
    fingerprint TEXT NOT NULL UNIQUE,
    entry_ref TEXT NOT NULL,
    bank_ref TEXT NOT NULL,
    end_to_end TEXT NOT NULL,
    booking_day INTEGER NOT NULL,
    value_day INTEGER,
    currency TEXT NOT NULL,
    amount_minor INTEGER NOT NULL,
    counterparty_name TEXT NOT NULL,
    counterparty_iban TEXT NOT NULL,
    counterparty_bic TEXT NOT NULL,
    remittance TEXT NOT NULL,
    structured_ref TEXT NOT NULL,
    transaction_code TEXT NOT NULL,
    reversal INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'unmatched',
    customer_id TEXT,
    confidence_bp INTEGER NOT NULL DEFAULT 0,
    proposals TEXT NOT NULL DEFAULT '[]',
    payment_id TEXT,
    matched_by TEXT NOT NULL DEFAULT '',
    write_offs TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO bank_lines_new (id, statement_id, fingerprint, entry_ref, bank_ref, end_to_end, booking_day, value_day,
    currency, amount_minor, counterparty_name, counterparty_iban, counterparty_bic, remittance, structured_ref,
    transaction_code, reversal, status, customer_id, confidence_bp, proposals, payment_id, matched_by)
    SELECT id, statement_id, fingerprint, entry_ref, bank_ref, end_to_end, booking_day, value_day, currency,
        amount_minor, counterparty_name, counterparty_iban, counterparty_bic, remittance, structured_ref,
        transaction_code, reversal, status, customer_id, confidence_bp, proposals, payment_id, matched_by
    FROM bank_lines;
DROP TABLE bank_lines;
ALTER TABLE bank_lines_new RENAME TO bank_lines;
CREATE INDEX bank_lines_status ON bank_lines(status, booking_day);
CREATE TABLE payer_links_new (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('account', 'name', 'token')),
    key TEXT NOT NULL,
    customer_id TEXT NOT NULL,
    learned_from TEXT NOT NULL,
    learned_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 0
);
INSERT INTO payer_links_new (id, kind, key, customer_id, learned_from, learned_at)
    SELECT kind || ':' || key, kind, key, customer_id, learned_from, learned_at FROM payer_links;
DROP TABLE payer_links;
ALTER TABLE payer_links_new RENAME TO payer_links;
CREATE INDEX payer_links_line ON payer_links(learned_from);
)sql"),
    };
    return list;
}

} // namespace

int Migrations::latestVersion()
{
    return int(steps().size());
}

Result<qint64> Migrations::currentVersion(SqlDatabase &db)
{
    return db.scalar(QStringLiteral("PRAGMA user_version"));
}

Status Migrations::apply(SqlDatabase &db)
{
    return applyUpTo(db, latestVersion());
}

Status Migrations::applyUpTo(SqlDatabase &db, int version)
{
    auto current = currentVersion(db);
    if (!current)
        return current.error();
    if (*current > latestVersion()) {
        return makeError(ErrorCode::WorkspaceTooNew,
            tr("the workspace has schema version %1 but this CashCycle knows only up "
               "to %2; update CashCycle")
                .arg(*current)
                .arg(latestVersion()));
    }
    for (qint64 next = *current + 1; next <= version; ++next) {
        Transaction transaction(db);
        if (auto status = transaction.begin(); !status)
            return status;
        if (auto status = db.execute(steps().at(next - 1)); !status)
            return status;
        if (next == BankRowsSync) {
            const SystemClock clock;
            if (auto status = LegacyBankRows(db, clock).carryOver(); !status)
                return status;
        }
        if (auto status = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(next)); !status)
            return status;
        if (auto status = transaction.commit(); !status)
            return status;
    }
    return success();
}

} // namespace cc::storage
