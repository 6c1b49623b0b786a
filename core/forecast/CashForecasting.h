// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExpectedReceipt.h"
#include "ForecastWeek.h"
#include "collections/PromiseState.h"
#include "domain/PaymentTerms.h"
#include "storage/PaymentHistoryQuery.h"
#include "storage/SqlDatabase.h"

#include <QMap>

namespace cc::forecast {

/// The cash forecast from what is open: every open invoice (each installment of one on
/// installment terms) is expected when its customer's payment behaviour (PaymentPredictor,
/// learnt from what was settled by then) says, except that an open promise to pay brings what
/// it covers (its invoices', or the account's oldest) to its date, give or take two days, an
/// installment plan each installment to its day, and a disputed amount waits at least for the
/// dispute's service level, give or take a week more.
class CashForecasting {
public:
    /// Spread of a promised payment's day.
    static constexpr double PromiseSpreadDays = 2;
    /// Least spread of a disputed amount's day.
    static constexpr double DisputeSpreadDays = 7;

    explicit CashForecasting(storage::SqlDatabase &db)
        : m_db(db)
    {
    }

    /// What is expected in, as known at the end of the day before `from`.
    Result<QList<ExpectedReceipt>> receipts(const QDate &from);
    /// `weeks` weeks from `from`, per currency code.
    Result<QMap<QString, QList<ForecastWeek>>> weekly(const QDate &from, int weeks);

    /// What is open of an invoice by when it falls due: its installments (by its terms), what
    /// was paid taken from the earliest; else the open amount on its due date.
    static QList<std::pair<QDate, qint64>> openParts(
        const storage::PaymentHistoryQuery::Invoice &invoice, const PaymentTerms *terms);
    /// What an open promise still brings on its day, and for which invoices (none: the account).
    struct PromisedAmount {
        QDate day;
        qint64 minor = 0;
        QStringList invoiceNumbers;
    };
    /// What a customer's open promises still bring, soonest first.
    static QList<PromisedAmount> stillPromised(const QList<collections::PromiseState> &promises, const QDate &from);

private:
    storage::SqlDatabase &m_db;
};

} // namespace cc::forecast
