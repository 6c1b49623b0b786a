// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QDateTime>
#include <optional>

namespace cc::storage {

/// Credit holds and releases as the workspace holds them; the latest says whether a customer
/// is on hold.
class CreditHoldRepository {
public:
    struct Event {
        QString id;
        QString customerId;
        bool hold = true;
        QString reason;
        QString decidedBy;
        QDateTime decidedAt;
    };

    explicit CreditHoldRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// Why the customer is on hold, or nothing when they are not.
    Result<std::optional<QString>> holdReason(const QString &customerId);
    /// A customer's holds and releases, newest first.
    Result<QList<Event>> history(const QString &customerId);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
