// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PromiseToPay.h"

namespace cc::collections {

/// A promise with what was paid towards it and the status that follows on a given day.
struct PromiseState {
    PromiseToPay promise;
    Money paid;
    PromiseStatus status = PromiseStatus::Open;
};

} // namespace cc::collections
