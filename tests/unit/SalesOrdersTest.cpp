// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SalesOrders.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "services/TeamSettings.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/SalesOrderRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

class SalesOrdersTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addCustomer("C1", "1000.00");
        addCustomer("NEW", "0.00");
        Invoice invoice;
        invoice.number = QStringLiteral("INV-1");
        invoice.customerId = QStringLiteral("C1");
        invoice.invoiceDate = QDate(2026, 9, 1);
        invoice.dueDate = QDate(2026, 10, 1);
        invoice.total = money("600.00", "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    void addCustomer(const char *id, const char *limit)
    {
        Customer c;
        c.id = QString::fromLatin1(id);
        c.name = QStringLiteral("Customer ") + c.id;
        c.currency = currency("EUR");
        c.creditLimit = money(limit, "EUR");
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
    }

    SalesOrder order(const char *customer, const char *unitPrice, int quantity = 1)
    {
        SalesOrder o { QString(), QString::fromLatin1(customer), QDate(2026, 11, 20), Money::zero(currency("EUR")) };
        o.lines = { { QStringLiteral("W-1"), QStringLiteral("Widgets"), quantity * InvoiceLine::QuantityScale,
            money(unitPrice, "EUR"), 0, 0 } };
        o.customerReference = QStringLiteral("PO-77");
        return o;
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate) };
    services::SalesOrders orders { ws.db(), clock, QStringLiteral("anna") };
};

} // namespace

TEST_F(SalesOrdersTest, AnOrderWithinTheLimitIsReleasedAndOneOverItIsHeldWithTheReason)
{
    auto first = orders.enter(order("C1", "100.00", 3));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().detail);
    EXPECT_TRUE(first->number.startsWith(QStringLiteral("SO-")));
    EXPECT_EQ(first->total, money("300.00", "EUR")) << "from its lines";
    auto released = orders.release(first->number);
    ASSERT_TRUE(released.ok()) << qPrintable(released.error().detail);
    EXPECT_EQ(released->status, SalesOrder::Status::Released) << "600 open + 300 is within 1000";

    // 600 open + 300 released + 200 is over the limit.
    auto second = orders.enter(order("C1", "200.00"));
    ASSERT_TRUE(second.ok());
    auto held = orders.release(second->number);
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->status, SalesOrder::Status::Held);
    EXPECT_TRUE(held->holdReason.contains(QStringLiteral("exposure of 1100.00 EUR"))) << qPrintable(held->holdReason);
    EXPECT_TRUE(held->holdReason.contains(QStringLiteral("credit limit of 1000.00 EUR")));
    auto stored = storage::SalesOrderRepository(ws.db()).list(QString(), SalesOrder::Status::Held);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->at(0).holdReason, held->holdReason);

    services::SalesOrders manager(ws.db(), clock, QStringLiteral("carla"));
    auto overridden = manager.decide(second->number, true);
    ASSERT_TRUE(overridden.ok());
    EXPECT_EQ(overridden->status, SalesOrder::Status::Released);
    EXPECT_FALSE(manager.decide(second->number, false).ok()) << "no longer on hold";
}

TEST_F(SalesOrdersTest, OverdueAmountsAboveTheTeamsThresholdAndMissingLimitsHoldOrders)
{
    ASSERT_TRUE(services::TeamSettings(ws.db(), clock)
                    .setValue(services::SalesOrders::OverdueLimitsKey, QStringLiteral("{\"EUR\": 50000}"))
                    .ok());
    auto small = orders.enter(order("C1", "10.00"));
    ASSERT_TRUE(small.ok());
    auto held = orders.release(small->number);
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->status, SalesOrder::Status::Held);
    EXPECT_TRUE(held->holdReason.contains(QStringLiteral("600.00 EUR overdue is above the threshold of 500.00 EUR")))
        << qPrintable(held->holdReason);

    auto fresh = orders.enter(order("NEW", "10.00"));
    ASSERT_TRUE(fresh.ok());
    auto noLimit = orders.release(fresh->number);
    ASSERT_TRUE(noLimit.ok());
    EXPECT_TRUE(noLimit->holdReason.contains(QStringLiteral("no credit limit"))) << qPrintable(noLimit->holdReason);
    auto cancelled = services::SalesOrders(ws.db(), clock, QStringLiteral("carla")).decide(fresh->number, false);
    ASSERT_TRUE(cancelled.ok());
    EXPECT_EQ(cancelled->status, SalesOrder::Status::Cancelled);
}

TEST_F(SalesOrdersTest, AReleasedOrderBecomesADraftInvoiceWithItsLines)
{
    auto entered = orders.enter(order("C1", "120.00", 2));
    ASSERT_TRUE(entered.ok());
    EXPECT_FALSE(orders.invoice(entered->number).ok()) << "not released yet";
    ASSERT_TRUE(orders.release(entered->number).ok());
    auto draft = orders.invoice(entered->number);
    ASSERT_TRUE(draft.ok()) << qPrintable(draft.error().detail);
    EXPECT_EQ(draft->status, InvoiceStatus::Draft);
    EXPECT_EQ(draft->total, money("240.00", "EUR"));
    EXPECT_EQ(draft->lines, entered->lines);
    EXPECT_EQ(draft->customerReference, QStringLiteral("PO-77"));
    auto invoiced = storage::SalesOrderRepository(ws.db()).find(entered->number);
    ASSERT_TRUE(invoiced.ok() && invoiced->has_value());
    EXPECT_EQ((*invoiced)->status, SalesOrder::Status::Invoiced);
    EXPECT_EQ((*invoiced)->invoiceDraftId, draft->draftId);
    EXPECT_FALSE(orders.invoice(entered->number).ok()) << "invoiced once";

    SalesOrder dollars = order("C1", "5.00");
    dollars.lines[0].unitPrice = money("5.00", "USD");
    auto refused = orders.enter(dollars);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("billed in EUR")));
}

TEST_F(SalesOrdersTest, ACancelledOrderNoLongerCountsAgainstTheCredit)
{
    auto big = orders.enter(order("C1", "350.00"));
    ASSERT_TRUE(big.ok());
    ASSERT_EQ(orders.release(big->number)->status, SalesOrder::Status::Released) << "600 + 350 of 1000";
    auto next = orders.enter(order("C1", "100.00"));
    ASSERT_TRUE(next.ok());
    auto cancelled = orders.cancel(big->number);
    ASSERT_TRUE(cancelled.ok()) << qPrintable(cancelled.error().detail);
    EXPECT_EQ(cancelled->status, SalesOrder::Status::Cancelled);
    EXPECT_EQ(orders.release(next->number)->status, SalesOrder::Status::Released) << "600 + 100: the 350 is gone";
    ASSERT_TRUE(orders.invoice(next->number).ok());
    auto invoiced = orders.cancel(next->number);
    ASSERT_FALSE(invoiced.ok());
    EXPECT_TRUE(invoiced.error().detail.contains(QStringLiteral("invoiced already")));
}
