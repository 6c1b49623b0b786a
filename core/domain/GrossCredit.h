// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceTotals.h"

#include <QCoreApplication>

namespace cc {

/// The lines of a credit note that gives back exactly a gross amount of an invoice (a disputed
/// amount, say): split over the invoice's tax rates in proportion to what each rate carries,
/// each part a net price whose tax brings it to the part. Where no net price reaches a part
/// to the cent (tax rounding skips it), a one-cent line without tax makes up the difference,
/// so the credit is never a cent more or less than asked.
class GrossCredit {
    Q_DECLARE_TR_FUNCTIONS(GrossCredit)

public:
    static QList<InvoiceLine> linesFor(
        const QList<InvoiceLine> &invoiceLines, const Money &gross, const QString &description);
};

} // namespace cc
