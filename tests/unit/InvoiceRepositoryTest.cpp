// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using cc::test::money;

TEST(InvoiceRepository, TellsADuplicateNumberFromAnUnknownCustomer)
{
    test::TestWorkspace ws;
    Customer customer;
    customer.id = QStringLiteral("C1");
    customer.name = QStringLiteral("Eins");
    customer.currency = test::currency("EUR");
    customer.creditLimit = money("0", "EUR");
    customer.terms = *PaymentTerms::parse(u"NET30");
    ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(customer).ok());

    storage::InvoiceRepository invoices(ws.db());
    Invoice invoice;
    invoice.number = QStringLiteral("R-1");
    invoice.customerId = QStringLiteral("C1");
    invoice.invoiceDate = QDate(2026, 11, 1);
    invoice.dueDate = QDate(2026, 12, 1);
    invoice.total = money("10.00", "EUR");
    ASSERT_TRUE(invoices.insert(invoice).ok());

    auto again = invoices.insert(invoice);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    EXPECT_TRUE(again.error().detail.contains(QStringLiteral("R-1 exists already")));

    invoice.number = QStringLiteral("R-2");
    invoice.customerId = QStringLiteral("nobody");
    auto orphan = invoices.insert(invoice);
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().code, ErrorCode::InvalidInput) << qPrintable(orphan.error().detail);
    EXPECT_TRUE(orphan.error().detail.contains(QStringLiteral("FOREIGN KEY"))) << qPrintable(orphan.error().detail);
}
