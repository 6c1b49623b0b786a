// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDatabase.h"

#include <QVariantMap>

namespace cc::services {

/// What a letter, email or SMS to a customer can say, for its template: customer, contact,
/// the open invoices (number, date, due_date, open, days_overdue), total_open,
/// total_overdue, payment_link, company, today and sender; amounts and dates in the
/// customer's language.
class LetterContext {
public:
    /// `onlyOverdue` lists just the invoices past due (dunning); otherwise every open one.
    /// `exclude` are invoice numbers to leave out (under a promise, disputed).
    static Result<QVariantMap> build(storage::SqlDatabase &db, const QString &customerId, const QDate &today,
        const QString &sender, bool onlyOverdue = false, const QStringList &exclude = {});
};

} // namespace cc::services
