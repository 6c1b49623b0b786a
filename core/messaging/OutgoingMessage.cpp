// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutgoingMessage.h"

namespace cc::messaging {

QString toString(Channel channel)
{
    return channel == Channel::Email ? QStringLiteral("email") : QStringLiteral("sms");
}

QString toString(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Queued:
        return QStringLiteral("queued");
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace cc::messaging
