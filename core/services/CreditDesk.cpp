// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditDesk.h"

#include "CollectionsLog.h"
#include "TeamSettings.h"
#include "common/RowId.h"
#include "storage/CreditHoldRepository.h"
#include "storage/CreditRequestRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/RiskFactsQuery.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonObject>

namespace cc::services {
namespace {

using credit::CreditRequest;

QString limitText(const CreditRequest &request)
{
    return request.isTemporary()
        ? CreditDesk::tr("%1 until %2").arg(request.limit.toText(), request.expiresOn.toString(Qt::ISODate))
        : request.limit.toText();
}

} // namespace

const QString CreditDesk::CfoThresholdsKey = QStringLiteral("credit.cfo_thresholds");

Result<std::optional<Money>> CreditDesk::cfoThreshold(const Currency &currency)
{
    auto thresholds = TeamSettings(m_db, m_clock).object(CfoThresholdsKey);
    if (!thresholds)
        return thresholds.error();
    const QJsonValue value = thresholds->value(currency.code());
    if (!value.isDouble())
        return std::optional<Money>();
    return std::optional<Money>(Money(qint64(value.toInteger()), currency));
}

Status CreditDesk::setCfoThreshold(const Money &threshold)
{
    if (threshold.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("a CFO threshold is zero or more"));
    TeamSettings settings(m_db, m_clock);
    auto thresholds = settings.object(CfoThresholdsKey);
    if (!thresholds)
        return thresholds.error();
    thresholds->insert(threshold.currency().code(), threshold.minorUnits());
    return settings.setObject(CfoThresholdsKey, *thresholds);
}

Result<CreditRequest> CreditDesk::request(
    const QString &customerId, const Money &limit, const QString &justification, const QDate &expiresOn)
{
    auto customer = storage::CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customerId));
    if (!(limit.currency() == (*customer)->currency))
        return makeError(ErrorCode::InvalidInput,
            tr("customer %1 has credit in %2; ask for a limit in %2").arg(customerId, (*customer)->currency.code()));
    if (limit.isNegative())
        return makeError(ErrorCode::InvalidInput, tr("a credit limit is zero or more"));
    if (justification.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say why the customer needs this limit"));
    const QDate today = m_clock.today();
    auto current = storage::CreditRequestRepository(m_db).effectiveLimit(customerId, today);
    if (!current)
        return current.error();
    if (expiresOn.isValid() && expiresOn < today)
        return makeError(ErrorCode::InvalidInput, tr("a temporary limit expires today or later"));
    CreditRequest request { newRowId(), customerId, limit, expiresOn, justification.trimmed(), m_author, today,
        CreditRequest::Status::Requested, QString(), QString(), QDate(), QString() };
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted = sync::Outbox(m_db, m_clock)
                            .insert(QStringLiteral("credit_requests"), request.id,
                                { { QStringLiteral("customer_id"), customerId },
                                    { QStringLiteral("currency"), limit.currency().code() },
                                    { QStringLiteral("limit_minor"), QString::number(limit.minorUnits()) },
                                    { QStringLiteral("expires_date"), expiresOn.toString(Qt::ISODate) },
                                    { QStringLiteral("justification"), request.justification },
                                    { QStringLiteral("requested_by"), m_author },
                                    { QStringLiteral("requested_date"), today.toString(Qt::ISODate) },
                                    { QStringLiteral("status"), CreditRequest::toText(request.status) } });
        if (!inserted)
            return inserted.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author)
                         .noteWithin(customerId,
                             tr("Credit limit of %1 requested (was %2): %3")
                                 .arg(limitText(request), current->toText(), request.justification));
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return request;
}

Result<CreditRequest> CreditDesk::find(const QString &requestId)
{
    auto found = storage::CreditRequestRepository(m_db).find(requestId);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, tr("there is no credit request %1").arg(requestId));
    return **found;
}

Result<CreditRequest> CreditDesk::approve(const QString &requestId, const QString &note)
{
    auto found = find(requestId);
    if (!found)
        return found;
    if (found->status == CreditRequest::Status::AwaitingCfo)
        return decide(*found, CreditRequest::Status::Approved, note);
    auto threshold = cfoThreshold(found->limit.currency());
    if (!threshold)
        return threshold.error();
    const bool needsCfo = threshold->has_value() && found->limit > **threshold;
    return decide(*found, needsCfo ? CreditRequest::Status::AwaitingCfo : CreditRequest::Status::Approved, note);
}

Result<CreditRequest> CreditDesk::reject(const QString &requestId, const QString &note)
{
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say why the request is rejected"));
    auto found = find(requestId);
    if (!found)
        return found;
    return decide(*found, CreditRequest::Status::Rejected, note);
}

