// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningRun.h"

#include "MessageComposer.h"
#include "TeamSettings.h"
#include "common/RowId.h"
#include "storage/MessageOutbox.h"
#include "storage/OpenDocumentScan.h"
#include "storage/PromiseRepository.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cc::services {

using collections::DunningProposal;
using collections::DunningStrategy;

namespace {

const QString kStrategyKey = QStringLiteral("dunning.strategy");

struct CustomerInfo {
    QString name;
    QString segment;
    QString language;
    Currency currency;
};

struct History {
    int level = -1;
    QDate day;
};

} // namespace

Result<DunningStrategy> DunningRun::strategy()
{
    auto saved = TeamSettings(m_db, m_clock).value(kStrategyKey);
    if (!saved)
        return saved.error();
    if (!*saved)
        return DunningStrategy::standard();
    return DunningStrategy::fromJson(QJsonDocument::fromJson((**saved).toUtf8()).object());
}

Status DunningRun::saveStrategy(const DunningStrategy &strategy)
{
    return TeamSettings(m_db, m_clock).setObject(kStrategyKey, strategy.toJson());
}

Result<QList<DunningProposal>> DunningRun::propose(const QDate &day, JobControl &control)
{
    auto loaded = strategy();
    if (!loaded)
        return loaded.error();
    const DunningStrategy &s = *loaded;

    QHash<QString, CustomerInfo> customers;
    {
        auto query = m_db.prepare(QStringLiteral("SELECT id, name, segment, language, currency FROM customers"));
        if (!query)
            return query.error();
        if (auto status = query->forEachRow([&]() -> Status {
                auto currency = query->currency(4);
                if (!currency)
                    return currency.error();
                customers.insert(query->text(0), { query->text(1), query->text(2), query->text(3), *currency });
                return success();
            });
            !status)
            return status.error();
    }
    // What each invoice last received.
    QHash<QString, History> history;
    {
        auto query
            = m_db.prepare(QStringLiteral("SELECT run_day, invoice_levels FROM dunning_notices WHERE run_day <= ?1"));
        if (!query)
            return query.error();
        query->bind(1, day);
        if (auto status = query->forEachRow([&]() -> Status {
                const QDate sent = query->date(0);
                const QJsonObject levels = QJsonDocument::fromJson(query->text(1).toUtf8()).object();
                for (auto it = levels.begin(); it != levels.end(); ++it) {
                    History &h = history[it.key()];
                    if (it.value().toInt() > h.level || (it.value().toInt() == h.level && sent > h.day))
                        h = { it.value().toInt(), sent };
                }
                return success();
            });
            !status)
            return status.error();
    }
    // Left out: disputed invoices, invoices under an open promise, accounts promised whole.
    QSet<QString> excluded;
    QSet<QString> promisedAccounts;
    {
        auto query = m_db.prepare(
            QStringLiteral("SELECT i.number FROM disputes d JOIN invoices i ON i.id = d.invoice_id "
                           "WHERE d.opened_day <= ?1 AND (d.resolved_day IS NULL OR d.resolved_day > ?1)"));
        if (!query)
            return query.error();
        query->bind(1, day);
        if (auto status = query->forEachRow([&]() -> Status {
                excluded.insert(query->text(0));
                return success();
            });
            !status)
            return status.error();
        auto promises = storage::PromiseRepository(m_db).relevantOn(day, 0);
        if (!promises)
            return promises.error();
        for (const auto &states : std::as_const(*promises)) {
            for (const collections::PromiseState &state : states) {
                if (state.status != collections::PromiseStatus::Open)
                    continue;
                if (state.promise.invoiceNumbers.isEmpty())
                    promisedAccounts.insert(state.promise.customerId);
                for (const QString &number : state.promise.invoiceNumbers)
                    excluded.insert(number);
            }
        }
    }

    int lead = 0; // how many days before the due date the first level may come
    for (const collections::DunningLevel &level : s.levels)
        lead = std::max(lead, -level.minDaysPastDue);
    QHash<QString, DunningProposal> proposals;
    QStringList order;
    storage::OpenDocumentScan::Options open;
    open.invoicesOnly = true;
    open.dueBy = day.addDays(lead);
    open.withNumbers = true;
    if (auto status = storage::OpenDocumentScan(m_db).run(
            day, open, [&](const QString &customerId) { return !promisedAccounts.contains(customerId); },
            [&](const storage::OpenDocument &document) -> Status {
                if (document.openMinor <= 0)
                    return success();
                const CustomerInfo info = customers.value(document.customerId);
                auto it = proposals.find(document.customerId);
                if (it == proposals.end()) {
                    DunningProposal p;
                    p.customerId = document.customerId;
                    p.customerName = info.name;
                    p.level = -1;
                    p.amount = Money::zero(info.currency);
                    p.fee = Money::zero(info.currency);
                    it = proposals.insert(document.customerId, p);
                    order << document.customerId;
                }
                const QString &number = document.number;
                if (excluded.contains(number)) {
                    it->excludedInvoices << number;
                    return success();
                }
                const int daysPastDue = int(document.dueDate.daysTo(day));
                const History last = history.value(number);
                // The next level this invoice has not had, passing over closed and foreign ones.
                int next = last.level + 1;
                while (next < s.levels.size()
                    && (!s.levels[next].appliesTo(info.segment)
                        || (s.levels[next].maxDaysPastDue && daysPastDue > *s.levels[next].maxDaysPastDue)))
                    ++next;
                if (daysPastDue > 0)
                    it->invoiceNumbers << number;
                if (next < s.levels.size() && daysPastDue >= s.levels[next].minDaysPastDue
                    && (!last.day.isValid() || last.day.daysTo(day) >= s.levels[next].minIntervalDays)) {
                    it->escalate.insert(number, next);
                    it->level = std::max(it->level, next);
                    if (daysPastDue <= 0)
                        it->invoiceNumbers << number;
                }
                if (daysPastDue > 0 || it->escalate.contains(number))
                    it->amount += Money(document.openMinor, info.currency);
                return success();
            });
        !status)
        return status.error();

    QList<DunningProposal> list;
    for (const QString &customerId : std::as_const(order)) {
        DunningProposal p = proposals.value(customerId);
        if (p.escalate.isEmpty() || p.amount.minorUnits() < s.minimumMinor)
            continue;
        const collections::DunningLevel &level = s.levels[p.level];
        p.levelName = level.name;
        p.templateKey = level.templateKey;
        p.channel = level.channel;
        p.onlyOverdue = level.minDaysPastDue > 0;
        p.fee = Money(level.feeMinor, p.amount.currency());
        list << p;
        if (control.isCanceled())
            return makeError(ErrorCode::Cancelled, tr("the dunning run was cancelled; nothing was sent"));
    }
    std::sort(list.begin(), list.end(),
        [](const DunningProposal &a, const DunningProposal &b) { return a.customerId < b.customerId; });
    return list;
}

