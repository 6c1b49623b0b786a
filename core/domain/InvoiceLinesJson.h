// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "InvoiceLine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cc {

/// Invoice lines as JSON, in the server's field names (item, description, quantity_milli,
/// unit_price_minor, discount_bp, tax_bp): what issuing sends and what an order keeps.
class InvoiceLinesJson {
    Q_DECLARE_TR_FUNCTIONS(InvoiceLinesJson)

public:
    static QJsonArray toJson(const QList<InvoiceLine> &lines);
    /// Lines priced in `currency`; refused, naming the line, when one is not such an object.
    static Result<QList<InvoiceLine>> fromJson(const QJsonArray &lines, const Currency &currency);
};

} // namespace cc
