// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgConnection.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cc::server {

/// A customer's entries in the server's append-only audit log: every change to the customer and
/// to the records that hang off it, by whom and when, with the fields that changed. Read by
/// those the server lets read the log (credit managers, the CFO, admins).
class AuditTrail {
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    struct Entry {
        QDateTime at;
        QString actor;
        QString table;
        QString operation; ///< INSERT, UPDATE or DELETE
        QString key;
        QString changes; ///< "field: before → after; …", or the new record's fields
    };

    /// The newest `limit` entries about the customer, newest first.
    static Result<QList<Entry>> forCustomer(PgConnection &server, const QString &customerId, int limit = 500);
};

} // namespace cc::server