Result<QList<DunningRun::Outcome>> DunningRun::approve(const QList<DunningProposal> &proposals, const QDate &day)
{
    QList<Outcome> outcomes;
    for (const DunningProposal &p : proposals) {
        Outcome outcome { p.customerId, {}, {} };
        MessageComposer::Request request;
        request.customerId = p.customerId;
        request.templateKey = p.templateKey;
        request.channel = p.channel == QLatin1String("sms") ? messaging::Channel::Sms : messaging::Channel::Email;
        request.onlyOverdue = p.onlyOverdue;
        request.excludeInvoices = p.excludedInvoices;
        request.fee = p.fee;
        auto message = MessageComposer::compose(m_db, request, day, m_sender);
        if (!message) {
            outcome.error = message.error().detail;
            outcomes << outcome;
            continue;
        }
        QJsonObject levels;
        for (auto it = p.escalate.cbegin(); it != p.escalate.cend(); ++it)
            levels.insert(it.key(), it.value());
        storage::Transaction transaction(m_db);
        if (auto status = transaction.begin(); !status)
            return status.error();
        auto queued = storage::MessageOutbox(m_db).enqueue(*message, m_clock.now());
        if (!queued)
            return queued.error();
        auto notice = sync::Outbox(m_db, m_clock)
                          .insert(QStringLiteral("dunning_notices"), newRowId(),
                              { { QStringLiteral("customer_id"), p.customerId },
                                  { QStringLiteral("run_date"), day.toString(Qt::ISODate) },
                                  { QStringLiteral("level"), QString::number(p.level) },
                                  { QStringLiteral("channel"), p.channel },
                                  { QStringLiteral("invoice_levels"),
                                      QString::fromUtf8(QJsonDocument(levels).toJson(QJsonDocument::Compact)) },
                                  { QStringLiteral("currency"), p.amount.currency().code() },
                                  { QStringLiteral("fee_minor"), QString::number(p.fee.minorUnits()) } });
        if (!notice)
            return notice.error();
        if (auto status = transaction.commit(); !status)
            return status.error();
        outcome.messageId = *queued;
        outcomes << outcome;
    }
    return outcomes;
}

} // namespace cc::services
