// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageComposer.h"

#include "LetterContext.h"
#include "MoneyFormatter.h"
#include "storage/CustomerRepository.h"
#include "storage/TemplateRepository.h"

namespace cc::services {

using messaging::Channel;

Result<messaging::OutgoingMessage> MessageComposer::compose(
    storage::SqlDatabase &db, const Request &request, const QDate &today, const QString &sender)
{
    auto customer = storage::CustomerRepository(db).find(request.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(request.customerId));
    messaging::OutgoingMessage message;
    message.customerId = request.customerId;
    message.channel = request.channel;
    for (const Contact &contact : (*customer)->contacts) {
        const QString address = request.channel == Channel::Email ? contact.email : contact.phone;
        if (!address.isEmpty() && !message.recipients.contains(address))
            message.recipients << address;
    }
    if (message.recipients.isEmpty()) {
        return makeError(ErrorCode::InvalidInput,
            request.channel == Channel::Email ? tr("%1 has no contact with an email address").arg(request.customerId)
                                              : tr("%1 has no contact with a phone number").arg(request.customerId));
    }
    auto found = storage::TemplateRepository(db).find(request.templateKey, (*customer)->language);
    if (!found)
        return found.error();
    auto context
        = LetterContext::build(db, request.customerId, today, sender, request.onlyOverdue, request.excludeInvoices);
    if (!context)
        return context.error();
    if (request.fee && request.fee->isPositive()) {
        const QString language = (*customer)->language.isEmpty() ? QStringLiteral("en") : (*customer)->language;
        context->insert(QStringLiteral("fee"), MoneyFormatter(QLocale(language)).format(*request.fee));
    }
    auto rendered = found->render(*context);
    if (!rendered)
        return rendered.error();
    message.subject = rendered->first;
    message.body = rendered->second;
    return message;
}

} // namespace cc::services
