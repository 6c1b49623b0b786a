// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerView.h"
#include "HeldOrdersDialog.h"
#include "InvoiceLineModel.h"
#include "OrderDialog.h"
#include "UiFixture.h"
#include "services/SalesOrders.h"
#include "services/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

// Müller (C001) has a credit limit of 10,000.00 EUR and owes 800.00 (850.00 open, 50.00 unapplied).
void releaseOrder(UiFixture &fixture, const char *number, const char *price, SalesOrder::Status expected)
{
    auto done = fixture.session().run<Result<SalesOrder>>([&fixture, number, price](storage::Workspace &ws,
                                                              services::JobControl &) -> Result<SalesOrder> {
        services::SalesOrders orders(ws.database(), fixture.clock(), QStringLiteral("anna"));
        const Currency euro = *Currency::fromCode(QStringLiteral("EUR"));
        SalesOrder order { QString::fromLatin1(number), QStringLiteral("C001"), QDate(2024, 6, 28), Money::zero(euro) };
        order.lines = { { QStringLiteral("K-9"), QStringLiteral("Kegs"), InvoiceLine::QuantityScale,
            *Money::parse(QString::fromLatin1(price), euro), 0, 0 } };
        if (auto entered = orders.enter(order); !entered)
            return entered;
        return orders.release(order.number);
    });
    ASSERT_TRUE(UiFixture::wait(done));
    const Result<SalesOrder> order = done.result();
    ASSERT_TRUE(order.ok()) << qPrintable(order.error().detail);
    EXPECT_EQ(order->status, expected) << qPrintable(order->holdReason);
}

} // namespace

TEST(OrdersUiTest, TheCustomerShowsItsOrdersAndACreditManagerReleasesAHeldOne)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    releaseOrder(fixture, "SO-A", "1000.00", SalesOrder::Status::Released);
    releaseOrder(fixture, "SO-B", "9500.00", SalesOrder::Status::Held);

    ui::CustomerView view(fixture.session(), fixture.clock());
    QSignalSpy loaded(&view, &ui::CustomerView::loaded);
    view.showCustomer(QStringLiteral("C001"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    auto *tabs = view.findChild<QTabWidget *>();
    EXPECT_EQ(tabs->tabText(3), QStringLiteral("Orders (2)"));
    auto *orders = view.findChild<QTreeView *>(QStringLiteral("customerOrders"));
    ASSERT_EQ(orders->model()->rowCount(), 2);
    ASSERT_EQ(orders->model()->index(1, 1).data().toString(), QStringLiteral("SO-B")) << "same day: by number";
    EXPECT_EQ(orders->model()->index(1, 3).data().toString(), QStringLiteral("On credit hold"));
    auto *invoice = view.findChild<QAction *>(QStringLiteral("orderInvoice"));
    orders->setCurrentIndex(orders->model()->index(1, 0));
    EXPECT_FALSE(invoice->isEnabled()) << "only a released order is invoiced";
    EXPECT_TRUE(view.findChild<QAction *>(QStringLiteral("orderCancel"))->isEnabled()) << "a held order can go";
    QSignalSpy invoiceRequested(&view, &ui::CustomerView::orderInvoiceRequested);
    orders->setCurrentIndex(orders->model()->index(0, 0));
    ASSERT_TRUE(invoice->isEnabled());
    invoice->trigger();
    ASSERT_EQ(invoiceRequested.size(), 1);
    EXPECT_EQ(invoiceRequested.at(0).at(0).toString(), QStringLiteral("SO-A"));

    ui::HeldOrdersDialog held(fixture.session(), fixture.clock(), QStringLiteral("carla"));
    held.show();
    auto *list = held.findChild<QTreeView *>(QStringLiteral("heldOrderList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(list->model()->index(0, 1).data().toString(), QStringLiteral("SO-B"));
    EXPECT_TRUE(list->model()->index(0, 4).data().toString().contains(
        QStringLiteral("exposure of 11300.00 EUR (open 800.00 EUR, orders 1000.00 EUR, this order 9500.00 EUR)")))
        << qPrintable(list->model()->index(0, 4).data().toString());
    QSignalSpy decided(&held, &ui::HeldOrdersDialog::decided);
    held.findChild<QPushButton *>(QStringLiteral("heldOrderRelease"))->click();
    ASSERT_TRUE(UiFixture::waitFor(decided));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 0; }, 10000));
    EXPECT_TRUE(
        held.findChild<QLabel *>(QStringLiteral("heldOrderProblem"))->text().contains(QStringLiteral("No order")));
}

TEST(OrdersUiTest, AnOrderIsEnteredLineByLineAndReleasedAtOnce)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::OrderDialog dialog(fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("C001"));
    dialog.show();
    auto *enter = dialog.findChild<QPushButton *>(QStringLiteral("orderEnter"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return enter->isEnabled(); }, 10000));
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("orderLines"));
    const auto type = [&](int column, const QString &text) {
        const QModelIndex cell = table->model()->index(0, column);
        table->setCurrentIndex(cell);
        table->edit(cell);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
    };
    type(ui::InvoiceLineModel::ItemColumn, QStringLiteral("K-1"));
    type(ui::InvoiceLineModel::QuantityColumn, QStringLiteral("2"));
    type(ui::InvoiceLineModel::UnitPriceColumn, QStringLiteral("100"));
    type(ui::InvoiceLineModel::TaxRateColumn, QStringLiteral("19"));
    EXPECT_EQ(dialog.findChild<QLabel *>(QStringLiteral("orderTotal"))->text(),
        QStringLiteral("Total EUR") + QChar(0x00a0) + QStringLiteral("238.00"));
    dialog.findChild<QLineEdit *>(QStringLiteral("orderReference"))->setText(QStringLiteral("PO-2024-17"));

    QSignalSpy entered(&dialog, &ui::OrderDialog::entered);
    enter->click();
    ASSERT_TRUE(UiFixture::waitFor(entered));
    const auto order = entered.at(0).at(0).value<SalesOrder>();
    EXPECT_EQ(order.status, SalesOrder::Status::Released) << qPrintable(order.holdReason);
    EXPECT_EQ(order.total.toDecimalString(), QStringLiteral("238.00"));
    EXPECT_EQ(order.customerReference, QStringLiteral("PO-2024-17"));
}