Result<CreditRequest> CreditDesk::decide(CreditRequest request, CreditRequest::Status to, const QString &note)
{
    const bool byCfo = request.status == CreditRequest::Status::AwaitingCfo;
    if (request.status != CreditRequest::Status::Requested && !byCfo)
        return makeError(ErrorCode::InvalidInput,
            tr("credit request %1 was %2 already").arg(request.id, CreditRequest::toText(request.status)));
    request.status = to;
    (byCfo ? request.cfoBy : request.managerBy) = m_author;
    request.decidedOn = m_clock.today();
    if (!note.trimmed().isEmpty())
        request.decisionNote = note.trimmed();
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto updated = sync::Outbox(m_db, m_clock)
                           .update(QStringLiteral("credit_requests"), request.id,
                               { { QStringLiteral("status"), CreditRequest::toText(to) },
                                   { byCfo ? QStringLiteral("cfo_by") : QStringLiteral("manager_by"), m_author },
                                   { QStringLiteral("decided_date"), request.decidedOn.toString(Qt::ISODate) },
                                   { QStringLiteral("decision_note"), sync::notNull(request.decisionNote) } });
        if (!updated)
            return updated.error();
        // The CFO logs nothing on timelines (the server refuses it); their decision stays on the request.
        if (byCfo)
            return success();
        QString text;
        switch (to) {
        case CreditRequest::Status::AwaitingCfo:
            text = tr("Credit limit of %1 approved by %2; above the CFO threshold, the CFO decides next")
                       .arg(limitText(request), m_author);
            break;
        case CreditRequest::Status::Approved:
            text = tr("Credit limit of %1 approved by %2; in force from today").arg(limitText(request), m_author);
            break;
        default:
            text = tr("Credit limit of %1 rejected by %2").arg(limitText(request), m_author);
            break;
        }
        if (!request.decisionNote.isEmpty())
            text += QStringLiteral(": ") + request.decisionNote;
        auto noted = CollectionsLog(m_db, m_clock, m_author).noteWithin(request.customerId, text);
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return request;
}

Status CreditDesk::hold(const QString &customerId, const QString &reason)
{
    return recordHold(customerId, true, reason);
}

Status CreditDesk::release(const QString &customerId, const QString &reason)
{
    return recordHold(customerId, false, reason);
}

Status CreditDesk::recordHold(const QString &customerId, bool hold, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
            hold ? tr("say why the customer goes on credit hold") : tr("say why the credit hold is released"));
    auto current = storage::CreditHoldRepository(m_db).holdReason(customerId);
    if (!current)
        return current.error();
    if (current->has_value() == hold)
        return makeError(ErrorCode::InvalidInput,
            hold ? tr("customer %1 is on credit hold already").arg(customerId)
                 : tr("customer %1 is not on credit hold").arg(customerId));
    return storage::inTransaction(m_db, [&]() -> Status {
        auto inserted
            = sync::Outbox(m_db, m_clock)
                  .insert(QStringLiteral("credit_holds"), newRowId(),
                      { { QStringLiteral("customer_id"), customerId },
                          { QStringLiteral("action"), hold ? QStringLiteral("hold") : QStringLiteral("release") },
                          { QStringLiteral("reason"), reason.trimmed() }, { QStringLiteral("decided_by"), m_author },
                          { QStringLiteral("decided_at"), m_clock.now().toUTC().toString(Qt::ISODate) } });
        if (!inserted)
            return inserted.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author)
                         .noteWithin(customerId,
                             (hold ? tr("Put on credit hold by %1: %2") : tr("Credit hold released by %1: %2"))
                                 .arg(m_author, reason.trimmed()));
        return noted ? success() : Status(noted.error());
    });
}

Result<credit::RiskScore> CreditDesk::riskScore(const QString &customerId)
{
    auto facts = storage::RiskFactsQuery(m_db).of(customerId, m_clock.today());
    if (!facts)
        return facts.error();
    return credit::RiskScore::of(*facts);
}

Result<QString> CreditDesk::review(const QString &customerId, const QString &note)
{
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say what the review found"));
    auto score = riskScore(customerId);
    if (!score)
        return score.error();
    const QDate today = m_clock.today();
    const QDate next = today.addDays(score->reviewIntervalDays());
    const QString id = newRowId();
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto inserted = sync::Outbox(m_db, m_clock)
                            .insert(QStringLiteral("credit_reviews"), id,
                                { { QStringLiteral("customer_id"), customerId },
                                    { QStringLiteral("reviewed_date"), today.toString(Qt::ISODate) },
                                    { QStringLiteral("reviewed_by"), m_author },
                                    { QStringLiteral("risk_score"), QString::number(score->score) },
                                    { QStringLiteral("note"), note.trimmed() },
                                    { QStringLiteral("next_review_date"), next.toString(Qt::ISODate) } });
        if (!inserted)
            return inserted.error();
        auto noted = CollectionsLog(m_db, m_clock, m_author)
                         .noteWithin(customerId,
                             tr("Credit review by %1, risk score %2 (%3): %4; next review by %5")
                                 .arg(m_author, QString::number(score->score), score->grade(), note.trimmed(),
                                     next.toString(Qt::ISODate)));
        return noted ? success() : Status(noted.error());
    });
    if (!written)
        return written.error();
    return id;
}

} // namespace cc::services
