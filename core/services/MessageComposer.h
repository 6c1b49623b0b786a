// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"
#include "messaging/OutgoingMessage.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <optional>

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
        std::optional<Money> fee; ///< a dunning fee, as {{fee}}
    };

    static Result<messaging::OutgoingMessage> compose(
        storage::SqlDatabase &db, const Request &request, const QDate &today, const QString &sender);
};

} // namespace cc::services
