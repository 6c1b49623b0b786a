// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"
#include "services/SalesOrders.h"

using namespace cc;
using namespace cc::test;

namespace {

// C1 (anna's) has a credit limit of 5,000.00 EUR and owes 69.00, overdue since October.
class OrderCreditTest : public TeamFixture {
protected:
    static SalesOrder order(const char *number, const char *unitPrice)
    {
        SalesOrder o { QString::fromLatin1(number), QStringLiteral("C1"), QDate(2026, 11, 23),
            Money::zero(currency("EUR")) };
        o.lines = { { QStringLiteral("P-1"), QStringLiteral("Pallets"), InvoiceLine::QuantityScale,
            money(unitPrice, "EUR"), 0, 0 } };
        return o;
    }
};

} // namespace

TEST_F(OrderCreditTest, OnlyACreditManagerReleasesAnOrderTheCreditCheckHolds)
{
    auto anna = desktop(m_anna);
    services::SalesOrders annas(anna->workspace.db(), anna->clock, QStringLiteral("anna"));
    auto first = annas.enter(order("SO-1", "1000.00"));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().detail);
    auto released = annas.release(QStringLiteral("SO-1"));
    ASSERT_TRUE(released.ok());
    EXPECT_EQ(released->status, SalesOrder::Status::Released);
    ASSERT_TRUE(annas.enter(order("SO-2", "4500.00")).ok());
    auto held = annas.release(QStringLiteral("SO-2"));
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->status, SalesOrder::Status::Held) << "69 + 1000 + 4500 is over 5000";
    auto pushed = anna->sync();
    ASSERT_TRUE(pushed.ok());
    EXPECT_EQ(pushed->pushed.conflicts, 0) << qPrintable(anna->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT string_agg(id || ' ' || status || ' ' || decided_by, ', ' ORDER BY id) "
                                      "FROM sales_orders")),
        QStringLiteral("SO-1 released %1, SO-2 held %1").arg(m_anna));

    // Straight to the server, the collector cannot release past the check or a hold.
    auto overLimit = anna->server->exec(
        QStringLiteral("INSERT INTO sales_orders (id, customer_id, order_date, currency, total_minor, status) "
                       "VALUES ('SO-X', 'C1', '2026-11-23', 'EUR', 400000, 'released')"));
    ASSERT_FALSE(overLimit.ok());
    EXPECT_EQ(overLimit.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(
        overLimit.error().detail.contains(QStringLiteral("exposure to 506900 against a credit limit of 500000")))
        << qPrintable(overLimit.error().detail);
    auto unhold = anna->server->exec(QStringLiteral("UPDATE sales_orders SET status = 'released' WHERE id = 'SO-2'"));
    ASSERT_FALSE(unhold.ok());
    EXPECT_TRUE(unhold.error().detail.contains(QStringLiteral("on hold"))) << qPrintable(unhold.error().detail);
    auto withinLimit = anna->server->exec(
        QStringLiteral("INSERT INTO sales_orders (id, customer_id, order_date, currency, total_minor, status) "
                       "VALUES ('SO-Y', 'C1', '2026-11-23', 'EUR', 100000, 'released')"));
    EXPECT_TRUE(withinLimit.ok()) << qPrintable(withinLimit.error().detail);

    auto carla = desktop(m_carla);
    auto decided = services::SalesOrders(carla->workspace.db(), carla->clock, QStringLiteral("carla"))
                       .decide(QStringLiteral("SO-2"), true);
    ASSERT_TRUE(decided.ok()) << qPrintable(decided.error().detail);
    auto allowed = carla->sync();
    ASSERT_TRUE(allowed.ok());
    EXPECT_EQ(allowed->pushed.conflicts, 0) << qPrintable(carla->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT status || ' ' || decided_by FROM sales_orders WHERE id = 'SO-2'")),
        QStringLiteral("released ") + m_carla);
}
