// SPDX-License-Identifier: GPL-3.0-or-later
#include "AllocationModel.h"
#include "ContactModel.h"
#include "HistoryModel.h"
#include "InvoiceLineModel.h"
#include "ItemRoles.h"
#include "ModelCheck.h"
#include "TestWorkspace.h"

#include <gtest/gtest.h>

using namespace cc;
using cc::test::currency;
using cc::test::ModelCheck;
using cc::test::money;

TEST(ContactModel, ShowsEveryContactAndPassesTheModelTester)
{
    ui::ContactModel model;
    ModelCheck check(&model);
    model.setContacts(
        { { QStringLiteral("Jana"), QStringLiteral("AP"), QStringLiteral("ap@x.example"), QStringLiteral("1") },
            { QStringLiteral("Tom"), QStringLiteral("CFO"), QString(), QString() } });
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ui::ContactModel::EmailColumn).data().toString(), QStringLiteral("ap@x.example"));
    model.setContacts({});
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}

TEST(HistoryModel, ListsDocumentsAndPaymentsNewestFirstLikeAStatement)
{
    InvoiceSummary invoice;
    invoice.number = QStringLiteral("INV-1");
    invoice.invoiceDate = QDate(2024, 6, 1);
    invoice.total = money("100.00", "EUR");
    invoice.open = money("40.00", "EUR");
    invoice.status = InvoiceStatus::PartiallyPaid;
    InvoiceSummary older = invoice;
    older.number = QStringLiteral("INV-0");
    older.invoiceDate = QDate(2024, 1, 1);
    PaymentSummary payment;
    payment.payment.id = QStringLiteral("P-1");
    payment.payment.date = QDate(2024, 6, 1);
    payment.payment.amount = money("60.00", "EUR");
    payment.payment.method = QStringLiteral("transfer");
    payment.payment.reference = QStringLiteral("INV-1");
    payment.unapplied = money("0", "EUR");

    ui::HistoryModel model;
    ModelCheck check(&model);
    model.setHistory({ older, invoice }, { payment });
    ASSERT_EQ(model.rowCount(), 3);
    // Same day: the invoice before the payment that settles it; the payment lowers the balance.
    EXPECT_EQ(model.index(0, ui::HistoryModel::DocumentColumn).data().toString(), QStringLiteral("INV-1"));
    EXPECT_EQ(model.index(1, ui::HistoryModel::DocumentColumn).data().toString(), QStringLiteral("P-1"));
    EXPECT_EQ(model.index(1, ui::HistoryModel::AmountColumn).data().toString(), QStringLiteral("(EUR\u00a060.00)"));
    EXPECT_EQ(model.index(1, ui::HistoryModel::DetailColumn).data().toString(), QStringLiteral("transfer · INV-1"));
    EXPECT_EQ(model.index(1, 0).data(ui::InvoiceNumberRole).toString(), QString());
    EXPECT_EQ(model.index(2, 0).data(ui::InvoiceNumberRole).toString(), QStringLiteral("INV-0"));
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}

TEST(InvoiceLineModel, ShowsEachLinesNetAmount)
{
    InvoiceLine consulting { QStringLiteral("A-1"), QStringLiteral("Consulting"), 2500, money("40.00", "EUR"), 1000,
        1900 };
    ui::InvoiceLineModel model;
    ModelCheck check(&model);
    model.setLines({ consulting });
    ASSERT_EQ(model.rowCount(), 1);
    // 2.5 × 40.00 less 10 % = 90.00 net; the 19 % tax is shown per rate under the lines.
    EXPECT_EQ(model.index(0, ui::InvoiceLineModel::QuantityColumn).data().toString(), QStringLiteral("2.5"));
    EXPECT_EQ(model.index(0, ui::InvoiceLineModel::DiscountColumn).data().toString(), QStringLiteral("10%"));
    EXPECT_EQ(model.index(0, ui::InvoiceLineModel::NetColumn).data().toString(), QStringLiteral("EUR\u00a090.00"));
    EXPECT_EQ(model.index(0, ui::InvoiceLineModel::TaxRateColumn).data().toString(), QStringLiteral("19%"));
    EXPECT_EQ(model.columnCount(), ui::InvoiceLineModel::ColumnCount);
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}

TEST(AllocationModel, NamesWhereEachAmountCameFrom)
{
    const QList<Allocation> onInvoice = {
        { QStringLiteral("P-1"), QString(), QStringLiteral("INV-1"), money("60.00", "EUR"), QDate(2024, 6, 1) },
        { QString(), QStringLiteral("CN-1"), QStringLiteral("INV-1"), money("10.00", "EUR"), QDate(2024, 6, 2) },
    };
    ui::AllocationModel model;
    ModelCheck check(&model);
    model.setAllocations(onInvoice, QStringLiteral("INV-1"));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, ui::AllocationModel::SourceColumn).data().toString(), QStringLiteral("Payment"));
    EXPECT_EQ(model.index(1, ui::AllocationModel::DocumentColumn).data().toString(), QStringLiteral("CN-1"));
    EXPECT_EQ(model.index(1, 0).data(ui::InvoiceNumberRole).toString(), QStringLiteral("CN-1"));

    // Seen from the credit note, the same application points at the invoice.
    model.setAllocations(onInvoice.mid(1), QStringLiteral("CN-1"));
    EXPECT_EQ(model.index(0, ui::AllocationModel::DocumentColumn).data().toString(), QStringLiteral("INV-1"));
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}
