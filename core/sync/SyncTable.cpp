// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTable.h"

namespace cc::sync {

QString SyncColumn::serverText(const QString &alias) const
{
    const QString name = alias.isEmpty() ? server : alias + QLatin1Char('.') + server;
    if (form == LocalForm::Timestamp)
        return QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')").arg(name);
    return name + QStringLiteral("::text");
}

const SyncColumn *SyncTable::column(const QString &serverName) const
{
    for (const SyncColumn &c : columns) {
        if (c.server == serverName)
            return &c;
    }
    return nullptr;
}

const QList<SyncTable> &SyncTable::all()
{
    using F = LocalForm;
    static const QList<SyncTable> tables = {
        { QStringLiteral("customers"), QStringLiteral("customers"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("name"), QStringLiteral("name"), F::Text },
                { QStringLiteral("parent_id"), QStringLiteral("parent_id"), F::Text },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("credit_limit_minor"), QStringLiteral("credit_limit_minor"), F::Integer },
                { QStringLiteral("terms"), QStringLiteral("terms"), F::Text },
                { QStringLiteral("risk_class"), QStringLiteral("risk_class"), F::Text },
                { QStringLiteral("collector"), QStringLiteral("collector"), F::Text },
                { QStringLiteral("segment"), QStringLiteral("segment"), F::Text },
                { QStringLiteral("language"), QStringLiteral("language"), F::Text },
                { QStringLiteral("billing_address"), QStringLiteral("billing_address"), F::Text },
                { QStringLiteral("vat_id"), QStringLiteral("vat_id"), F::Text },
            } },
        { QStringLiteral("invoices"), QStringLiteral("invoices"), QStringLiteral("number"), QStringLiteral("number"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("kind"), QStringLiteral("kind"), F::Integer },
                { QStringLiteral("invoice_date"), QStringLiteral("invoice_day"), F::Date },
                { QStringLiteral("due_date"), QStringLiteral("due_day"), F::Date },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("total_minor"), QStringLiteral("total_minor"), F::Integer },
                { QStringLiteral("corrects_number"), QStringLiteral("corrects_number"), F::Text },
            } },
        { QStringLiteral("payments"), QStringLiteral("payments"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("payment_date"), QStringLiteral("payment_day"), F::Date },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("method"), QStringLiteral("method"), F::Text },
                { QStringLiteral("reference"), QStringLiteral("reference"), F::Text },
                { QStringLiteral("received_currency"), QStringLiteral("received_currency"), F::Text },
                { QStringLiteral("received_minor"), QStringLiteral("received_minor"), F::Integer },
                { QStringLiteral("fx_rate"), QStringLiteral("fx_rate"), F::Text },
                { QStringLiteral("reversed_date"), QStringLiteral("reversed_day"), F::Date },
                { QStringLiteral("reversal_reason"), QStringLiteral("reversal_reason"), F::Text },
                { QStringLiteral("bank_line_id"), QStringLiteral("bank_line_id"), F::Text },
            } },
        { QStringLiteral("allocations"), QStringLiteral("allocations"), QStringLiteral("id"),
            QStringLiteral("server_id"),
            {
                { QStringLiteral("invoice_number"), QStringLiteral("invoice_id"), F::Document },
                { QStringLiteral("payment_id"), QStringLiteral("payment_id"), F::Text },
                { QStringLiteral("credit_note_number"), QStringLiteral("credit_note_id"), F::Document },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("alloc_date"), QStringLiteral("alloc_day"), F::Date },
                { QStringLiteral("discount_payment_id"), QStringLiteral("discount_payment_id"), F::Text },
                { QStringLiteral("write_off_id"), QStringLiteral("write_off_id"), F::Text },
            } },
        { QStringLiteral("activities"), QStringLiteral("activities"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("kind"), QStringLiteral("kind"), F::Text },
                { QStringLiteral("occurred_at"), QStringLiteral("occurred_at"), F::Timestamp },
                { QStringLiteral("author"), QStringLiteral("author"), F::Text },
                { QStringLiteral("outcome"), QStringLiteral("outcome"), F::Text },
                { QStringLiteral("contact"), QStringLiteral("contact"), F::Text },
                { QStringLiteral("subject"), QStringLiteral("subject"), F::Text },
                { QStringLiteral("note"), QStringLiteral("note"), F::Text },
            },
            true, true },
        { QStringLiteral("promises"), QStringLiteral("promises"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("made_date"), QStringLiteral("made_day"), F::Date },
                { QStringLiteral("promised_date"), QStringLiteral("promised_day"), F::Date },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("invoice_numbers"), QStringLiteral("invoice_numbers"), F::Text },
                { QStringLiteral("author"), QStringLiteral("author"), F::Text },
                { QStringLiteral("note"), QStringLiteral("note"), F::Text },
                { QStringLiteral("cancelled_date"), QStringLiteral("cancelled_day"), F::Date },
            },
            true, true },
        { QStringLiteral("tasks"), QStringLiteral("tasks"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("title"), QStringLiteral("title"), F::Text },
                { QStringLiteral("due_date"), QStringLiteral("due_day"), F::Date },
                { QStringLiteral("done_date"), QStringLiteral("done_day"), F::Date },
                { QStringLiteral("assignee"), QStringLiteral("assignee"), F::Text },
            },
            true, true },
        { QStringLiteral("disputes"), QStringLiteral("disputes"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("invoice_number"), QStringLiteral("invoice_id"), F::Document },
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("reason"), QStringLiteral("reason"), F::Text },
                { QStringLiteral("status"), QStringLiteral("status"), F::Text },
                { QStringLiteral("opened_date"), QStringLiteral("opened_day"), F::Date },
                { QStringLiteral("resolved_date"), QStringLiteral("resolved_day"), F::Date },
                { QStringLiteral("owner"), QStringLiteral("owner"), F::Text },
                { QStringLiteral("note"), QStringLiteral("note"), F::Text },
                { QStringLiteral("resolution"), QStringLiteral("resolution"), F::Text },
                { QStringLiteral("resolution_minor"), QStringLiteral("resolution_minor"), F::Integer },
                { QStringLiteral("resolution_state"), QStringLiteral("resolution_state"), F::Text },
                { QStringLiteral("resolution_document"), QStringLiteral("resolution_document"), F::Text },
                { QStringLiteral("proposed_by"), QStringLiteral("proposed_by"), F::Text },
                { QStringLiteral("decided_by"), QStringLiteral("decided_by"), F::Text },
            },
            true, true },
        { QStringLiteral("dispute_attachments"), QStringLiteral("dispute_attachments"), QStringLiteral("id"),
            QStringLiteral("id"),
            {
                { QStringLiteral("dispute_id"), QStringLiteral("dispute_id"), F::Text },
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("file_name"), QStringLiteral("file_name"), F::Text },
                { QStringLiteral("media_type"), QStringLiteral("media_type"), F::Text },
                { QStringLiteral("content"), QStringLiteral("content"), F::Binary },
                { QStringLiteral("added_by"), QStringLiteral("added_by"), F::Text },
                { QStringLiteral("added_date"), QStringLiteral("added_day"), F::Date },
            },
            true, true },
        { QStringLiteral("credit_requests"), QStringLiteral("credit_requests"), QStringLiteral("id"),
            QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("limit_minor"), QStringLiteral("limit_minor"), F::Integer },
                { QStringLiteral("expires_date"), QStringLiteral("expires_day"), F::Date },
                { QStringLiteral("justification"), QStringLiteral("justification"), F::Text },
                { QStringLiteral("requested_by"), QStringLiteral("requested_by"), F::Text },
                { QStringLiteral("requested_date"), QStringLiteral("requested_day"), F::Date },
                { QStringLiteral("status"), QStringLiteral("status"), F::Text },
                { QStringLiteral("manager_by"), QStringLiteral("manager_by"), F::Text },
                { QStringLiteral("cfo_by"), QStringLiteral("cfo_by"), F::Text },
                { QStringLiteral("decided_date"), QStringLiteral("decided_day"), F::Date },
                { QStringLiteral("decision_note"), QStringLiteral("decision_note"), F::Text },
            },
            true, true },
        { QStringLiteral("credit_holds"), QStringLiteral("credit_holds"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("action"), QStringLiteral("action"), F::Text },
                { QStringLiteral("reason"), QStringLiteral("reason"), F::Text },
                { QStringLiteral("decided_by"), QStringLiteral("decided_by"), F::Text },
                { QStringLiteral("decided_at"), QStringLiteral("decided_at"), F::Timestamp },
            },
            true, true },
        { QStringLiteral("credit_reviews"), QStringLiteral("credit_reviews"), QStringLiteral("id"),
            QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("reviewed_date"), QStringLiteral("reviewed_day"), F::Date },
                { QStringLiteral("reviewed_by"), QStringLiteral("reviewed_by"), F::Text },
                { QStringLiteral("risk_score"), QStringLiteral("risk_score"), F::Integer },
                { QStringLiteral("note"), QStringLiteral("note"), F::Text },
                { QStringLiteral("next_review_date"), QStringLiteral("next_review_day"), F::Date },
            },
            true, true },
        { QStringLiteral("dunning_notices"), QStringLiteral("dunning_notices"), QStringLiteral("id"),
            QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("run_date"), QStringLiteral("run_day"), F::Date },
                { QStringLiteral("level"), QStringLiteral("level"), F::Integer },
                { QStringLiteral("channel"), QStringLiteral("channel"), F::Text },
                { QStringLiteral("invoice_levels"), QStringLiteral("invoice_levels"), F::Text },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("fee_minor"), QStringLiteral("fee_minor"), F::Integer },
            },
            true, true },
        { QStringLiteral("refunds"), QStringLiteral("refunds"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("payment_id"), QStringLiteral("payment_id"), F::Text },
                { QStringLiteral("refund_date"), QStringLiteral("refund_day"), F::Date },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("method"), QStringLiteral("method"), F::Text },
                { QStringLiteral("reference"), QStringLiteral("reference"), F::Text },
            },
            true, true },
        { QStringLiteral("write_offs"), QStringLiteral("write_offs"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("invoice_number"), QStringLiteral("invoice_id"), F::Document },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("reason"), QStringLiteral("reason"), F::Text },
                { QStringLiteral("requested_by"), QStringLiteral("requested_by"), F::Text },
                { QStringLiteral("requested_date"), QStringLiteral("requested_day"), F::Date },
                { QStringLiteral("status"), QStringLiteral("status"), F::Text },
                { QStringLiteral("decided_by"), QStringLiteral("decided_by"), F::Text },
                { QStringLiteral("decided_date"), QStringLiteral("decided_day"), F::Date },
            },
            true, true },
        { QStringLiteral("sales_orders"), QStringLiteral("sales_orders"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("order_date"), QStringLiteral("order_day"), F::Date },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("total_minor"), QStringLiteral("total_minor"), F::Integer },
                { QStringLiteral("lines"), QStringLiteral("lines"), F::Text },
                { QStringLiteral("customer_reference"), QStringLiteral("customer_reference"), F::Text },
                { QStringLiteral("status"), QStringLiteral("status"), F::Text },
                { QStringLiteral("hold_reason"), QStringLiteral("hold_reason"), F::Text },
                { QStringLiteral("decided_by"), QStringLiteral("decided_by"), F::Text },
                { QStringLiteral("invoice_draft"), QStringLiteral("invoice_draft"), F::Text },
            },
            true, true },
        { QStringLiteral("late_fee_charges"), QStringLiteral("late_fee_charges"), QStringLiteral("id"),
            QStringLiteral("id"),
            {
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("invoice_number"), QStringLiteral("invoice_id"), F::Document },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("charged_from"), QStringLiteral("charged_from"), F::Date },
                { QStringLiteral("charged_to"), QStringLiteral("charged_to"), F::Date },
                { QStringLiteral("interest_minor"), QStringLiteral("interest_minor"), F::Integer },
                { QStringLiteral("fee_minor"), QStringLiteral("fee_minor"), F::Integer },
                { QStringLiteral("charge_draft"), QStringLiteral("charge_draft"), F::Text },
            },
            true, true },
        // Before their lines: a line names its statement.
        { QStringLiteral("bank_statements"), QStringLiteral("bank_statements"), QStringLiteral("id"),
            QStringLiteral("id"),
            {
                { QStringLiteral("format"), QStringLiteral("format"), F::Text },
                { QStringLiteral("statement_ref"), QStringLiteral("statement_ref"), F::Text },
                { QStringLiteral("account"), QStringLiteral("account"), F::Text },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("opening_minor"), QStringLiteral("opening_minor"), F::Integer },
                { QStringLiteral("closing_minor"), QStringLiteral("closing_minor"), F::Integer },
                { QStringLiteral("opening_date"), QStringLiteral("opening_day"), F::Date },
                { QStringLiteral("closing_date"), QStringLiteral("closing_day"), F::Date },
                { QStringLiteral("balanced"), QStringLiteral("balanced"), F::Integer },
                { QStringLiteral("file_name"), QStringLiteral("file_name"), F::Text },
                { QStringLiteral("imported_at"), QStringLiteral("imported_at"), F::Text },
            },
            false, true },
        { QStringLiteral("bank_lines"), QStringLiteral("bank_lines"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("statement_id"), QStringLiteral("statement_id"), F::Text },
                { QStringLiteral("fingerprint"), QStringLiteral("fingerprint"), F::Text },
                { QStringLiteral("entry_ref"), QStringLiteral("entry_ref"), F::Text },
                { QStringLiteral("bank_ref"), QStringLiteral("bank_ref"), F::Text },
                { QStringLiteral("end_to_end"), QStringLiteral("end_to_end"), F::Text },
                { QStringLiteral("booking_date"), QStringLiteral("booking_day"), F::Date },
                { QStringLiteral("value_date"), QStringLiteral("value_day"), F::Date },
                { QStringLiteral("currency"), QStringLiteral("currency"), F::Text },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("counterparty_name"), QStringLiteral("counterparty_name"), F::Text },
                { QStringLiteral("counterparty_iban"), QStringLiteral("counterparty_iban"), F::Text },
                { QStringLiteral("counterparty_bic"), QStringLiteral("counterparty_bic"), F::Text },
                { QStringLiteral("remittance"), QStringLiteral("remittance"), F::Text },
                { QStringLiteral("structured_ref"), QStringLiteral("structured_ref"), F::Text },
                { QStringLiteral("transaction_code"), QStringLiteral("transaction_code"), F::Text },
                { QStringLiteral("reversal"), QStringLiteral("reversal"), F::Integer },
                { QStringLiteral("status"), QStringLiteral("status"), F::Text },
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("confidence_bp"), QStringLiteral("confidence_bp"), F::Integer },
                { QStringLiteral("proposals"), QStringLiteral("proposals"), F::Text },
                { QStringLiteral("payment_id"), QStringLiteral("payment_id"), F::Text },
                { QStringLiteral("matched_by"), QStringLiteral("matched_by"), F::Text },
            },
            false, true },
        { QStringLiteral("payer_links"), QStringLiteral("payer_links"), QStringLiteral("id"), QStringLiteral("id"),
            {
                { QStringLiteral("kind"), QStringLiteral("kind"), F::Text },
                { QStringLiteral("key"), QStringLiteral("key"), F::Text },
                { QStringLiteral("customer_id"), QStringLiteral("customer_id"), F::Text },
                { QStringLiteral("learned_from"), QStringLiteral("learned_from"), F::Text },
                { QStringLiteral("learned_at"), QStringLiteral("learned_at"), F::Text },
            },
            true, true },
        { QStringLiteral("team_settings"), QStringLiteral("team_settings"), QStringLiteral("key"),
            QStringLiteral("key"),
            {
                { QStringLiteral("value"), QStringLiteral("value"), F::Text },
            },
            false, true },
    };
    return tables;
}

const SyncTable *SyncTable::named(const QString &serverName)
{
    for (const SyncTable &table : all()) {
        if (table.server == serverName)
            return &table;
    }
    return nullptr;
}

} // namespace cc::sync
