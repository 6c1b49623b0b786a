// SPDX-License-Identifier: GPL-3.0-or-later
#include "CollectionsLog.h"

#include "common/RowId.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "storage/WorklistQuery.h"
#include "sync/Outbox.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::services {

using collections::ActivityKind;
using collections::CallOutcome;

Result<QString> CollectionsLog::grantPaymentHoliday(
    const QString &customerId, const QStringList &invoiceNumbers, const QDate &until, const QString &reason)
{
    if (invoiceNumbers.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("choose the invoices the payment holiday is for"));
    if (!until.isValid() || until <= m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("a payment holiday ends after today"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say why the payment holiday is granted"));
    storage::InvoiceRepository invoices(m_db);
    for (const QString &number : invoiceNumbers) {
        auto invoice = invoices.findByNumber(number);
        if (!invoice)
            return invoice.error();
        if (!*invoice || (*invoice)->customerId != customerId)
            return makeError(ErrorCode::InvalidInput, tr("invoice %1 is not one of %2's").arg(number, customerId));
        const Invoice &found = **invoice;
        if (found.kind != DocumentKind::Invoice
            || (found.status != InvoiceStatus::Open && found.status != InvoiceStatus::PartiallyPaid))
            return makeError(ErrorCode::InvalidInput, tr("invoice %1 is not open").arg(number));
        if (until <= found.dueDate)
            return makeError(ErrorCode::InvalidInput,
                tr("invoice %1 is due on %2 already, not before the holiday ends")
                    .arg(number, found.dueDate.toString(Qt::ISODate)));
    }
    return inTransaction(customerId, [&]() -> Result<QString> {
        for (const QString &number : invoiceNumbers) {
            auto moved = sync::Outbox(m_db, m_clock)
                             .update(QStringLiteral("invoices"), number,
                                 { { QStringLiteral("due_date"), until.toString(Qt::ISODate) } });
            if (!moved)
                return moved.error();
        }
        return insertActivity(customerId, ActivityKind::Note, CallOutcome::None, QString(), QString(),
            tr("Payment holiday until %1 for %2: %3")
                .arg(until.toString(Qt::ISODate), invoiceNumbers.join(QStringLiteral(", ")), reason.trimmed()));
    });
}

Result<QString> CollectionsLog::noteWithin(const QString &customerId, const QString &note)
{
    return insertActivity(customerId, ActivityKind::Note, CallOutcome::None, QString(), QString(), note);
}

Result<QString> CollectionsLog::inTransaction(const QString &customerId, const std::function<Result<QString>()> &write)
{
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status.error();
    auto id = write();
    if (!id)
        return id;
    if (!customerId.isEmpty()) {
        if (auto status = storage::WorklistQuery(m_db).setDone(customerId, m_clock.today(), true); !status)
            return status.error();
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status CollectionsLog::requireCustomer(const QString &customerId)
{
    auto customer = storage::CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customerId));
    return success();
}

Result<QString> CollectionsLog::insertActivity(const QString &customerId, ActivityKind kind, CallOutcome outcome,
    const QString &contact, const QString &subject, const QString &note)
{
    if (auto status = requireCustomer(customerId); !status)
        return status.error();
    const QString id = newRowId();
    auto change = sync::Outbox(m_db, m_clock)
                      .insert(QStringLiteral("activities"), id,
                          { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("kind"), toString(kind) },
                              { QStringLiteral("occurred_at"), collections::timestampText(m_clock.now()) },
                              { QStringLiteral("author"), sync::notNull(m_author) },
                              { QStringLiteral("outcome"), toString(outcome) },
                              { QStringLiteral("contact"), sync::notNull(contact) },
                              { QStringLiteral("subject"), sync::notNull(subject) },
                              { QStringLiteral("note"), sync::notNull(note) } });
    if (!change)
        return change.error();
    return id;
}

Result<QString> CollectionsLog::insertTask(const QString &customerId, const QString &title, const QDate &due)
{
    if (title.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a task needs a title"));
    if (!due.isValid())
        return makeError(ErrorCode::InvalidInput, tr("a task needs a due date"));
    if (auto status = requireCustomer(customerId); !status)
        return status.error();
    const QString id = newRowId();
    auto change = sync::Outbox(m_db, m_clock)
                      .insert(QStringLiteral("tasks"), id,
                          { { QStringLiteral("customer_id"), customerId }, { QStringLiteral("title"), title.trimmed() },
                              { QStringLiteral("due_date"), due.toString(Qt::ISODate) },
                              { QStringLiteral("assignee"), sync::notNull(m_author) } });
    if (!change)
        return change.error();
    return id;
}

Result<QString> CollectionsLog::logCall(
    const QString &customerId, CallOutcome outcome, const QString &contact, const QString &note, const QDate &followUp)
{
    if (followUp.isValid() && followUp < m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("the follow-up date lies in the past"));
    return inTransaction(customerId, [&]() -> Result<QString> {
        auto id = insertActivity(customerId, ActivityKind::Call, outcome, contact, QString(), note);
        if (!id || !followUp.isValid())
            return id;
        auto task = insertTask(
            customerId, note.isEmpty() ? tr("Follow up on the call") : note.section(QLatin1Char('\n'), 0, 0), followUp);
        if (!task)
            return task.error();
        return id;
    });
}

Result<QString> CollectionsLog::addNote(const QString &customerId, const QString &note)
{
    if (note.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the note is empty"));
    return inTransaction(customerId, [&] {
        return insertActivity(customerId, ActivityKind::Note, CallOutcome::None, QString(), QString(), note.trimmed());
    });
}

Result<QString> CollectionsLog::logMessage(
    const QString &customerId, ActivityKind kind, const QString &contact, const QString &subject, const QString &body)
{
    return inTransaction(
        customerId, [&] { return insertActivity(customerId, kind, CallOutcome::None, contact, subject, body); });
}

Result<QString> CollectionsLog::recordPromise(const QString &customerId, const Money &amount, const QDate &promisedFor,
    const QStringList &invoiceNumbers, const QString &note)
{
    if (!amount.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("the promised amount must be more than zero"));
    if (!promisedFor.isValid() || promisedFor < m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("the promised date must be today or later"));
    auto customer = storage::CustomerRepository(m_db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customerId));
    if ((*customer)->currency != amount.currency())
        return makeError(ErrorCode::InvalidInput,
            tr("the promise must be in %1, the customer's currency").arg((*customer)->currency.code()));
    for (const QString &number : invoiceNumbers) {
        auto query = m_db.prepare(QStringLiteral("SELECT 1 FROM invoices WHERE number = ?1 AND customer_id = ?2"));
        if (!query)
            return query.error();
        auto found = query->bind(1, number).bind(2, customerId).next();
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::InvalidInput, tr("invoice %1 is not one of %2's").arg(number, customerId));
    }
    return inTransaction(
        customerId, [&]() { return insertPromise(customerId, amount, promisedFor, invoiceNumbers, note); });
}

Result<QString> CollectionsLog::insertPromise(const QString &customerId, const Money &amount, const QDate &promisedFor,
    const QStringList &invoiceNumbers, const QString &note)
{
    const QString id = newRowId();
    const QString numbers
        = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(invoiceNumbers)).toJson(QJsonDocument::Compact));
    auto change
        = sync::Outbox(m_db, m_clock)
              .insert(QStringLiteral("promises"), id,
                  { { QStringLiteral("customer_id"), customerId },
                      { QStringLiteral("made_date"), m_clock.today().toString(Qt::ISODate) },
                      { QStringLiteral("promised_date"), promisedFor.toString(Qt::ISODate) },
                      { QStringLiteral("currency"), amount.currency().code() },
                      { QStringLiteral("amount_minor"), QString::number(amount.minorUnits()) },
                      { QStringLiteral("invoice_numbers"), invoiceNumbers.isEmpty() ? QStringLiteral("") : numbers },
                      { QStringLiteral("author"), sync::notNull(m_author) },
                      { QStringLiteral("note"), sync::notNull(note.trimmed()) } });
    if (!change)
        return change.error();
    return id;
}

