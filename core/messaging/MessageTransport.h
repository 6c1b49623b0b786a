// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "OutgoingMessage.h"
#include "common/Result.h"

namespace cc::messaging {

/// Something that delivers messages of one channel: the mail server, an SMS gateway.
class MessageTransport {
public:
    virtual ~MessageTransport() = default;
    /// Delivers the message (blocking) and returns the id the far end gave it.
    virtual Result<QString> send(const OutgoingMessage &message) const = 0;
};

} // namespace cc::messaging
