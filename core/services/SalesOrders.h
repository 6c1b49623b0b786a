// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/Invoice.h"
#include "domain/SalesOrder.h"
#include "storage/SqlDatabase.h"
#include "sync/FieldValues.h"

#include <QCoreApplication>

namespace cc::services {

/// Orders to invoices. An order is entered (or imported) open; releasing it runs the credit
/// check, which releases it or holds it with the reasons; a credit manager releases or cancels
/// a held one; a released order becomes a draft invoice with its lines. Every step goes to the
/// server through the sync outbox (which checks releases again) and onto the timeline.
class SalesOrders {
    Q_DECLARE_TR_FUNCTIONS(SalesOrders)

public:
    /// Team setting: per currency, the overdue amount above which orders are held, in minor
    /// units as a JSON object ({"EUR": 100000}). A currency not named has no such rule.
    static const QString OverdueLimitsKey;

    SalesOrders(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(sync::notNull(author))
    {
    }

    /// Stores a new open order in its customer's currency; its total comes from its lines
    /// when it has any. An empty number gets one ("SO-…"). Returns the order as stored.
    Result<SalesOrder> enter(SalesOrder order);
    /// Runs the credit check and releases the order, or holds it with the reasons.
    Result<SalesOrder> release(const QString &number);
    /// A credit manager's decision on a held order: release it anyway, or cancel it.
    Result<SalesOrder> decide(const QString &number, bool release);
    /// Cancels an order not invoiced yet (the customer withdrew it); it no longer counts as exposure.
    Result<SalesOrder> cancel(const QString &number);
    /// Makes a released order into a draft invoice with its lines and reference; the order
    /// counts as invoiced from then on. Returns the draft.
    Result<Invoice> invoice(const QString &number);

private:
    Result<SalesOrder> existing(const QString &number);
    Status setStatus(SalesOrder &order, SalesOrder::Status status, const QString &holdReason, const QString &note);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
