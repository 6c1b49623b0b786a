// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceLine.h"

#include <QMap>

namespace cc {

/// Where tax is rounded: on each line, or once per rate over the invoice's lines.
enum class TaxRounding { PerLine, PerInvoice };

/// Net, tax per rate and gross of a set of lines, derived exactly.
struct InvoiceTotals {
    Money net;
    QMap<int, Money> taxByRate; ///< basis points → tax
    Money tax;
    Money gross;

    static InvoiceTotals compute(const QList<InvoiceLine> &lines, const Currency &currency, TaxRounding rounding);
};

} // namespace cc
