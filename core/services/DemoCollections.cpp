// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCollections.h"

#include "collections/Activity.h"
#include "domain/Dispute.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QUuid>
#include <array>

namespace cc::services {
namespace {

struct Debtor {
    QString customerId;
    QString collector;
    QString currency;
    qint64 overdueMinor = 0;
    QStringList invoices;
    qint64 oldestInvoiceId = 0;
    qint64 oldestTotalMinor = 0;
};

constexpr std::array kOutcomes = { "reached", "voicemail", "voicemail", "wrong_number", "refused", "reached" };
constexpr std::array kCallNotes = { "Spoke to accounts payable; invoice is in the approval run.",
    "Left a voicemail asking for a call back.", "Asked for a copy of the invoice; sent by email.",
    "Customer says the remittance went out last week.", "Disputes the freight charge on one line." };
constexpr std::array kDisputeStates = { "new", "new", "investigating", "investigating", "waiting", "resolved" };
constexpr std::array kDisputeNotes = { "Price differs from the quotation.", "Two pallets arrived broken.",
    "Goods not delivered yet according to the customer.", "Invoiced twice for the same delivery.",
    "VAT rate questioned.", "Fewer units delivered than invoiced." };
constexpr std::array kTasks = { "Call back about the payment run", "Send invoice copies", "Check the remittance advice",
    "Confirm the new AP contact" };

} // namespace

Status DemoCollections::generate(storage::SqlDatabase &db, quint64 seed, const QDate &today)
{
    QRandomGenerator random(quint32(seed * 7919 + 17));
    QList<Debtor> debtors;
    {
        auto query = db.prepare(QStringLiteral(
            "SELECT i.customer_id, c.collector, i.currency, i.total_minor, i.number, i.id FROM invoices i "
            "JOIN customers c ON c.id = i.customer_id WHERE i.settled_day IS NULL AND i.kind = 0 AND i.due_day < ?1 "
            "AND i.status = 'open' ORDER BY i.customer_id, i.due_day"));
        if (!query)
            return query.error();
        query->bind(1, today);
        if (auto status = query->forEachRow([&]() -> Status {
                if (debtors.isEmpty() || debtors.last().customerId != query->text(0))
                    debtors.append(
                        { query->text(0), query->text(1), query->text(2), 0, {}, query->int64(5), query->int64(3) });
                debtors.last().overdueMinor += query->int64(3);
                debtors.last().invoices << query->text(4);
                return success();
            });
            !status)
            return status;
    }

    storage::Transaction transaction(db);
    if (auto status = transaction.begin(); !status)
        return status;
    auto activity
        = db.prepare(QStringLiteral("INSERT INTO activities (id, customer_id, kind, occurred_at, author, "
                                    "outcome, contact, subject, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, ?8)"));
    auto promise = db.prepare(
        QStringLiteral("INSERT INTO promises (id, customer_id, made_day, promised_day, currency, "
                       "amount_minor, invoice_numbers, author, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', ?7, '')"));
    auto task = db.prepare(
        QStringLiteral("INSERT INTO tasks (id, customer_id, title, due_day, assignee) VALUES (?1, ?2, ?3, ?4, ?5)"));
    auto dispute = db.prepare(QStringLiteral(
        "INSERT INTO disputes (id, invoice_id, customer_id, amount_minor, reason, status, opened_day, resolved_day, "
        "owner, note, resolution, resolution_state, decided_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
        "?11, ?12, ?13)"));
    if (!activity || !promise || !task || !dispute)
        return !activity ? activity.error() : !promise ? promise.error() : !task ? task.error() : dispute.error();
    // Random (version 4) ids from the seeded generator, so the same seed gives the same rows.
    const auto idFrom = [](QRandomGenerator &generator) {
        QByteArray bytes(16, Qt::Uninitialized);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
        bytes[6] = char((bytes[6] & 0x0f) | 0x40);
        bytes[8] = char((bytes[8] & 0x3f) | 0x80);
        return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
    };
    const auto id = [&] { return idFrom(random); };
    const auto pick = [&random](const auto &list) { return list[random.bounded(int(list.size()))]; };
    QRandomGenerator disputing(quint32(seed * 104729 + 3));

    for (const Debtor &debtor : std::as_const(debtors)) {
        if (random.bounded(100) >= 60)
            continue; // never contacted yet
        const int contacts = 1 + random.bounded(3);
        for (int n = 0; n < contacts; ++n) {
            const QDateTime when(
                today.addDays(-1 - random.bounded(45)), QTime(8 + random.bounded(9), random.bounded(60)), Qt::UTC);
            const bool email = random.bounded(100) < 30;
            activity->bind(1, id()).bind(2, debtor.customerId);
            activity->bind(3, email ? QStringLiteral("email") : QStringLiteral("call"));
            activity->bind(4, collections::timestampText(when)).bind(5, debtor.collector);
            activity->bind(6, email ? QString() : QString::fromLatin1(pick(kOutcomes)));
            activity->bind(7, email ? QStringLiteral("Payment reminder") : QString());
            activity->bind(
                8, email ? QStringLiteral("Reminder of the overdue invoices") : QString::fromUtf8(pick(kCallNotes)));
            if (auto status = activity->run(); !status)
                return status;
            activity->reset();
        }
        if (random.bounded(100) < 35) {
            const QDate made = today.addDays(-2 - random.bounded(20));
            const QDate promised = std::min(made.addDays(random.bounded(15)), today.addDays(7));
            const qint64 amount = std::max<qint64>(1, debtor.overdueMinor * (30 + random.bounded(71)) / 100);
            promise->bind(1, id()).bind(2, debtor.customerId).bind(3, made).bind(4, promised);
            promise->bind(5, debtor.currency).bind(6, amount).bind(7, debtor.collector);
            if (auto status = promise->run(); !status)
                return status;
            promise->reset();
        }
        // Its own generator, so the contacts and promises above stay what they were for a seed.
        if (disputing.bounded(100) < 12) {
            const QString status = QString::fromLatin1(kDisputeStates[disputing.bounded(int(kDisputeStates.size()))]);
            const bool resolved = status == QLatin1String("resolved");
            const QDate opened = today.addDays(-disputing.bounded(40));
            dispute->bind(1, idFrom(disputing)).bind(2, debtor.oldestInvoiceId).bind(3, debtor.customerId);
            dispute->bind(4, std::max<qint64>(1, debtor.oldestTotalMinor * (20 + disputing.bounded(81)) / 100));
            dispute->bind(5, Dispute::reasonCodes().at(disputing.bounded(int(Dispute::reasonCodes().size()))));
            dispute->bind(6, status).bind(7, opened);
            dispute->bind(8, resolved ? std::min(today, opened.addDays(2 + disputing.bounded(20))) : QDate());
            dispute->bind(9, debtor.collector)
                .bind(10, QString::fromLatin1(kDisputeNotes[disputing.bounded(int(kDisputeNotes.size()))]));
            dispute->bindOrNull(11, resolved ? QStringLiteral("rejected") : QString());
            dispute->bindOrNull(12, resolved ? QStringLiteral("approved") : QString());
            dispute->bind(13, resolved ? debtor.collector : QString());
            if (auto status = dispute->run(); !status)
                return status;
            dispute->reset();
        }
        if (random.bounded(100) < 12) {
            task->bind(1, id()).bind(2, debtor.customerId).bind(3, QString::fromLatin1(pick(kTasks)));
            task->bind(4, today.addDays(random.bounded(11) - 3)).bind(5, debtor.collector);
            if (auto status = task->run(); !status)
                return status;
            task->reset();
        }
    }
    return transaction.commit();
}

} // namespace cc::services
