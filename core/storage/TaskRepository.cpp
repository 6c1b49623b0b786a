// SPDX-License-Identifier: GPL-3.0-or-later
#include "TaskRepository.h"

namespace cc::storage {

using collections::FollowUpTask;

Result<QList<FollowUpTask>> TaskRepository::read(
    const QString &condition, const std::function<void(SqlStatement &)> &bind)
{
    auto query
        = m_db.prepare(QStringLiteral("SELECT id, customer_id, title, due_day, done_day, assignee FROM tasks WHERE %1 "
                                      "ORDER BY done_day IS NOT NULL, due_day, id")
                           .arg(condition));
    if (!query)
        return query.error();
    bind(*query);
    QList<FollowUpTask> tasks;
    if (auto status = query->forEachRow([&]() -> Status {
            tasks << FollowUpTask { query->text(0), query->text(1), query->text(2), query->date(3), query->date(4),
                query->text(5) };
            return success();
        });
        !status)
        return status.error();
    return tasks;
}

Result<QList<FollowUpTask>> TaskRepository::ofCustomer(const QString &customerId)
{
    return read(QStringLiteral("customer_id = ?1"), [&](SqlStatement &q) { q.bind(1, customerId); });
}

Result<QHash<QString, QList<FollowUpTask>>> TaskRepository::dueOn(const QDate &day)
{
    auto tasks = read(QStringLiteral("due_day <= ?1 AND (done_day IS NULL OR done_day > ?1)"),
        [&](SqlStatement &q) { q.bind(1, day); });
    if (!tasks)
        return tasks.error();
    QHash<QString, QList<FollowUpTask>> byCustomer;
    for (FollowUpTask &task : *tasks)
        byCustomer[task.customerId] << std::move(task);
    return byCustomer;
}

} // namespace cc::storage
