// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "collections/FollowUpTask.h"

#include <QHash>

namespace cc::storage {

/// Follow-up tasks in the workspace.
class TaskRepository {
public:
    explicit TaskRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// A customer's tasks, open ones first, each group by due day.
    Result<QList<collections::FollowUpTask>> ofCustomer(const QString &customerId);
    /// Tasks open on `day` and due then or before, by customer.
    Result<QHash<QString, QList<collections::FollowUpTask>>> dueOn(const QDate &day);

private:
    Result<QList<collections::FollowUpTask>> read(const QString &sql, const std::function<void(SqlStatement &)> &bind);

    SqlDatabase &m_db;
};

} // namespace cc::storage
