// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenDocumentScan.h"

namespace cc::storage {
namespace {

// Open at the day: issued by then, not settled by then. The two halves of "not settled" are
// separate ranges of the settlement index, hence the UNION ALL.
const QString kOpenDocuments = QStringLiteral(R"sql(
SELECT i.id, %2, i.customer_id, i.due_day, i.total_minor, i.status = 'open' AND i.settled_day IS NULL
FROM invoices i
WHERE %1 AND i.invoice_day <= :day AND i.status NOT IN ('draft', 'cancelled') %3)sql");

// What was applied to a document by the day: allocated to it, less what it gave as a credit note.
const QString kApplied = QStringLiteral(
    "SELECT COALESCE((SELECT SUM(amount_minor) FROM allocations WHERE invoice_id = ?1 AND alloc_day <= ?2), 0) "
    "- COALESCE((SELECT SUM(amount_minor) FROM allocations WHERE credit_note_id = ?1 AND alloc_day <= ?2), 0)");

} // namespace

Status OpenDocumentScan::run(const QDate &day, const Options &options,
    const std::function<bool(const QString &)> &wanted, const std::function<Status(const OpenDocument &)> &each)
{
    QString filter;
    if (options.invoicesOnly)
        filter += QStringLiteral(" AND i.kind = 0");
    if (options.dueBy.isValid())
        filter += QStringLiteral(" AND i.due_day <= :until");
    const QString number = options.withNumbers ? QStringLiteral("i.number") : QStringLiteral("''");
    auto query = m_db.prepare(QStringLiteral("%1 UNION ALL %2")
                                  .arg(kOpenDocuments.arg(QStringLiteral("i.settled_day IS NULL"), number, filter),
                                      kOpenDocuments.arg(QStringLiteral("i.settled_day > :day"), number, filter)));
    if (!query)
        return query.error();
    query->bind(":day", day);
    if (options.dueBy.isValid())
        query->bind(":until", options.dueBy);
    auto applied = m_db.cached(kApplied);
    if (!applied)
        return applied.error();
    return query->forEachRow([&]() -> Status {
        OpenDocument document;
        document.customerId = query->text(2);
        if (!wanted(document.customerId))
            return success();
        document.id = query->int64(0);
        document.number = query->text(1);
        document.dueDate = query->date(3);
        document.openMinor = query->int64(4);
        // A document still open with nothing applied needs no look at its allocations.
        if (query->int64(5) == 0) {
            (*applied)->bind(1, document.id).bind(2, day);
            auto found = (*applied)->next();
            if (!found)
                return found.error();
            document.openMinor -= (*applied)->int64(0);
            (*applied)->reset();
        }
        return each(document);
    });
}

} // namespace cc::storage
