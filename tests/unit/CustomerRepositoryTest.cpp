// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/CustomerRepository.h"
#include "TestWorkspace.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using cc::test::money;
using cc::test::TestWorkspace;
using storage::CustomerRepository;

namespace {

Customer customer(const QString &id, const QString &name)
{
    Customer c;
    c.id = id;
    c.name = name;
    c.currency = test::currency("EUR");
    c.creditLimit = money("5000", "EUR");
    c.terms = *PaymentTerms::parse(u"NET30");
    c.collector = QStringLiteral("anna");
    return c;
}

Invoice invoice(const QString &number, const QString &customerId, const QDate &issued, const char *total)
{
    Invoice i;
    i.number = number;
    i.customerId = customerId;
    i.invoiceDate = issued;
    i.dueDate = issued.addDays(30);
    i.total = money(total, "EUR");
    return i;
}

} // namespace

TEST(CustomerRepository, SearchKeyFoldsCaseDiacriticsAndLettersWithoutDecomposition)
{
    EXPECT_EQ(CustomerRepository::searchKey(QStringLiteral("Müller GmbH"), QStringLiteral("C-7")),
        QStringLiteral("muller gmbh c-7"));
    EXPECT_EQ(CustomerRepository::searchKey(QStringLiteral("Łódź Ørsted Đaković"), QString()),
        QStringLiteral("lodz orsted dakovic "));
    EXPECT_EQ(
        CustomerRepository::searchKey(QStringLiteral("Straße Æther"), QString()), QStringLiteral("strasse aether "));
    EXPECT_EQ(CustomerRepository::searchKey(QStringLiteral("ＡＢＣ"), QString()), QStringLiteral("abc "));
}

TEST(CustomerRepository, SavesAndFindsACustomerWithContacts)
{
    TestWorkspace ws;
    CustomerRepository customers(ws.db());
    Customer c = customer(QStringLiteral("C1"), QStringLiteral("Zürcher AG"));
    c.parentId = QString();
    c.riskClass = QStringLiteral("C");
    c.contacts = { { QStringLiteral("Eva Keller"), QStringLiteral("AP"), QStringLiteral("ap@zuercher.example"),
                       QStringLiteral("+41 44 000 00 00") },
        { QStringLiteral("Urs Meier"), QStringLiteral("CFO"), QString(), QString() } };
    ASSERT_TRUE(customers.save(c).ok());

    auto found = customers.find(QStringLiteral("C1"));
    ASSERT_TRUE(found.ok()) << qPrintable(found.error().detail);
    ASSERT_TRUE(found->has_value());
    const Customer &back = **found;
    EXPECT_EQ(back.name, c.name);
    EXPECT_EQ(back.creditLimit, c.creditLimit);
    EXPECT_EQ(back.terms.code(), QStringLiteral("NET30"));
    EXPECT_EQ(back.riskClass, QStringLiteral("C"));
    ASSERT_EQ(back.contacts.size(), 2);
    EXPECT_EQ(back.contacts[0].email, QStringLiteral("ap@zuercher.example"));
    EXPECT_EQ(back.contacts[1].role, QStringLiteral("CFO"));

    // Saving again replaces, contacts included.
    c.contacts.removeLast();
    ASSERT_TRUE(customers.save(c).ok());
    EXPECT_EQ((*customers.find(QStringLiteral("C1")))->contacts.size(), 1);
    EXPECT_FALSE(customers.find(QStringLiteral("nobody"))->has_value());
}

TEST(CustomerRepository, SummariesComeInSearchOrderWithOpenOverdueAndUnappliedCash)
{
    TestWorkspace ws;
    CustomerRepository customers(ws.db());
    storage::InvoiceRepository invoices(ws.db());
    storage::PaymentRepository payments(ws.db());
    ASSERT_TRUE(customers.save(customer(QStringLiteral("C2"), QStringLiteral("Zebra Foods"))).ok());
    ASSERT_TRUE(customers.save(customer(QStringLiteral("C1"), QStringLiteral("Ärzte Partner"))).ok());
    ASSERT_TRUE(customers.save(customer(QStringLiteral("C3"), QStringLiteral("aaron & co"))).ok());

    const QDate today(2026, 11, 23);
    // C1: one overdue invoice, half paid; one not yet due; 40.00 unapplied cash.
    auto overdue = invoices.insert(invoice(QStringLiteral("I1"), QStringLiteral("C1"), today.addDays(-60), "100.00"));
    ASSERT_TRUE(overdue.ok());
    ASSERT_TRUE(invoices.insert(invoice(QStringLiteral("I2"), QStringLiteral("C1"), today.addDays(-5), "30.00")).ok());
    ASSERT_TRUE(payments
                    .insert({ QStringLiteral("P1"), QStringLiteral("C1"), today.addDays(-10), money("50.00", "EUR"),
                        QStringLiteral("transfer"), QString(), QDate() })
                    .ok());
    ASSERT_TRUE(
        payments.allocate(*overdue, std::nullopt, QStringLiteral("P1"), money("50.00", "EUR"), today.addDays(-10))
            .ok());
    ASSERT_TRUE(payments
                    .insert({ QStringLiteral("P2"), QStringLiteral("C1"), today.addDays(-3), money("40.00", "EUR"),
                        QStringLiteral("transfer"), QString(), QDate() })
                    .ok());
    ASSERT_TRUE(invoices.refreshSettlement().ok());
    ASSERT_TRUE(payments.refreshApplication().ok());

    auto rows = customers.summaries(today);
    ASSERT_TRUE(rows.ok()) << qPrintable(rows.error().detail);
    ASSERT_EQ(rows->size(), 3);
    // Folded order: "aaron", "arzte", "zebra"; each row carries its search key.
    EXPECT_EQ((*rows)[0].id, QStringLiteral("C3"));
    EXPECT_EQ((*rows)[1].id, QStringLiteral("C1"));
    EXPECT_EQ((*rows)[2].id, QStringLiteral("C2"));
    EXPECT_EQ(
        (*rows)[1].searchKey, CustomerRepository::searchKey(QStringLiteral("Ärzte Partner"), QStringLiteral("C1")));

    const CustomerSummary &c1 = (*rows)[1];
    EXPECT_EQ(c1.openBalance, money("40.00", "EUR")); // 50 + 30 open, less 40 unapplied
    EXPECT_EQ(c1.overdue, money("50.00", "EUR"));
    EXPECT_EQ(c1.openInvoices, 2);
    EXPECT_EQ((*rows)[2].openBalance, money("0", "EUR"));
    EXPECT_EQ((*rows)[2].openInvoices, 0);
}

TEST(CustomerRepository, ListsTheBillingCurrenciesInUseSorted)
{
    TestWorkspace ws;
    CustomerRepository customers(ws.db());
    EXPECT_TRUE(customers.currencies()->isEmpty());
    Customer yen = customer(QStringLiteral("C1"), QStringLiteral("Tokyo Trading"));
    yen.currency = test::currency("JPY");
    yen.creditLimit = money("100000", "JPY");
    ASSERT_TRUE(customers.save(yen).ok());
    ASSERT_TRUE(customers.save(customer(QStringLiteral("C2"), QStringLiteral("Zebra Foods"))).ok());
    ASSERT_TRUE(customers.save(customer(QStringLiteral("C3"), QStringLiteral("Aaron & Co"))).ok());
    EXPECT_EQ(*customers.currencies(), (QStringList { QStringLiteral("EUR"), QStringLiteral("JPY") }));
}
