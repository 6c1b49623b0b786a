// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PaymentPosting.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "storage/ActivityRepository.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "sync/Outbox.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using services::PaymentPosting;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class PaymentPostingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Brightwater Foods");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        c.terms = *PaymentTerms::parse(u"2/10 NET30");
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
    }

    void addInvoice(const char *number, const char *issued, const char *total, const char *terms = "2/10 NET30")
    {
        Invoice invoice;
        invoice.number = QString::fromLatin1(number);
        invoice.customerId = QStringLiteral("C1");
        invoice.invoiceDate = d(issued);
        invoice.terms = QString::fromLatin1(terms);
        invoice.dueDate = PaymentTerms::parse(invoice.terms)->dueDate(invoice.invoiceDate);
        invoice.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    QString open(const char *number)
    {
        auto summary = storage::InvoiceRepository(ws.db()).summaryByNumber(QString::fromLatin1(number));
        EXPECT_TRUE(summary.ok() && summary->has_value());
        return (*summary)->open.toDecimalString();
    }

    // What the customer owes, open invoices less unapplied cash, as the customer list shows it.
    QString balance()
    {
        auto rows = storage::CustomerRepository(ws.db()).summaries(clock.today());
        EXPECT_TRUE(rows.ok() && rows->size() == 1);
        return rows->at(0).openBalance.toDecimalString();
    }

    Money unappliedOf(const QString &paymentId)
    {
        storage::PaymentRepository payments(ws.db());
        return *payments.unapplied(**payments.find(paymentId));
    }

    PaymentPosting::Receipt receipt(const char *date, const char *amount)
    {
        return { QStringLiteral("C1"), d(date), money(amount, "EUR"), std::nullopt, QStringLiteral("transfer"),
            QStringLiteral("BANK-REF-7") };
    }

    QString lastNote()
    {
        auto activities = storage::ActivityRepository(ws.db()).ofCustomer(QStringLiteral("C1"));
        EXPECT_TRUE(activities.ok() && !activities->isEmpty());
        return activities->isEmpty() ? QString() : activities->at(0).note;
    }

    qint64 pending() { return *sync::Outbox(ws.db(), clock).count(); }

    TestWorkspace ws;
    FixedClock clock { QDateTime::fromString(QStringLiteral("2026-11-24T09:00:00Z"), Qt::ISODate) };
    PaymentPosting posting { ws.db(), clock, QStringLiteral("anna") };
};

} // namespace

TEST_F(PaymentPostingTest, AnEarnedDiscountSettlesTheInvoiceAndTheRestStaysUnapplied)
{
    addInvoice("INV-1", "2026-10-01", "500.00"); // discount window long gone
    addInvoice("INV-2", "2026-11-20", "1000.00"); // within its ten days
    const auto paid = receipt("2026-11-24", "1600.00");
    auto plan = posting.suggest(paid);
    ASSERT_TRUE(plan.ok()) << qPrintable(plan.error().detail);
    ASSERT_EQ(plan->lines.size(), 2);
    EXPECT_EQ(plan->lines[0].number, QStringLiteral("INV-1"));
    EXPECT_EQ(plan->lines[1].discount, money("20.00", "EUR"));
    EXPECT_EQ(plan->unapplied, money("120.00", "EUR"));

    auto id = posting.record(paid, *plan);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().detail);
    EXPECT_EQ(open("INV-1"), QStringLiteral("0.00"));
    EXPECT_EQ(open("INV-2"), QStringLiteral("0.00")) << "980.00 paid and 20.00 discount granted";
    EXPECT_EQ(unappliedOf(*id), money("120.00", "EUR")) << "the discount uses none of the cash";
    EXPECT_EQ(balance(), QStringLiteral("-120.00"));
    EXPECT_EQ(pending(), 1 + 3 + 1) << "the payment, two allocations and a discount, the note";
    EXPECT_TRUE(lastNote().contains(QStringLiteral("20.00 EUR early-payment discount"))) << qPrintable(lastNote());
    EXPECT_TRUE(lastNote().contains(QStringLiteral("Unapplied: 120.00 EUR")));
}

TEST_F(PaymentPostingTest, AnUnearnedDiscountIsRefusedOrLeftOpenAndFlagged)
{
    addInvoice("INV-1", "2026-10-01", "1000.00");
    const auto paid = receipt("2026-11-24", "980.00");
    auto plan = posting.suggest(paid);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->lines.size(), 1);
    EXPECT_EQ(plan->lines[0].unearnedDiscount, money("20.00", "EUR"));

    // Granting it anyway is refused, naming the window, and nothing is written.
    auto granted = *plan;
    granted.lines[0].discount = money("20.00", "EUR");
    auto refused = posting.record(paid, granted);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("window ended on 2026-10-11")))
        << qPrintable(refused.error().detail);
    EXPECT_EQ(pending(), 0);

    ASSERT_TRUE(posting.record(paid, *plan).ok());
    EXPECT_EQ(open("INV-1"), QStringLiteral("20.00")) << "stays open for the collector to chase";
    EXPECT_TRUE(lastNote().contains(QStringLiteral("20.00 EUR deducted as a discount after its window")))
        << qPrintable(lastNote());
}

