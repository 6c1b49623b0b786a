// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/OutgoingMessage.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace cc::services {

/// Writes a message to a customer from a template in their language, to their contacts'
/// addresses (or phone numbers, for SMS).
class MessageComposer {
    Q_DECLARE_TR_FUNCTIONS(MessageComposer)

public:
    struct Request {
        QString customerId;
        QString templateKey;
        messaging::Channel channel = messaging::Channel::Email;
        bool onlyOverdue = false; ///< list just what is past due
        QStringList excludeInvoices; ///< left out of the letter (under a promise, disputed)
        QVariantMap extra; ///< more values for the template (a dunning fee)
    };

    static Result<messaging::OutgoingMessage> compose(
        storage::SqlDatabase &db, const Request &request, const QDate &today, const QString &sender);
};

} // namespace cc::services