Result<QStringList> CollectionsLog::agreeInstallmentPlan(
    const QString &invoiceNumber, int count, const QDate &first, int intervalDays, const QString &reason)
{
    if (count < 2 || count > 36)
        return makeError(ErrorCode::InvalidInput, tr("an installment plan has 2 to 36 installments"));
    if (intervalDays < 7)
        return makeError(ErrorCode::InvalidInput, tr("installments are at least a week apart"));
    if (!first.isValid() || first <= m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("the first installment falls after today"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("say why the installments are agreed"));
    auto invoice = storage::InvoiceRepository(m_db).summaryByNumber(invoiceNumber);
    if (!invoice)
        return invoice.error();
    if (!*invoice || (*invoice)->kind != DocumentKind::Invoice || !(*invoice)->open.isPositive()
        || (*invoice)->status == InvoiceStatus::Draft)
        return makeError(ErrorCode::InvalidInput, tr("invoice %1 is not open").arg(invoiceNumber));
    const InvoiceSummary &found = **invoice;
    const QList<Money> parts = found.open.allocate(QList<qint64>(count, 1));
    const QDate last = first.addDays(qint64(intervalDays) * (count - 1));
    QStringList ids;
    auto written = inTransaction(found.customerId, [&]() -> Result<QString> {
        // Dunning and interest wait for the last installment; each one is a promise of what is
        // paid by its day in all, so a missed one shows as a broken promise.
        if (last > found.dueDate) {
            auto moved = sync::Outbox(m_db, m_clock)
                             .update(QStringLiteral("invoices"), invoiceNumber,
                                 { { QStringLiteral("due_date"), last.toString(Qt::ISODate) } });
            if (!moved)
                return moved.error();
        }
        Money cumulative = Money::zero(found.open.currency());
        for (int i = 0; i < count; ++i) {
            cumulative += parts.at(i);
            const QDate day = first.addDays(qint64(intervalDays) * i);
            auto promise = insertPromise(found.customerId, cumulative, day, { invoiceNumber },
                tr("Installment %1 of %2 on %3: %4 (%5 in all by then)")
                    .arg(i + 1)
                    .arg(count)
                    .arg(invoiceNumber, parts.at(i).toDecimalString(), cumulative.toDecimalString()));
            if (!promise)
                return promise;
            ids << *promise;
        }
        return insertActivity(found.customerId, ActivityKind::Note, CallOutcome::None, QString(), QString(),
            tr("Installment plan for %1: %2 installments of %3 %4 every %5 days from %6 to %7: %8")
                .arg(invoiceNumber)
                .arg(count)
                .arg(parts.first().toDecimalString(), found.open.currency().code())
                .arg(intervalDays)
                .arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate), reason.trimmed()));
    });
    if (!written)
        return written.error();
    return ids;
}

