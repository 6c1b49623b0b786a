// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncTable.h"

namespace cc::sync {

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
            } },
        { QStringLiteral("allocations"), QStringLiteral("allocations"), QStringLiteral("id"),
            QStringLiteral("server_id"),
            {
                { QStringLiteral("invoice_number"), QStringLiteral("invoice_id"), F::Document },
                { QStringLiteral("payment_id"), QStringLiteral("payment_id"), F::Text },
                { QStringLiteral("credit_note_number"), QStringLiteral("credit_note_id"), F::Document },
                { QStringLiteral("amount_minor"), QStringLiteral("amount_minor"), F::Integer },
                { QStringLiteral("alloc_date"), QStringLiteral("alloc_day"), F::Date },
            } },
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