TEST_F(PaymentPostingTest, UnappliedCashIsAppliedLaterOrRefunded)
{
    addInvoice("INV-1", "2026-10-01", "300.00", "NET30");
    auto first = posting.record(receipt("2026-11-02", "500.00"), *posting.suggest(receipt("2026-11-02", "500.00")));
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(unappliedOf(*first), money("200.00", "EUR"));

    addInvoice("INV-2", "2026-11-20", "150.00", "NET30");
    auto later = posting.suggestApplication(*first);
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later->lines.size(), 1);
    EXPECT_EQ(later->lines[0].cash, money("150.00", "EUR"));
    ASSERT_TRUE(posting.apply(*first, *later).ok());
    EXPECT_EQ(open("INV-2"), QStringLiteral("0.00"));
    EXPECT_EQ(unappliedOf(*first), money("50.00", "EUR"));
    // Applied on the invoice's day, not the payment's: aging before the invoice keeps the cash.
    auto aging = storage::AgingQuery(ws.db()).run(d("2026-11-10"), {});
    ASSERT_TRUE(aging.ok());
    ASSERT_EQ(aging->rows.size(), 1);
    EXPECT_EQ(aging->rows[0].unapplied, money("-200.00", "EUR"));

    auto tooMuch = posting.refund(*first, money("50.01", "EUR"), d("2026-11-24"), {}, {});
    ASSERT_FALSE(tooMuch.ok());
    EXPECT_TRUE(tooMuch.error().detail.contains(QStringLiteral("50.00 EUR"))) << qPrintable(tooMuch.error().detail);
    auto refund = posting.refund(*first, money("50.00", "EUR"), d("2026-11-24"), QStringLiteral("transfer"), {});
    ASSERT_TRUE(refund.ok()) << qPrintable(refund.error().detail);
    EXPECT_EQ(unappliedOf(*first), money("0.00", "EUR"));
    EXPECT_EQ(balance(), QStringLiteral("0.00"));
    EXPECT_EQ((*storage::PaymentRepository(ws.db()).find(*first))->appliedOn, d("2026-11-24")) << "used up";
    EXPECT_FALSE(posting.reverse(*first, d("2026-11-24"), QStringLiteral("bounced")).ok())
        << "cash paid back cannot bounce";
}

TEST_F(PaymentPostingTest, AReversalRestoresTheOpenAmounts)
{
    addInvoice("INV-1", "2026-10-01", "400.00");
    addInvoice("INV-2", "2026-11-20", "500.00");
    const auto paid = receipt("2026-11-24", "900.00");
    auto id = posting.record(paid, *posting.suggest(paid));
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(open("INV-1"), QStringLiteral("0.00"));
    EXPECT_EQ(open("INV-2"), QStringLiteral("0.00"));
    EXPECT_EQ(balance(), QStringLiteral("-10.00")) << "the 10.00 discount left that much unapplied";

    clock.set(QDateTime::fromString(QStringLiteral("2026-11-24T15:00:00Z"), Qt::ISODate));
    EXPECT_FALSE(posting.reverse(*id, d("2026-11-24"), QStringLiteral(" ")).ok()) << "a reason is needed";
    ASSERT_TRUE(posting.reverse(*id, d("2026-11-24"), QStringLiteral("Returned unpaid: account closed")).ok());
    EXPECT_EQ(open("INV-1"), QStringLiteral("400.00"));
    EXPECT_EQ(open("INV-2"), QStringLiteral("500.00")) << "the discount granted with it is undone too";
    EXPECT_EQ(unappliedOf(*id), money("0.00", "EUR")) << "a bounced payment is no credit";
    EXPECT_EQ(balance(), QStringLiteral("900.00"));
    EXPECT_TRUE(lastNote().contains(QStringLiteral("Open again: INV-1, INV-2"))) << qPrintable(lastNote());
    auto again = posting.reverse(*id, d("2026-11-24"), QStringLiteral("twice"));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().detail.contains(QStringLiteral("reversed on 2026-11-24")));
    EXPECT_FALSE(posting.suggestApplication(*id).ok());
}

TEST_F(PaymentPostingTest, AForeignPaymentIsBookedAtItsRate)
{
    addInvoice("INV-1", "2026-10-01", "920.00", "NET30");
    auto paid = receipt("2026-11-24", "1000.00");
    paid.received = money("1000.00", "USD");
    paid.rate = *FxRate::parse(currency("USD"), currency("EUR"), u"0.9215");
    EXPECT_EQ(*PaymentPosting::bookedAmount(paid), money("921.50", "EUR"));
    auto id = posting.record(paid, *posting.suggest(paid));
    ASSERT_TRUE(id.ok()) << qPrintable(id.error().detail);
    const Payment payment = **storage::PaymentRepository(ws.db()).find(*id);
    EXPECT_EQ(payment.amount, money("921.50", "EUR"));
    ASSERT_TRUE(payment.received.has_value());
    EXPECT_EQ(*payment.received, money("1000.00", "USD"));
    EXPECT_EQ(payment.fxRate, QStringLiteral("0.9215"));
    EXPECT_EQ(open("INV-1"), QStringLiteral("0.00"));
    EXPECT_EQ(unappliedOf(*id), money("1.50", "EUR"));

    auto wrongRate = paid;
    wrongRate.rate = *FxRate::parse(currency("GBP"), currency("EUR"), u"1.15");
    EXPECT_FALSE(posting.suggest(wrongRate).ok()) << "the rate must convert what came in";
}
