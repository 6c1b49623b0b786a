// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc::storage {

/// SQL for what was open of document `i` at the end of the day bound as `day` (":asof", say):
/// its total less the allocations to it dated by then, plus those applying it as a credit note.
/// Aging, the KPIs, letters and drill-downs all count "open on a day" this way.
inline QString openAtDaySql(const QString &day)
{
    return QStringLiteral("(i.total_minor"
                          " - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a"
                          " WHERE a.invoice_id = i.id AND a.alloc_day <= %1), 0)"
                          " + COALESCE((SELECT SUM(a.amount_minor) FROM allocations a"
                          " WHERE a.credit_note_id = i.id AND a.alloc_day <= %1), 0))")
        .arg(day);
}

/// SQL for what is open of document `document` now, from all its allocations: payments and
/// credit notes applied to an invoice reduce it; applications of a credit note (negative
/// total) bring it toward zero.
inline QString openAmountSql(const QString &document)
{
    return QStringLiteral(
        "(%1.total_minor"
        " - COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.invoice_id = %1.id), 0)"
        " + COALESCE((SELECT SUM(a.amount_minor) FROM allocations a WHERE a.credit_note_id = %1.id), 0))")
        .arg(document);
}

} // namespace cc::storage
