// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceTotals.h"

namespace cc {

InvoiceTotals InvoiceTotals::compute(const QList<InvoiceLine> &lines, const Currency &currency, TaxRounding rounding)
{
    InvoiceTotals totals{Money::zero(currency), {}, Money::zero(currency), Money::zero(currency)};
    QMap<int, Money> netByRate;
    for (const InvoiceLine &line : lines) {
        const Money net = line.netAmount();
        totals.net += net;
        if (rounding == TaxRounding::PerLine) {
            const Money tax = net.multipliedBy(line.taxBp, 10'000, RoundingMode::HalfAwayFromZero);
            totals.taxByRate[line.taxBp] = totals.taxByRate.value(line.taxBp, Money::zero(currency)) + tax;
        } else {
            netByRate[line.taxBp] = netByRate.value(line.taxBp, Money::zero(currency)) + net;
        }
    }
    for (auto it = netByRate.cbegin(); it != netByRate.cend(); ++it)
        totals.taxByRate[it.key()] = it.value().multipliedBy(it.key(), 10'000, RoundingMode::HalfAwayFromZero);
    for (const Money &tax : std::as_const(totals.taxByRate))
        totals.tax += tax;
    totals.gross = totals.net + totals.tax;
    return totals;
}

} // namespace cc
