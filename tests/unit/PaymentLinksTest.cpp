// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/PaymentLinks.h"
#include "CheckoutStandIn.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "security/KeychainKeyStore.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SettingsRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

const QByteArray kKey = QByteArrayLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc");

class PaymentLinksTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(provider.isRunning());
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Online Buyer");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        for (const char *number : { "INV-1", "INV-2" }) {
            Invoice invoice;
            invoice.number = QString::fromLatin1(number);
            invoice.customerId = c.id;
            invoice.invoiceDate = QDate(2026, 11, 1);
            invoice.dueDate = QDate(2026, 12, 1);
            invoice.total = money("249.90", "EUR");
            ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
        }
    }

    void TearDown() override { (void)keychain.remove(services::PaymentLinks::keychainAccount(provider.url())); }

    QString open(const char *number)
    {
        auto summary = storage::InvoiceRepository(ws.db()).summaryByNumber(QString::fromLatin1(number));
        return summary.ok() && summary->has_value() ? (*summary)->open.toDecimalString() : QString();
    }

    CheckoutStandIn provider { QString::fromLatin1(kKey) };
    TestWorkspace ws;
    FixedClock clock { QDateTime::currentDateTimeUtc() };
    security::KeychainKeyStore keychain { QStringLiteral("CashCycleTest") };
    services::PaymentLinks links { ws.db(), clock, QStringLiteral("anna") };
};

} // namespace

TEST_F(PaymentLinksTest, APaidLinkIsRecordedOnceAsAPaymentOfItsInvoice)
{
    EXPECT_FALSE(links.create(QStringLiteral("INV-1"), kKey).ok()) << "not set up yet";
    ASSERT_TRUE(links.configure(provider.url(), QUrl(QStringLiteral("https://example.com/thanks"))).ok());
    ASSERT_TRUE(keychain.write(services::PaymentLinks::keychainAccount(provider.url()), kKey).ok());
    auto stored = storage::SettingsRepository(ws.db()).value(services::PaymentLinks::BaseUrlKey);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ(**stored, provider.url().toString()) << "the address in the workspace, the key in the keychain";

    const QByteArray key = *keychain.read(services::PaymentLinks::keychainAccount(*links.baseUrl()));
    auto url = links.create(QStringLiteral("INV-1"), key);
    ASSERT_TRUE(url.ok()) << qPrintable(url.error().detail);
    EXPECT_EQ(url->toString(), QStringLiteral("https://pay.example/c/cs_test_1"));
    EXPECT_EQ(*links.create(QStringLiteral("INV-1"), key), *url) << "the same open amount keeps its link";

    auto nothingYet = links.collect(key);
    ASSERT_TRUE(nothingYet.ok()) << qPrintable(nothingYet.error().detail);
    EXPECT_EQ(nothingYet->recorded, 0);

    ASSERT_TRUE(provider.pay(QStringLiteral("cs_test_1")));
    auto collected = links.collect(key);
    ASSERT_TRUE(collected.ok()) << qPrintable(collected.error().detail);
    EXPECT_EQ(collected->recorded, 1);
    EXPECT_EQ(collected->invoices, QStringList { QStringLiteral("INV-1") });
    EXPECT_EQ(open("INV-1"), QStringLiteral("0.00"));
    EXPECT_EQ(open("INV-2"), QStringLiteral("249.90"));
    auto payment = storage::PaymentRepository(ws.db()).find(QStringLiteral("CHK-pi_1"));
    ASSERT_TRUE(payment.ok() && payment->has_value());
    EXPECT_EQ((*payment)->reference, QStringLiteral("cs_test_1"));
    EXPECT_EQ((*payment)->amount, money("249.90", "EUR"));

    auto again = links.collect(key);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->recorded, 0) << "read again, recorded once";
    EXPECT_FALSE(links.create(QStringLiteral("INV-1"), key).ok()) << "nothing left to pay";
}

TEST_F(PaymentLinksTest, AWrongKeyIsNamedAndNothingIsStored)
{
    ASSERT_TRUE(links.configure(provider.url(), QUrl(QStringLiteral("https://example.com/thanks"))).ok());
    auto refused = links.create(QStringLiteral("INV-2"), "sk_test_wrong");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_TRUE(refused.error().detail.contains(QStringLiteral("Invalid API Key")))
        << qPrintable(refused.error().detail);
    EXPECT_EQ(*ws.db().scalar(QStringLiteral("SELECT count(*) FROM payment_links")), 0);
}
