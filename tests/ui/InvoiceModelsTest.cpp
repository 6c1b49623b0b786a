// SPDX-License-Identifier: GPL-3.0-or-later
#include "ItemRoles.h"
#include "ModelCheck.h"
#include "PagedInvoiceModel.h"
#include "TestWorkspace.h"
#include "UiFixture.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::ModelCheck;
using cc::test::UiFixture;
using cc::ui::InvoiceTableModel;
using cc::ui::PagedInvoiceModel;

namespace {

// Applies a filter and waits for its first page.
bool load(PagedInvoiceModel &model, const InvoiceFilter &filter)
{
    QSignalSpy loaded(&model, &PagedInvoiceModel::pageLoaded);
    model.setFilter(filter);
    return UiFixture::waitFor(loaded);
}

bool fetchNextPage(PagedInvoiceModel &model)
{
    QSignalSpy loaded(&model, &PagedInvoiceModel::pageLoaded);
    model.fetchMore({});
    return UiFixture::waitFor(loaded);
}

} // namespace

TEST(PagedInvoiceModel, PagesThroughEveryDocumentAndPassesTheModelTester)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ASSERT_TRUE(fixture.addBulkInvoices(245));
    PagedInvoiceModel model(fixture.session(), 100);
    ModelCheck check(&model);

    ASSERT_TRUE(load(model, InvoiceFilter()));
    EXPECT_EQ(model.totalCount(), 251);
    EXPECT_EQ(model.rowCount(), 100);
    EXPECT_TRUE(model.canFetchMore({}));
    ASSERT_TRUE(fetchNextPage(model));
    EXPECT_EQ(model.rowCount(), 200);
    ASSERT_TRUE(fetchNextPage(model));
    EXPECT_EQ(model.rowCount(), 251);
    EXPECT_FALSE(model.canFetchMore({}));
    // Newest first: the most recent document heads the list.
    EXPECT_EQ(model.index(0, InvoiceTableModel::NumberColumn).data(ui::InvoiceNumberRole).toString(),
        QStringLiteral("INV-1"));
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}

TEST(PagedInvoiceModel, FiltersChangeTheRowCount)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    PagedInvoiceModel model(fixture.session(), 100);
    ModelCheck check(&model);

    ASSERT_TRUE(load(model, InvoiceFilter()));
    EXPECT_EQ(model.rowCount(), 6);

    InvoiceFilter open;
    open.state = InvoiceFilter::State::Open;
    ASSERT_TRUE(load(model, open));
    EXPECT_EQ(model.rowCount(), 5); // INV-4 is paid

    InvoiceFilter settled;
    settled.state = InvoiceFilter::State::Settled;
    ASSERT_TRUE(load(model, settled));
    EXPECT_EQ(model.rowCount(), 1);

    InvoiceFilter usd;
    usd.currency = QStringLiteral("USD");
    ASSERT_TRUE(load(model, usd));
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, InvoiceTableModel::NumberColumn).data().toString(), QStringLiteral("INV-5"));

    InvoiceFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = fixture.clock().today();
    ASSERT_TRUE(load(model, overdue));
    EXPECT_EQ(model.rowCount(), 3); // INV-2, INV-3, INV-6

    InvoiceFilter collector;
    collector.collector = QStringLiteral("ben");
    ASSERT_TRUE(load(model, collector));
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}

TEST(PagedInvoiceModel, IgnoresTheAnswerToASupersededFilter)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    PagedInvoiceModel model(fixture.session(), 100);
    InvoiceFilter usd;
    usd.currency = QStringLiteral("USD");
    model.setFilter(InvoiceFilter());
    ASSERT_TRUE(load(model, usd));
    QTest::qWait(100); // an answer for the first filter would have arrived by now
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.totalCount(), 1);
}

TEST(InvoiceTableModel, CountsDaysOverdueAndMarksThem)
{
    InvoiceSummary late;
    late.number = QStringLiteral("INV-9");
    late.customerId = QStringLiteral("C9");
    late.dueDate = QDate(2024, 6, 19);
    late.total = late.open = cc::test::money("200.00", "EUR");
    InvoiceSummary credit = late;
    credit.number = QStringLiteral("CN-1");
    credit.kind = DocumentKind::CreditNote;
    credit.total = credit.open = cc::test::money("-20.00", "EUR");

    InvoiceTableModel model;
    ModelCheck check(&model);
    model.setRows({ late, credit });
    model.setToday(QDate(2024, 6, 30));
    const QModelIndex days = model.index(0, InvoiceTableModel::DaysOverdueColumn);
    EXPECT_EQ(days.data().toString(), QStringLiteral("11"));
    EXPECT_TRUE(days.data(Qt::ForegroundRole).isValid());
    EXPECT_EQ(model.index(1, InvoiceTableModel::DaysOverdueColumn).data().toString(), QString());
    EXPECT_EQ(model.index(1, InvoiceTableModel::StatusColumn).data().toString(), QStringLiteral("Unapplied"));
    EXPECT_EQ(model.index(0, InvoiceTableModel::OpenColumn).data().toString(), QStringLiteral("EUR\u00a0200.00"));
    EXPECT_TRUE(check.failures().isEmpty()) << check.failures().join(u'\n').toStdString();
}
