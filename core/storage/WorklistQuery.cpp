// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistQuery.h"

#include "ActivityRepository.h"
#include "OpenDocumentScan.h"
#include "PaymentRepository.h"
#include "PromiseRepository.h"
#include "TaskRepository.h"

#include <algorithm>

namespace cc::storage {

using collections::WorklistAccount;

namespace {

const QString kUnappliedCash = QStringLiteral(R"sql(
SELECT p.customer_id, %2
FROM payments p CROSS JOIN customers c ON c.id = p.customer_id
WHERE %1 AND p.payment_day <= :day AND c.collector = :collector)sql");

int bucketOf(qint64 daysPastDue)
{
    return daysPastDue <= 30 ? 0 : daysPastDue <= 60 ? 1 : daysPastDue <= 90 ? 2 : 3;
}

} // namespace

Result<QList<WorklistAccount>> WorklistQuery::run(const QString &collector, const QDate &day, int promiseMemoryDays)
{
    QHash<QString, WorklistAccount> accounts;
    {
        auto query = m_db.prepare(
            QStringLiteral("SELECT id, name, segment, risk_class, currency FROM customers WHERE collector = ?1"));
        if (!query)
            return query.error();
        query->bind(1, collector);
        if (auto status = query->forEachRow([&]() -> Status {
                auto currency = query->currency(4);
                if (!currency)
                    return currency.error();
                WorklistAccount account;
                account.customerId = query->text(0);
                account.name = query->text(1);
                account.segment = query->text(2);
                account.riskClass = query->text(3);
                account.currency = *currency;
                accounts.insert(account.customerId, std::move(account));
                return success();
            });
            !status)
            return status.error();
    }
    if (accounts.isEmpty())
        return QList<WorklistAccount>();
    if (auto status = readOpenDocuments(collector, day, accounts); !status)
        return status.error();

    auto promises = PromiseRepository(m_db).relevantOn(day, promiseMemoryDays);
    if (!promises)
        return promises.error();
    auto tasks = TaskRepository(m_db).dueOn(day);
    if (!tasks)
        return tasks.error();
    // Only accounts with something to act on are read further.
    for (auto it = accounts.begin(); it != accounts.end();) {
        WorklistAccount &account = it.value();
        account.promises = promises->value(account.customerId);
        account.dueTasks = tasks->value(account.customerId);
        const bool owes = account.collectibleMinor() > 0 || account.notDueMinor > 0 || account.disputedMinor > 0;
        if (owes || !account.promises.isEmpty() || !account.dueTasks.isEmpty())
            ++it;
        else
            it = accounts.erase(it);
    }
    if (auto status = readLateness(day, accounts); !status)
        return status.error();
    if (auto status = readContacts(accounts); !status)
        return status.error();
    auto contacted = ActivityRepository(m_db).lastContacts(day);
    if (!contacted)
        return contacted.error();
    auto done = m_db.prepare(QStringLiteral("SELECT customer_id FROM worklist_done WHERE day = ?1"));
    if (!done)
        return done.error();
    done->bind(1, day);
    if (auto status = done->forEachRow([&]() -> Status {
            auto it = accounts.find(done->text(0));
            if (it != accounts.end())
                it->doneToday = true;
            return success();
        });
        !status)
        return status.error();

    QList<WorklistAccount> list;
    list.reserve(accounts.size());
    for (WorklistAccount &account : accounts) {
        account.lastContact = contacted->value(account.customerId);
        list << std::move(account);
    }
    std::sort(list.begin(), list.end(),
        [](const WorklistAccount &a, const WorklistAccount &b) { return a.customerId < b.customerId; });
    return list;
}

Status WorklistQuery::readOpenDocuments(
    const QString &collector, const QDate &day, QHash<QString, WorklistAccount> &accounts)
{
    // Open disputes by document: few, read at once.
    QHash<qint64, qint64> disputes;
    auto disputed
        = m_db.prepare(QStringLiteral("SELECT invoice_id, SUM(amount_minor) FROM disputes WHERE opened_day <= ?1 "
                                      "AND (resolved_day IS NULL OR resolved_day > ?1) GROUP BY invoice_id"));
    if (!disputed)
        return disputed.error();
    disputed->bind(1, day);
    if (auto status = disputed->forEachRow([&]() -> Status {
            disputes.insert(disputed->int64(0), disputed->int64(1));
            return success();
        });
        !status)
        return status;

    // Credit notes and unapplied cash count against the oldest debts first.
    QHash<QString, qint64> credits;
    const qint64 today = day.toJulianDay();
    if (auto status = OpenDocumentScan(m_db).run(
            day, {}, [&](const QString &customerId) { return accounts.contains(customerId); },
            [&](const OpenDocument &document) -> Status {
                WorklistAccount &account = accounts[document.customerId];
                const qint64 open = document.openMinor;
                if (open <= 0) {
                    credits[document.customerId] -= open;
                    return success();
                }
                const qint64 daysPastDue = today - document.dueDate.toJulianDay();
                if (daysPastDue <= 0) {
                    account.notDueMinor += open;
                    return success();
                }
                const qint64 disputedPart = std::min(open, disputes.value(document.id));
                account.disputedMinor += disputedPart;
                if (open > disputedPart) {
                    account.overdueMinor[std::size_t(bucketOf(daysPastDue))] += open - disputedPart;
                    account.oldestDaysPastDue = std::max(account.oldestDaysPastDue, int(daysPastDue));
                }
                return success();
            });
        !status)
        return status;
    if (auto status = readCredits(collector, day, credits); !status)
        return status;
    for (auto it = credits.cbegin(); it != credits.cend(); ++it) {
        WorklistAccount &account = accounts[it.key()];
        qint64 left = it.value();
        for (auto bucket = account.overdueMinor.rbegin(); bucket != account.overdueMinor.rend() && left > 0; ++bucket) {
            const qint64 taken = std::min(left, *bucket);
            *bucket -= taken;
            left -= taken;
        }
        const qint64 fromNotDue = std::min(left, account.notDueMinor);
        account.notDueMinor -= fromNotDue;
    }
    return success();
}

Status WorklistQuery::readCredits(const QString &collector, const QDate &day, QHash<QString, qint64> &credits)
{
    const QString rest = PaymentRepository::unappliedSql(QStringLiteral(":day"));
    auto query = m_db.prepare(QStringLiteral("%1 UNION ALL %2")
                                  .arg(kUnappliedCash.arg(QStringLiteral("p.applied_day IS NULL"), rest),
                                      kUnappliedCash.arg(QStringLiteral("p.applied_day > :day"), rest)));
    if (!query)
        return query.error();
    query->bind(":day", day).bind(":collector", collector);
    return query->forEachRow([&]() -> Status {
        if (const qint64 unapplied = query->int64(1); unapplied > 0)
            credits[query->text(0)] += unapplied;
        return success();
    });
}

Status WorklistQuery::readLateness(const QDate &day, QHash<QString, WorklistAccount> &accounts)
{
    // Invoices paid in the past year, straight from the settlement index.
    auto query = m_db.prepare(QStringLiteral("SELECT customer_id, settled_day - due_day FROM invoices "
                                             "WHERE settled_day BETWEEN ?1 AND ?2 AND kind = 0"));
    if (!query)
        return query.error();
    query->bind(1, day.addDays(-365)).bind(2, day);
    QHash<QString, std::pair<qint64, qint64>> sums;
    if (auto status = query->forEachRow([&]() -> Status {
            const QString customer = query->text(0);
            if (accounts.contains(customer)) {
                auto &[days, count] = sums[customer];
                days += query->int64(1);
                ++count;
            }
            return success();
        });
        !status)
        return status;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        accounts[it.key()].averageDaysLate = int(it->first / it->second);
    return success();
}

Status WorklistQuery::readContacts(QHash<QString, WorklistAccount> &accounts)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT MAX(phone <> ''), MAX(email <> '') FROM contacts WHERE customer_id = ?1"));
    if (!query)
        return query.error();
    for (WorklistAccount &account : accounts) {
        query->bind(1, account.customerId);
        auto found = query->next();
        if (!found)
            return found.error();
        account.hasPhone = *found && query->int64(0) != 0;
        account.hasEmail = *found && query->int64(1) != 0;
        query->reset();
    }
    return success();
}

Status WorklistQuery::setDone(const QString &customerId, const QDate &day, bool done)
{
    auto statement
        = m_db.prepare(done ? QStringLiteral("INSERT OR IGNORE INTO worklist_done (day, customer_id) VALUES (?1, ?2)")
                            : QStringLiteral("DELETE FROM worklist_done WHERE day = ?1 AND customer_id = ?2"));
    if (!statement)
        return statement.error();
    return statement->bind(1, day).bind(2, customerId).run();
}

} // namespace cc::storage
