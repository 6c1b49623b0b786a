// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PaymentAllocator.h"

namespace cc::cash {

/// An invoice a bank credit may pay: what is open of it, and whose it is.
struct OpenInvoice {
    QString customerId;
    PaymentAllocator::OpenItem item;
};

} // namespace cc::cash
