// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Payment.h"

namespace cc {

/// A payment with how much of it is still unapplied.
struct PaymentSummary {
    Payment payment;
    Money unapplied;
};

} // namespace cc
