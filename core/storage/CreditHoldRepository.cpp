// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditHoldRepository.h"

namespace cc::storage {

Result<std::optional<QString>> CreditHoldRepository::holdReason(const QString &customerId)
{
    auto latest = history(customerId);
    if (!latest)
        return latest.error();
    if (latest->isEmpty() || !latest->first().hold)
        return std::optional<QString>();
    return std::optional<QString>(latest->first().reason);
}

Result<QList<CreditHoldRepository::Event>> CreditHoldRepository::history(const QString &customerId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, customer_id, action, reason, decided_by, decided_at "
                                             "FROM credit_holds WHERE customer_id = ?1 "
                                             "ORDER BY decided_at DESC, rowid DESC"));
    if (!query)
        return query.error();
    query->bind(1, customerId);
    QList<Event> events;
    if (auto read = query->forEachRow([&]() -> Status {
            events.append({ query->text(0), query->text(1), query->text(2) == QLatin1String("hold"), query->text(3),
                query->text(4), QDateTime::fromString(query->text(5), Qt::ISODate) });
            return success();
        });
        !read)
        return read.error();
    return events;
}

} // namespace cc::storage
