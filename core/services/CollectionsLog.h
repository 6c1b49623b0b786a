// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/Activity.h"
#include "collections/PromiseToPay.h"
#include "common/Clock.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// What a collector records while working an account: calls, notes, emails, promises to pay
/// and follow-ups. Each write is one workspace transaction and goes to the server through the
/// sync outbox. Working an account this way marks it done on today's worklist.
class CollectionsLog {
    Q_DECLARE_TR_FUNCTIONS(CollectionsLog)

public:
    CollectionsLog(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(std::move(author))
    {
    }

    /// Logs a call; a valid `followUp` also creates a task due that day. Returns the activity id.
    Result<QString> logCall(const QString &customerId, collections::CallOutcome outcome, const QString &contact,
        const QString &note, const QDate &followUp = {});
    Result<QString> addNote(const QString &customerId, const QString &note);
    /// Logs an email or SMS sent to `contact` (an address or number).
    Result<QString> logMessage(const QString &customerId, collections::ActivityKind kind, const QString &contact,
        const QString &subject, const QString &body);
    /// Records a promise made today. The amount must be positive, in the customer's currency,
    /// and the date today or later; the invoices, if any, must be the customer's.
    Result<QString> recordPromise(const QString &customerId, const Money &amount, const QDate &promisedFor,
        const QStringList &invoiceNumbers, const QString &note);
    Status cancelPromise(const QString &promiseId);
    /// Moves the due date of open invoices of the customer to `until` (later than each one's
    /// own), so dunning pauses until then; the reason goes on the timeline. The
    /// change travels to the server like any edit. Returns the note's activity id.
    Result<QString> grantPaymentHoliday(
        const QString &customerId, const QStringList &invoiceNumbers, const QDate &until, const QString &reason);
    /// Agrees to take what is open on an invoice in `count` equal installments (exact to the
    /// cent) every `intervalDays` from `first`: each becomes a promise to pay (of what is paid
    /// in all by its day, so a missed one breaks), and the due date moves to the last one, so
    /// dunning and interest wait. Returns the promises' ids.
    Result<QStringList> agreeInstallmentPlan(
        const QString &invoiceNumber, int count, const QDate &first, int intervalDays, const QString &reason);
    Result<QString> addTask(const QString &customerId, const QString &title, const QDate &due);
    Status completeTask(const QString &taskId);
    /// Marks the account worked, or not, on today's list (on this desktop only).
    Status markDone(const QString &customerId, bool done = true);
    /// Adds a note to the timeline inside the caller's open transaction, for services that
    /// record something else with it. Returns the activity id.
    Result<QString> noteWithin(const QString &customerId, const QString &note);

private:
    /// Runs `write` in a transaction; on success the account counts as worked today.
    Result<QString> inTransaction(const QString &customerId, const std::function<Result<QString>()> &write);
    Result<QString> insertActivity(const QString &customerId, collections::ActivityKind kind,
        collections::CallOutcome outcome, const QString &contact, const QString &subject, const QString &note);
    Result<QString> insertTask(const QString &customerId, const QString &title, const QDate &due);
    Result<QString> insertPromise(const QString &customerId, const Money &amount, const QDate &promisedFor,
        const QStringList &invoiceNumbers, const QString &note);
    Status requireCustomer(const QString &customerId);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
