// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"
#include "services/PaymentPosting.h"
#include "storage/PaymentRepository.h"

using namespace cc;
using namespace cc::test;
using services::PaymentPosting;

namespace {

// C1 of the team owes 119.00 on I-C1, 50.00 of it paid by P-C1.
class PaymentSyncTest : public TeamFixture {
protected:
    static PaymentPosting::Receipt receipt(const char *amount)
    {
        return { QStringLiteral("C1"), QDate(2026, 11, 23), money(amount, "EUR"), std::nullopt,
            QStringLiteral("transfer"), QStringLiteral("SEPA 4711") };
    }

    static QString record(TestDesktop &desktop, const char *amount)
    {
        PaymentPosting posting(desktop.workspace.db(), desktop.clock, QStringLiteral("anna"));
        auto plan = posting.suggest(receipt(amount));
        EXPECT_TRUE(plan.ok());
        auto id = posting.record(receipt(amount), *plan);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error().detail);
        return id.ok() ? *id : QString();
    }

    static Money unapplied(TestDesktop &desktop, const QString &paymentId)
    {
        storage::PaymentRepository payments(desktop.workspace.db());
        return *payments.unapplied(**payments.find(paymentId));
    }
};

} // namespace

TEST_F(PaymentSyncTest, APaymentAndItsRefundReachTheTeamAndOnlyCreditManagersPayMoneyOut)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    const QString id = record(*anna, "100.00");
    auto pushed = anna->sync();
    ASSERT_TRUE(pushed.ok()) << qPrintable(pushed.error().detail);
    EXPECT_EQ(pushed->pushed.conflicts, 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT sum(amount_minor) FROM allocations WHERE payment_id = $1"), { id }),
        QStringLiteral("6900"));

    ASSERT_TRUE(carla->sync().ok());
    EXPECT_EQ(carla->status(QStringLiteral("I-C1")), QStringLiteral("paid"));
    EXPECT_EQ(unapplied(*carla, id), money("31.00", "EUR"));

    // A collector's desktop may record a refund; the server refuses it and the cash is back.
    PaymentPosting annas(anna->workspace.db(), anna->clock, QStringLiteral("anna"));
    ASSERT_TRUE(annas.refund(id, money("31.00", "EUR"), QDate(2026, 11, 23), {}, {}).ok());
    auto refused = anna->sync();
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->pushed.conflicts, 1);
    EXPECT_EQ(anna->count("SELECT count(*) FROM refunds"), 0);
    EXPECT_EQ(unapplied(*anna, id), money("31.00", "EUR"));

    PaymentPosting carlas(carla->workspace.db(), carla->clock, QStringLiteral("carla"));
    ASSERT_TRUE(carlas.refund(id, money("31.00", "EUR"), QDate(2026, 11, 23), QStringLiteral("transfer"), {}).ok());
    auto refunded = carla->sync();
    ASSERT_TRUE(refunded.ok());
    EXPECT_EQ(refunded->pushed.conflicts, 0);
    ASSERT_TRUE(anna->sync().ok());
    EXPECT_EQ(unapplied(*anna, id), money("0.00", "EUR"));
    EXPECT_EQ((*storage::PaymentRepository(anna->workspace.db()).find(id))->appliedOn, QDate(2026, 11, 23));

    // Whoever writes straight to the server: no payment is used for more than it brought.
    auto twice = carla->server->exec(QStringLiteral("INSERT INTO refunds (id, customer_id, payment_id, refund_date, "
                                                    "currency, amount_minor) VALUES (gen_random_uuid(), 'C1', $1, "
                                                    "'2026-11-23', 'EUR', 1)"),
        { id });
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().detail.contains(QStringLiteral("more than the 10000 it brought")))
        << qPrintable(twice.error().detail);
}

TEST_F(PaymentSyncTest, AReversalReopensTheInvoiceEverywhereAndTheServerAppliesNothingMoreFromIt)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    const QString id = record(*anna, "69.00");
    ASSERT_TRUE(anna->sync().ok());
    ASSERT_TRUE(carla->sync().ok());
    EXPECT_EQ(carla->status(QStringLiteral("I-C1")), QStringLiteral("paid"));

    PaymentPosting posting(anna->workspace.db(), anna->clock, QStringLiteral("anna"));
    ASSERT_TRUE(posting.reverse(id, QDate(2026, 11, 23), QStringLiteral("Returned: insufficient funds")).ok());
    auto pushed = anna->sync();
    ASSERT_TRUE(pushed.ok());
    EXPECT_EQ(pushed->pushed.conflicts, 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT reversed_date::text || ' ' || reversal_reason FROM payments "
                                      "WHERE id = $1"),
                  { id }),
        QStringLiteral("2026-11-23 Returned: insufficient funds"));
    ASSERT_TRUE(carla->sync().ok());
    EXPECT_EQ(carla->status(QStringLiteral("I-C1")), QStringLiteral("partially_paid")) << "69.00 open again";
    EXPECT_EQ(unapplied(*carla, id), money("0.00", "EUR"));

    auto reapplied = anna->server->exec(
        QStringLiteral("INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, alloc_date) "
                       "VALUES (gen_random_uuid(), 'I-C1', $1, 100, '2026-11-23')"),
        { id });
    ASSERT_FALSE(reapplied.ok());
    EXPECT_TRUE(reapplied.error().detail.contains(QStringLiteral("was reversed")))
        << qPrintable(reapplied.error().detail);
    auto beyondTotal = anna->server->execute(
        QStringLiteral("INSERT INTO payments (id, customer_id, payment_date, currency, amount_minor) "
                       "VALUES ('P-BIG', 'C1', '2026-11-23', 'EUR', 100000);"
                       "INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, alloc_date) "
                       "VALUES (gen_random_uuid(), 'I-C1', 'P-BIG', 7000, '2026-11-23')"));
    ASSERT_FALSE(beyondTotal.ok());
    EXPECT_TRUE(beyondTotal.error().detail.contains(QStringLiteral("more than its total 11900")))
        << qPrintable(beyondTotal.error().detail);
    auto undo = anna->server->exec(
        QStringLiteral("UPDATE payments SET reversed_date = NULL, reversal_reason = '' WHERE id = $1"), { id });
    ASSERT_FALSE(undo.ok());
    EXPECT_TRUE(undo.error().detail.contains(QStringLiteral("does not change any more")));
}
