// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

namespace cc {

/// One invoice line. Quantity is kept in thousandths, discount and tax rate in basis points.
struct InvoiceLine {
    static constexpr qint64 QuantityScale = 1000;

    QString item;
    QString description;
    qint64 quantityMilli = QuantityScale;
    Money unitPrice;
    int discountBp = 0;
    int taxBp = 0;

    friend bool operator==(const InvoiceLine &, const InvoiceLine &) = default;

    /// quantity × price × (1 − discount), rounded half away from zero to the minor unit.
    Money netAmount() const
    {
        return unitPrice.multipliedBy(
            quantityMilli * (10'000 - discountBp), QuantityScale * 10'000, RoundingMode::HalfAwayFromZero);
    }
};

} // namespace cc
