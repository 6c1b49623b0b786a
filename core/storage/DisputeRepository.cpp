// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeRepository.h"

#include "FindById.h"

namespace cc::storage {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT d.id, i.number, d.customer_id, i.currency, d.amount_minor, d.reason, d.status, d.opened_day, "
    "d.resolved_day, d.owner, d.note, d.resolution, d.resolution_minor, d.resolution_state, d.resolution_document, "
    "d.proposed_by, d.decided_by FROM disputes d JOIN invoices i ON i.id = d.invoice_id ");

Result<Dispute> disputeAt(const SqlStatement &row)
{
    auto currency = row.currency(3);
    if (!currency)
        return currency.error();
    Dispute dispute { row.text(0), row.text(1), row.text(2), Money(row.int64(4), *currency), row.text(5),
        Dispute::statusFrom(row.text(6)), row.date(7), row.date(8), row.text(9), row.text(10), std::nullopt };
    const auto kind = DisputeResolution::kindFrom(row.text(11));
    if (kind && !row.isNull(13)) {
        dispute.resolution = DisputeResolution { *kind, Money(row.int64(12), *currency),
            row.text(13) == DisputeResolution::toText(DisputeResolution::State::Approved)
                ? DisputeResolution::State::Approved
                : DisputeResolution::State::Proposed,
            row.text(14), row.text(15), row.text(16) };
    }
    return dispute;
}

} // namespace

Result<std::optional<Dispute>> DisputeRepository::find(const QString &id)
{
    return findById<Dispute>(m_db, kSelect + QStringLiteral("WHERE d.id = ?1"), id, disputeAt);
}

Result<QList<Dispute>> DisputeRepository::list(bool all, const QString &owner)
{
    QStringList conditions;
    if (!all)
        conditions << QStringLiteral("d.status <> 'resolved'");
    if (!owner.isEmpty())
        conditions << QStringLiteral("d.owner = ?1");
    auto query = m_db.prepare(kSelect
        + (conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")))
        + QStringLiteral(" ORDER BY d.opened_day, d.id"));
    if (!query)
        return query.error();
    if (!owner.isEmpty())
        query->bind(1, owner);
    QList<Dispute> disputes;
    if (auto read = query->forEachRow([&]() -> Status {
            auto dispute = disputeAt(*query);
            if (!dispute)
                return dispute.error();
            disputes.append(*dispute);
            return success();
        });
        !read)
        return read.error();
    return disputes;
}

Result<qint64> DisputeRepository::disputedMinor(const QString &invoiceNumber, const QString &except)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT COALESCE(SUM(amount_minor), 0) FROM disputes WHERE status <> 'resolved' AND id <> ?2 "
                       "AND invoice_id = (SELECT id FROM invoices WHERE number = ?1)"));
    if (!query)
        return query.error();
    auto row = query->bind(1, invoiceNumber).bind(2, except).next();
    if (!row)
        return row.error();
    return query->int64(0);
}

} // namespace cc::storage
