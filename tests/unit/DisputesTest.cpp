// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/Disputes.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "storage/CustomerRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

class DisputesTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Grumbling Goods");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        Invoice invoice;
        invoice.number = QStringLiteral("INV-1");
        invoice.customerId = c.id;
        invoice.invoiceDate = QDate(2026, 10, 1);
        invoice.dueDate = QDate(2026, 10, 31);
        invoice.total = money("500.00", "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate) };
    services::Disputes disputes { ws.db(), clock, QStringLiteral("anna") };
};

} // namespace

TEST_F(DisputesTest, ADisputeIsForPartOfWhatIsOpenWithAReasonAndAServiceLevel)
{
    auto wrongReason = disputes.open(QStringLiteral("INV-1"), money("100.00", "EUR"), QStringLiteral("grumpy"));
    ASSERT_FALSE(wrongReason.ok());
    EXPECT_TRUE(wrongReason.error().detail.contains(QStringLiteral("duplicate_billing")));
    auto pricing = disputes.open(QStringLiteral("INV-1"), money("120.00", "EUR"), QStringLiteral("pricing"));
    ASSERT_TRUE(pricing.ok()) << qPrintable(pricing.error().detail);
    EXPECT_EQ(pricing->owner, QStringLiteral("anna"));
    EXPECT_EQ(pricing->slaDue(), QDate(2026, 12, 4)) << "ten days for pricing";
    EXPECT_FALSE(pricing->breachesSla(QDate(2026, 12, 4)));
    EXPECT_TRUE(pricing->breachesSla(QDate(2026, 12, 5)));

    auto tooMuch = disputes.open(QStringLiteral("INV-1"), money("380.01", "EUR"), QStringLiteral("damaged"));
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().detail.contains(QStringLiteral("380.00 EUR"))) << qPrintable(tooMuch.error().detail);
    auto rest = disputes.open(QStringLiteral("INV-1"), money("380.00", "EUR"), QStringLiteral("damaged"),
        QStringLiteral("ben"), QStringLiteral("Photos of the pallets"));
    ASSERT_TRUE(rest.ok());
    auto bens = storage::DisputeRepository(ws.db()).list(false, QStringLiteral("ben"));
    ASSERT_TRUE(bens.ok());
    ASSERT_EQ(bens->size(), 1);
    EXPECT_EQ(bens->at(0).note, QStringLiteral("Photos of the pallets"));
}

TEST_F(DisputesTest, TheWorkflowMovesOnAndAResolvedDisputeCanBeReopened)
{
    auto dispute = disputes.open(QStringLiteral("INV-1"), money("200.00", "EUR"), QStringLiteral("quantity"));
    ASSERT_TRUE(dispute.ok());
    EXPECT_FALSE(disputes.move(dispute->id, Dispute::Status::Waiting).ok()) << "investigated first";
    ASSERT_TRUE(disputes.move(dispute->id, Dispute::Status::Investigating).ok());
    ASSERT_TRUE(
        disputes.move(dispute->id, Dispute::Status::Waiting, QStringLiteral("Asked for the delivery note")).ok());
    auto resolved = disputes.move(dispute->id, Dispute::Status::Resolved);
    ASSERT_TRUE(resolved.ok());
    EXPECT_EQ(resolved->resolvedOn, QDate(2026, 11, 24));
    EXPECT_EQ(*storage::DisputeRepository(ws.db()).disputedMinor(QStringLiteral("INV-1")), 0)
        << "resolved: the amount is collectible again";

    auto reopened = disputes.move(dispute->id, Dispute::Status::Investigating, QStringLiteral("Customer objects"));
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error().detail);
    auto stored = storage::DisputeRepository(ws.db()).find(dispute->id);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->status, Dispute::Status::Investigating);
    EXPECT_FALSE((*stored)->resolvedOn.isValid());
    EXPECT_EQ(*storage::DisputeRepository(ws.db()).disputedMinor(QStringLiteral("INV-1")), 20000);
}
