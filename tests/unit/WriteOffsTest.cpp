// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/WriteOffs.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/WriteOffRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

class WriteOffsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Harbour Café");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        Invoice invoice;
        invoice.number = QStringLiteral("INV-1");
        invoice.customerId = c.id;
        invoice.invoiceDate = QDate(2026, 6, 1);
        invoice.dueDate = QDate(2026, 7, 1);
        invoice.total = money("120.00", "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    QString open()
    {
        auto summary = storage::InvoiceRepository(ws.db()).summaryByNumber(QStringLiteral("INV-1"));
        return summary.ok() && summary->has_value() ? (*summary)->open.toDecimalString() : QString();
    }

    QString lastNote()
    {
        auto activities = storage::ActivityRepository(ws.db()).ofCustomer(QStringLiteral("C1"));
        return activities.ok() && !activities->isEmpty() ? activities->at(0).note : QString();
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate) };
    services::WriteOffs writeOffs { ws.db(), clock, QStringLiteral("anna") };
};

} // namespace

TEST_F(WriteOffsTest, WithinTheLimitAWriteOffSettlesAtOnce)
{
    ASSERT_TRUE(writeOffs.setApprovalLimit(money("25.00", "EUR")).ok());
    EXPECT_EQ(*writeOffs.approvalLimit(currency("EUR")), money("25.00", "EUR"));
    EXPECT_EQ(*writeOffs.approvalLimit(currency("USD")), money("0.00", "USD")) << "not named: always approved by hand";

    auto small = writeOffs.request(QStringLiteral("INV-1"), money("20.00", "EUR"), QStringLiteral("Bank charges"));
    ASSERT_TRUE(small.ok()) << qPrintable(small.error().detail);
    EXPECT_EQ(small->status, WriteOff::Status::Approved);
    EXPECT_EQ(open(), QStringLiteral("100.00"));
    EXPECT_TRUE(lastNote().contains(QStringLiteral("20.00 EUR of invoice INV-1 written off: Bank charges")));

    auto tooMuch = writeOffs.request(QStringLiteral("INV-1"), money("100.01", "EUR"), QStringLiteral("Gone"));
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().detail.contains(QStringLiteral("only 100.00 EUR")))
        << qPrintable(tooMuch.error().detail);
    EXPECT_FALSE(writeOffs.request(QStringLiteral("INV-1"), money("5.00", "EUR"), QStringLiteral(" ")).ok())
        << "a reason is needed";
}

TEST_F(WriteOffsTest, AboveTheLimitAWriteOffWaitsForADecision)
{
    auto asked = writeOffs.request(QStringLiteral("INV-1"), money("120.00", "EUR"), QStringLiteral("Insolvent"));
    ASSERT_TRUE(asked.ok());
    EXPECT_EQ(asked->status, WriteOff::Status::Requested);
    EXPECT_EQ(open(), QStringLiteral("120.00")) << "nothing settles before approval";
    auto pending = storage::WriteOffRepository(ws.db()).list(WriteOff::Status::Requested);
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->at(0).reason, QStringLiteral("Insolvent"));

    clock.set(QDateTime::fromString(QStringLiteral("2026-11-25T09:00:00Z"), Qt::ISODate));
    services::WriteOffs manager(ws.db(), clock, QStringLiteral("carla"));
    ASSERT_TRUE(manager.decide(asked->id, true).ok());
    EXPECT_EQ(open(), QStringLiteral("0.00"));
    auto decided = storage::WriteOffRepository(ws.db()).find(asked->id);
    ASSERT_TRUE(decided.ok() && decided->has_value());
    EXPECT_EQ((*decided)->decidedBy, QStringLiteral("carla"));
    EXPECT_EQ((*decided)->decidedOn, QDate(2026, 11, 25));
    EXPECT_TRUE(lastNote().contains(QStringLiteral("approved by carla"))) << qPrintable(lastNote());
    auto twice = manager.decide(asked->id, false);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().detail.contains(QStringLiteral("was approved already")));
}

TEST_F(WriteOffsTest, ARejectedWriteOffLeavesTheAmountToCollect)
{
    auto asked = writeOffs.request(QStringLiteral("INV-1"), money("60.00", "EUR"), QStringLiteral("Goodwill"));
    ASSERT_TRUE(asked.ok());
    clock.set(QDateTime::fromString(QStringLiteral("2026-11-24T10:00:00Z"), Qt::ISODate));
    ASSERT_TRUE(services::WriteOffs(ws.db(), clock, QStringLiteral("carla")).decide(asked->id, false).ok());
    EXPECT_EQ(open(), QStringLiteral("120.00"));
    EXPECT_TRUE(lastNote().contains(QStringLiteral("rejected by carla"))) << qPrintable(lastNote());
}
