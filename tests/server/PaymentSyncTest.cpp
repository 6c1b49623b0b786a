// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"
#include "services/LateFees.h"
#include "services/PaymentPosting.h"
#include "services/WriteOffs.h"
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

TEST_F(PaymentSyncTest, AWriteOffAboveTheLimitWaitsForAnotherCreditManager)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    auto asked = services::WriteOffs(anna->workspace.db(), anna->clock, QStringLiteral("anna"))
                     .request(QStringLiteral("I-C1"), money("69.00", "EUR"), QStringLiteral("Customer insolvent"));
    ASSERT_TRUE(asked.ok()) << qPrintable(asked.error().detail);
    EXPECT_EQ(asked->status, WriteOff::Status::Requested) << "the team set no limit: every write-off is decided";
    auto pushed = anna->sync();
    ASSERT_TRUE(pushed.ok());
    EXPECT_EQ(pushed->pushed.conflicts, 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT requested_by || ' ' || status FROM write_offs")),
        m_anna + QStringLiteral(" requested"));

    // Neither the collector's grants nor the server's checks let her settle it herself.
    auto approveOwn
        = anna->server->exec(QStringLiteral("UPDATE write_offs SET status = 'approved' WHERE id = $1"), { asked->id });
    ASSERT_FALSE(approveOwn.ok());
    EXPECT_EQ(approveOwn.error().code, ErrorCode::PermissionDenied);
    auto approvedOnInsert = anna->server->exec(
        QStringLiteral("INSERT INTO write_offs (id, customer_id, invoice_number, currency, amount_minor, reason, "
                       "requested_date, status) VALUES (gen_random_uuid(), 'C1', 'I-C1', 'EUR', 100, 'x', "
                       "'2026-11-23', 'approved')"));
    ASSERT_FALSE(approvedOnInsert.ok());
    EXPECT_TRUE(approvedOnInsert.error().detail.contains(QStringLiteral("a credit manager approves it")))
        << qPrintable(approvedOnInsert.error().detail);
    auto settleEarly = anna->server->exec(
        QStringLiteral("INSERT INTO allocations (id, invoice_number, write_off_id, amount_minor, alloc_date) "
                       "VALUES (gen_random_uuid(), 'I-C1', $1, 6900, '2026-11-23')"),
        { asked->id });
    ASSERT_FALSE(settleEarly.ok());
    EXPECT_TRUE(settleEarly.error().detail.contains(QStringLiteral("not approved")))
        << qPrintable(settleEarly.error().detail);

    ASSERT_TRUE(carla->sync().ok());
    ASSERT_TRUE(
        services::WriteOffs(carla->workspace.db(), carla->clock, QStringLiteral("carla")).decide(asked->id, true).ok());
    auto decided = carla->sync();
    ASSERT_TRUE(decided.ok());
    EXPECT_EQ(decided->pushed.conflicts, 0) << qPrintable(carla->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT decided_by || ' ' || status FROM write_offs")),
        m_carla + QStringLiteral(" approved"));
    ASSERT_TRUE(anna->sync().ok());
    EXPECT_EQ(anna->status(QStringLiteral("I-C1")), QStringLiteral("paid"));

    // A credit manager's own request above the limit goes to another one.
    must(carla->server->exec(QStringLiteral(
        "INSERT INTO write_offs (id, customer_id, invoice_number, currency, amount_minor, reason, requested_date, "
        "status) VALUES ('00000000-0000-0000-0000-000000000001', 'C2', 'I-C2', 'EUR', 100, 'x', '2026-11-23', "
        "'requested')")));
    auto ownDecision = carla->server->exec(
        QStringLiteral("UPDATE write_offs SET status = 'approved' WHERE id = '00000000-0000-0000-0000-000000000001'"));
    ASSERT_FALSE(ownDecision.ok());
    EXPECT_TRUE(ownDecision.error().detail.contains(QStringLiteral("someone other than who asked")))
        << qPrintable(ownDecision.error().detail);
}

TEST_F(PaymentSyncTest, TheSameDaysOfInterestAreChargedOnceWhicheverDesktopChargesThem)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    services::LateFees carlas(carla->workspace.db(), carla->clock);
    ASSERT_TRUE(carlas.setPolicy(*LateFeePolicy::fromJson(QStringLiteral(R"({"annual_rate_bp": 900})"))).ok());
    ASSERT_TRUE(carla->sync().ok());
    ASSERT_TRUE(anna->sync().ok());

    // Both desktops charge I-C1 (69.00 open since 2026-10-01) before either has synced.
    services::LateFees annas(anna->workspace.db(), anna->clock);
    ASSERT_TRUE(annas.charge(QStringLiteral("C1"), QDate(2026, 11, 23)).ok());
    ASSERT_TRUE(carlas.charge(QStringLiteral("C1"), QDate(2026, 11, 23)).ok());
    auto first = anna->sync();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->pushed.conflicts, 0);
    auto second = carla->sync();
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->pushed.conflicts, 1);
    EXPECT_TRUE(
        carla->conflicts().value(0).message.contains(QStringLiteral("was charged for 2026-10-02 to 2026-11-23")))
        << qPrintable(carla->conflicts().value(0).message);
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) || ' ' || sum(interest_minor) FROM late_fee_charges")),
        QStringLiteral("1 90"))
        << "69.00 × 9 % × 53/365 = 0.90";
}
