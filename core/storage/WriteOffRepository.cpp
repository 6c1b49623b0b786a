// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteOffRepository.h"

#include "FindById.h"

namespace cc::storage {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT w.id, w.customer_id, i.number, w.currency, w.amount_minor, w.reason, w.requested_by, w.requested_day, "
    "w.status, w.decided_by, w.decided_day FROM write_offs w JOIN invoices i ON i.id = w.invoice_id ");

Result<WriteOff> writeOffAt(const SqlStatement &row)
{
    auto currency = row.currency(3);
    if (!currency)
        return currency.error();
    return WriteOff { row.text(0), row.text(1), row.text(2), Money(row.int64(4), *currency), row.text(5), row.text(6),
        row.date(7), WriteOff::statusFrom(row.text(8)), row.text(9), row.date(10) };
}

} // namespace

Result<std::optional<WriteOff>> WriteOffRepository::find(const QString &id)
{
    return findById<WriteOff>(m_db, kSelect + QStringLiteral("WHERE w.id = ?1"), id, writeOffAt);
}

Result<QList<WriteOff>> WriteOffRepository::list(std::optional<WriteOff::Status> status)
{
    auto query = m_db.prepare(kSelect + (status ? QStringLiteral("WHERE w.status = ?1 ") : QString())
        + QStringLiteral("ORDER BY w.requested_day, w.id"));
    if (!query)
        return query.error();
    if (status)
        query->bind(1, WriteOff::toText(*status));
    QList<WriteOff> rows;
    if (auto read = query->forEachRow([&]() -> Status {
            auto writeOff = writeOffAt(*query);
            if (!writeOff)
                return writeOff.error();
            rows.append(*writeOff);
            return success();
        });
        !read)
        return read.error();
    return rows;
}

} // namespace cc::storage
