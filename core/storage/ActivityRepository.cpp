// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityRepository.h"

namespace cc::storage {

using collections::Activity;

Result<QList<Activity>> ActivityRepository::ofCustomer(const QString &customerId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, customer_id, kind, occurred_at, author, outcome, contact, "
                                             "subject, note FROM activities WHERE customer_id = ?1 "
                                             "ORDER BY occurred_at DESC, id"));
    if (!query)
        return query.error();
    query->bind(1, customerId);
    QList<Activity> activities;
    if (auto status = query->forEachRow([&]() -> Status {
            auto kind = collections::activityKindFromString(query->text(2));
            auto outcome = collections::callOutcomeFromString(query->text(5));
            if (!kind || !outcome)
                return makeError(ErrorCode::CorruptWorkspace,
                    QStringLiteral("activity %1 has an unknown kind or outcome").arg(query->text(0)));
            Activity a;
            a.id = query->text(0);
            a.customerId = query->text(1);
            a.kind = *kind;
            a.occurredAt = QDateTime::fromString(query->text(3), Qt::ISODate);
            a.author = query->text(4);
            a.outcome = *outcome;
            a.contact = query->text(6);
            a.subject = query->text(7);
            a.note = query->text(8);
            activities << std::move(a);
            return success();
        });
        !status)
        return status.error();
    return activities;
}

Result<QHash<QString, QDate>> ActivityRepository::lastContacts(const QDate &day)
{
    // Times are UTC ISO text, so they compare as text; the day ends before the next one starts.
    auto query = m_db.prepare(QStringLiteral("SELECT customer_id, MAX(occurred_at) FROM activities "
                                             "WHERE kind <> 'note' AND occurred_at < ?1 GROUP BY customer_id"));
    if (!query)
        return query.error();
    query->bind(1, day.addDays(1).toString(Qt::ISODate));
    QHash<QString, QDate> last;
    if (auto status = query->forEachRow([&]() -> Status {
            last.insert(query->text(0), QDateTime::fromString(query->text(1), Qt::ISODate).date());
            return success();
        });
        !status)
        return status.error();
    return last;
}

} // namespace cc::storage