Status CollectionsLog::cancelPromise(const QString &promiseId)
{
    auto id = inTransaction(QString(), [&]() -> Result<QString> {
        auto change = sync::Outbox(m_db, m_clock)
                          .update(QStringLiteral("promises"), promiseId,
                              { { QStringLiteral("cancelled_date"), m_clock.today().toString(Qt::ISODate) } });
        if (!change)
            return change.error();
        return promiseId;
    });
    return id ? success() : Status(id.error());
}

Result<QString> CollectionsLog::addTask(const QString &customerId, const QString &title, const QDate &due)
{
    if (due.isValid() && due < m_clock.today())
        return makeError(ErrorCode::InvalidInput, tr("the due date lies in the past"));
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status.error();
    auto id = insertTask(customerId, title, due);
    if (!id)
        return id;
    if (auto status = transaction.commit(); !status)
        return status.error();
    return id;
}

Status CollectionsLog::completeTask(const QString &taskId)
{
    auto id = inTransaction(QString(), [&]() -> Result<QString> {
        auto change = sync::Outbox(m_db, m_clock)
                          .update(QStringLiteral("tasks"), taskId,
                              { { QStringLiteral("done_date"), m_clock.today().toString(Qt::ISODate) } });
        if (!change)
            return change.error();
        return taskId;
    });
    return id ? success() : Status(id.error());
}

Status CollectionsLog::markDone(const QString &customerId, bool done)
{
    return storage::WorklistQuery(m_db).setDone(customerId, m_clock.today(), done);
}

} // namespace cc::services
