// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "services/AgingFormatter.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// GnuCash's owner-report scenario (test-owner-report.scm), the best fixed-date aging oracle.
class AgingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer customer;
        customer.id = QStringLiteral("cust-1");
        customer.name = QStringLiteral("Customer One");
        customer.currency = currency("USD");
        customer.creditLimit = Money::zero(customer.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(customer).ok());

        addDocument("current", "1980-05-13", "1980-07-18", "6.75");
        addDocument("lt30", "1980-04-13", "1980-06-18", "4.00");
        addDocument("30-60", "1980-03-13", "1980-05-18", "8.50");
        addDocument("60-90", "1980-02-13", "1980-04-18", "7.50");
        addDocument("gt90", "1980-01-13", "1980-03-18", "11.50");
        addDocument("200", "1980-04-18", "1980-04-18", "200.00");
        addDocument("CN3", "1980-06-22", "1980-06-22", "-3.00");
        pay("p1", "1980-03-18", "1.50", "gt90");
        pay("p2", "1980-03-20", "2.00", "gt90");
        pay("p3", "1980-04-19", "200.00", "200");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
        ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    }

    void addDocument(const char *number, const char *issued, const char *due, const char *total)
    {
        Invoice invoice;
        invoice.number = QString::fromLatin1(number);
        invoice.customerId = QStringLiteral("cust-1");
        invoice.invoiceDate = d(issued);
        invoice.dueDate = d(due);
        invoice.total = money(total, "USD");
        invoice.kind = invoice.total.isNegative() ? DocumentKind::CreditNote : DocumentKind::Invoice;
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    void pay(const char *id, const char *date, const char *amount, const char *invoice, const char *allocated = nullptr)
    {
        storage::PaymentRepository payments(ws.db());
        Payment payment{QString::fromLatin1(id), QStringLiteral("cust-1"), d(date), money(amount, "USD"), {}, {}, {}};
        ASSERT_TRUE(payments.insert(payment).ok());
        if (invoice) {
            Allocation allocation{payment.id, {}, QString::fromLatin1(invoice),
                                  allocated ? money(allocated, "USD") : payment.amount, payment.date};
            ASSERT_TRUE(payments.allocate(allocation).ok());
        }
    }

    QStringList bucketsAsOf(const char *asOf, const AgingBuckets &buckets = {})
    {
        auto report = storage::AgingQuery(ws.db()).run(d(asOf), buckets);
        EXPECT_TRUE(report.ok());
        if (!report.ok() || report->rows.isEmpty())
            return {};
        EXPECT_EQ(report->rows.size(), 1);
        QStringList amounts;
        for (const Money &bucket : report->rows.first().buckets)
            amounts << bucket.toDecimalString();
        amounts << report->rows.first().unapplied.toDecimalString() << report->rows.first().total().toDecimalString();
        return amounts;
    }

    TestWorkspace ws;
};

} // namespace

TEST_F(AgingTest, MatchesGnuCashOwnerReport)
{
    // current | 1-30 (4.00 less the 3.00 credit note) | 31-60 | 61-90 | 91-120 | >120 | unapplied | total
    EXPECT_EQ(bucketsAsOf("1980-07-01"),
              QStringList({"6.75", "1.00", "8.50", "7.50", "8.00", "0.00", "0.00", "31.75"}));
}

