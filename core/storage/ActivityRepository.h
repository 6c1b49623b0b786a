// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "collections/Activity.h"

#include <QHash>

namespace cc::storage {

/// Calls, emails and notes in the workspace.
class ActivityRepository {
public:
    explicit ActivityRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// A customer's activities, newest first.
    Result<QList<collections::Activity>> ofCustomer(const QString &customerId);
    /// The day of each customer's latest call, email, SMS or letter up to `day` (notes are
    /// not contacts).
    Result<QHash<QString, QDate>> lastContacts(const QDate &day);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
