// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <QDate>

namespace cc::storage {

/// Periodic credit reviews as the workspace holds them, and which accounts are due for one.
class CreditReviewRepository {
public:
    struct Review {
        QString id;
        QString customerId;
        QDate reviewedOn;
        QString reviewedBy;
        int riskScore = 0;
        QString note;
        QDate nextReview;
    };
    /// An account due for review: never reviewed (no last review) or past its next review day.
    struct Due {
        QString customerId;
        QString customerName;
        QString collector;
        QDate lastReviewed;
        QDate dueOn; ///< invalid when never reviewed
    };

    explicit CreditReviewRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// A customer's reviews, newest first.
    Result<QList<Review>> history(const QString &customerId);
    /// Accounts with credit (a limit or something open) whose review is due on `day`: never
    /// reviewed first, then the longest overdue.
    Result<QList<Due>> dueOn(const QDate &day);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