TEST_F(AgingTest, CountsOnlyPaymentsDatedOnOrBeforeTheAsOfDate)
{
    // The 200.00 invoice fell due on 04-18 and was paid a day late.
    auto on = bucketsAsOf("1980-04-18");
    ASSERT_EQ(on.size(), 8);
    EXPECT_EQ(on[0], QStringLiteral("220.00")) << "due today is not yet past due: 200.00 + 7.50 + 4.00 + 8.50";
    // The 200.00 was paid on 04-19; 7.50 is now a day late, the 11.50 less both payments 32 days.
    EXPECT_EQ(bucketsAsOf("1980-04-19"), QStringList({"12.50", "7.50", "8.00", "0.00", "0.00", "0.00", "0.00", "28.00"}));
    // Before the second partial payment only the first counts.
    EXPECT_EQ(bucketsAsOf("1980-03-19"), QStringList({"16.00", "10.00", "0.00", "0.00", "0.00", "0.00", "0.00", "26.00"}))
        << "documents issued after the as-of date must not appear";
    EXPECT_TRUE(bucketsAsOf("1980-01-12").isEmpty()) << "nothing issued yet";
}

TEST_F(AgingTest, ShowsUnappliedCashAsNegative)
{
    pay("p4", "1980-06-01", "10.00", nullptr);
    pay("p5", "1980-06-02", "5.00", "current", "4.00"); // 1.00 over
    ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
    EXPECT_EQ(bucketsAsOf("1980-07-01"),
              QStringList({"2.75", "1.00", "8.50", "7.50", "8.00", "0.00", "-11.00", "16.75"}));
    EXPECT_EQ(bucketsAsOf("1980-05-31").at(6), QStringLiteral("0.00")) << "not received yet";
}

TEST_F(AgingTest, BucketBoundariesAreConfigurable)
{
    auto buckets = AgingBuckets::parse(u"15,45");
    ASSERT_TRUE(buckets.ok());
    EXPECT_EQ(buckets->keys(), QStringList({"current", "d1_15", "d16_45", "over_45"}));
    // 1-15: 4.00-3.00 (13 and 9 days); 16-45: 8.50 (44 days); over 45: 7.50 + 8.00
    EXPECT_EQ(bucketsAsOf("1980-07-01", *buckets), QStringList({"6.75", "1.00", "8.50", "15.50", "0.00", "31.75"}));
    EXPECT_FALSE(AgingBuckets::parse(u"30,20").ok());
    EXPECT_FALSE(AgingBuckets::parse(u"0,20").ok());
}

TEST_F(AgingTest, NeverSumsCurrenciesTogether)
{
    Customer other;
    other.id = QStringLiteral("cust-2");
    other.name = QStringLiteral("Second");
    other.currency = currency("JPY");
    ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(other).ok());
    Invoice invoice;
    invoice.number = QStringLiteral("JP-1");
    invoice.customerId = other.id;
    invoice.invoiceDate = d("1980-06-01");
    invoice.dueDate = d("1980-06-30");
    invoice.total = money("5000", "JPY");
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());

    auto report = storage::AgingQuery(ws.db()).run(d("1980-07-01"), {});
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->totals.size(), 2);
    const QJsonObject json = QJsonDocument::fromJson(services::AgingFormatter::toJson(*report)).object();
    EXPECT_EQ(json[QStringLiteral("as_of")].toString(), QStringLiteral("1980-07-01"));
    const QJsonArray totals = json[QStringLiteral("totals")].toArray();
    ASSERT_EQ(totals.size(), 2);
    EXPECT_EQ(totals[0].toObject()[QStringLiteral("currency")].toString(), QStringLiteral("JPY"));
    EXPECT_EQ(totals[0].toObject()[QStringLiteral("d1_30")].toString(), QStringLiteral("5000"));
    EXPECT_EQ(totals[1].toObject()[QStringLiteral("total")].toString(), QStringLiteral("31.75"));
    const QJsonArray customers = json[QStringLiteral("customers")].toArray();
    ASSERT_EQ(customers.size(), 2);
    EXPECT_EQ(customers[0].toObject()[QStringLiteral("customer_id")].toString(), QStringLiteral("cust-1"));
    for (const char *key : {"customer_id", "currency", "current", "d1_30", "d31_60", "d61_90", "d91_120", "over_120", "unapplied", "total"})
        EXPECT_TRUE(customers[1].toObject().contains(QString::fromLatin1(key))) << key;
}
