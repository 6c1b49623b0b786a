// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "credit/CreditRequest.h"
#include "credit/RiskScore.h"
#include "storage/SqlDatabase.h"
#include "sync/FieldValues.h"

#include <QCoreApplication>

namespace cc::services {

/// Credit management: limit requests and their decisions, credit holds and releases, the risk
/// score and periodic reviews. Each step goes to the server through the sync outbox, where the
/// roles are enforced (a credit manager other than the requester decides, the CFO as well above
/// the team's threshold), and onto the customer's timeline.
class CreditDesk {
    Q_DECLARE_TR_FUNCTIONS(CreditDesk)

public:
    /// Team setting: per currency, the largest credit limit a credit manager approves alone, in
    /// minor units, as JSON ({"EUR": 5000000}). Without one for a currency, no CFO is asked.
    static const QString CfoThresholdsKey;

    CreditDesk(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(sync::notNull(author))
    {
    }

    Result<std::optional<Money>> cfoThreshold(const Currency &currency);
    Status setCfoThreshold(const Money &threshold);

    /// Asks for a credit limit for the customer, lasting or (with `expiresOn`) temporary.
    Result<credit::CreditRequest> request(
        const QString &customerId, const Money &limit, const QString &justification, const QDate &expiresOn = {});
    /// Approves a request: in force at once, or waiting for the CFO when above the threshold;
    /// one waiting for the CFO is approved by them.
    Result<credit::CreditRequest> approve(const QString &requestId, const QString &note = {});
    Result<credit::CreditRequest> reject(const QString &requestId, const QString &note);

    /// Puts the customer on credit hold (their orders are held) or releases them, saying why.
    Status hold(const QString &customerId, const QString &reason);
    Status release(const QString &customerId, const QString &reason);

    Result<credit::RiskScore> riskScore(const QString &customerId);
    /// Records a periodic review with today's risk score; the next one is due after the
    /// interval the score's grade asks for. Returns the review's id.
    Result<QString> review(const QString &customerId, const QString &note);

private:
    Result<credit::CreditRequest> find(const QString &requestId);
    Result<credit::CreditRequest> decide(
        credit::CreditRequest request, credit::CreditRequest::Status to, const QString &note);
    Status recordHold(const QString &customerId, bool hold, const QString &reason);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
