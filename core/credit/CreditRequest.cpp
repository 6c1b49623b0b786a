// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditRequest.h"

namespace cc::credit {

QString CreditRequest::toText(Status status)
{
    switch (status) {
    case Status::AwaitingCfo:
        return QStringLiteral("awaiting_cfo");
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Requested:
        break;
    }
    return QStringLiteral("requested");
}

CreditRequest::Status CreditRequest::statusFrom(const QString &text)
{
    for (Status status : { Status::AwaitingCfo, Status::Approved, Status::Rejected }) {
        if (text == toText(status))
            return status;
    }
    return Status::Requested;
}

} // namespace cc::credit
