// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"
#include "CheckoutStandIn.h"
#include "CreditPanel.h"
#include "CustomerListModel.h"
#include "CustomerView.h"
#include "CustomersPage.h"
#include "InvoiceDetailView.h"
#include "InvoiceDraftModel.h"
#include "InvoiceEditor.h"
#include "InvoicesPage.h"
#include "ItemRoles.h"
#include "PagedInvoiceModel.h"
#include "UiFixture.h"
#include "security/KeychainKeyStore.h"
#include "services/LateFees.h"
#include "services/PaymentLinks.h"
#include "services/WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;
using cc::ui::MainWindow;

namespace {

const QString nbsp(QChar(0x00a0));

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_fixture.populate());
        m_window = std::make_unique<MainWindow>(m_fixture.session(), m_fixture.clock(), m_fixture.directory());
        m_window->show();
        QSignalSpy loaded(m_window->customersPage(), &ui::CustomersPage::loaded);
        m_window->reload();
        ASSERT_TRUE(UiFixture::waitFor(loaded));
    }

    QString label(const char *name) const
    {
        const auto *found = m_window->findChild<QLabel *>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }

    UiFixture m_fixture;
    std::unique_ptr<MainWindow> m_window;
};

QStringList customerIds(const QTreeView *list)
{
    QStringList ids;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        ids << list->model()->index(row, 0).data(ui::CustomerIdRole).toString();
    return ids;
}

} // namespace

TEST_F(MainWindowTest, ShowsTheWorkspaceCustomersAndWhereTheyCameFrom)
{
    const auto *list = m_window->findChild<QTreeView *>(QStringLiteral("customerList"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(
        customerIds(list), (QStringList { QStringLiteral("C002"), QStringLiteral("C001"), QStringLiteral("C003") }));
    EXPECT_EQ(
        list->model()->index(1, ui::CustomerListModel::NameColumn).data().toString(), QStringLiteral("Müller GmbH"));
    EXPECT_EQ(list->model()->index(1, ui::CustomerListModel::OverdueColumn).data().toString(),
        QStringLiteral("EUR") + nbsp + QStringLiteral("750.00"));
    EXPECT_TRUE(label("workspaceLabel").contains(m_fixture.directory()));
    EXPECT_EQ(label("syncLabel"), QStringLiteral("Local workspace — no server configured"));
}

TEST_F(MainWindowTest, SearchAsYouTypeIgnoresDiacriticsAndEnterOpensTheCustomer)
{
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
    const auto *list = m_window->findChild<QTreeView *>(QStringLiteral("customerList"));
    ASSERT_TRUE(search && list);
    QTest::keyClicks(search, QStringLiteral("muller"));
    EXPECT_EQ(customerIds(list), QStringList { QStringLiteral("C001") });
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ZURCH"));
    EXPECT_EQ(customerIds(list), QStringList { QStringLiteral("C003") });

    QSignalSpy opened(m_window->customersPage()->customerView(), &ui::CustomerView::loaded);
    QTest::keyClick(search, Qt::Key_Return);
    ASSERT_TRUE(UiFixture::waitFor(opened));
    EXPECT_EQ(m_window->customersPage()->customerView()->customerId(), QStringLiteral("C003"));
    EXPECT_TRUE(m_window->customersPage()->customerView()->isVisible());
    EXPECT_EQ(label("customerName"), QStringLiteral("Zürcher Filiale AG"));
    EXPECT_TRUE(label("customerParent").contains(QStringLiteral("Müller GmbH (C001)")));
    EXPECT_EQ(label("aging_none"), QStringLiteral("Nothing is open."));
}

TEST_F(MainWindowTest, CustomerViewShowsTheAgingStripOfAKnownCustomer)
{
    QSignalSpy opened(m_window->customersPage()->customerView(), &ui::CustomerView::loaded);
    m_window->customersPage()->openCustomer(QStringLiteral("C001"));
    ASSERT_TRUE(UiFixture::waitFor(opened));

    EXPECT_EQ(label("aging_EUR_current"), QStringLiteral("100.00"));
    EXPECT_EQ(label("aging_EUR_d1_30"), QStringLiteral("200.00"));
    EXPECT_EQ(label("aging_EUR_d31_60"), QStringLiteral("250.00"));
    EXPECT_EQ(label("aging_EUR_d61_90"), QStringLiteral("0.00"));
    EXPECT_EQ(label("aging_EUR_d91_120"), QStringLiteral("300.00"));
    EXPECT_EQ(label("aging_EUR_over_120"), QStringLiteral("0.00"));
    EXPECT_EQ(label("aging_EUR_unapplied"), QStringLiteral("(50.00)"));
    EXPECT_EQ(label("aging_EUR_total"), QStringLiteral("EUR") + nbsp + QStringLiteral("800.00"));

    const auto *openItems = m_window->findChild<QTreeView *>(QStringLiteral("customerOpenItems"));
    const auto *contacts = m_window->findChild<QTreeView *>(QStringLiteral("customerContacts"));
    const auto *history = m_window->findChild<QTreeView *>(QStringLiteral("customerHistory"));
    ASSERT_TRUE(openItems && contacts && history);
    EXPECT_EQ(openItems->model()->rowCount(), 4);
    EXPECT_EQ(contacts->model()->rowCount(), 2);
    EXPECT_EQ(history->model()->rowCount(), 8); // five documents, three payments
    EXPECT_EQ(history->model()->index(0, 2).data().toString(), QStringLiteral("P-2"));
}

TEST_F(MainWindowTest, InvoiceFiltersChangeTheRowCount)
{
    m_window->showPage(MainWindow::InvoicesPageIndex);
    ui::PagedInvoiceModel *model = m_window->invoicesPage()->model();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isLoading(); }, 20000));
    EXPECT_EQ(model->rowCount(), 6);

    auto *state = m_window->findChild<QComboBox *>(QStringLiteral("invoiceState"));
    auto *currency = m_window->findChild<QComboBox *>(QStringLiteral("invoiceCurrency"));
    ASSERT_TRUE(state && currency);
    QSignalSpy loaded(model, &ui::PagedInvoiceModel::pageLoaded);
    state->setCurrentIndex(state->findData(int(InvoiceFilter::State::Open)));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_EQ(model->rowCount(), 5);

    ASSERT_TRUE(QTest::qWaitFor([&] { return currency->findData(QStringLiteral("USD")) > 0; }, 20000));
    loaded.clear();
    currency->setCurrentIndex(currency->findData(QStringLiteral("USD")));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_TRUE(label("invoiceCount").contains(QStringLiteral("1")));
}

TEST_F(MainWindowTest, InvoiceDetailShowsLinesTotalsAndWhatIsOpen)
{
    m_window->showPage(MainWindow::InvoicesPageIndex);
    ui::InvoiceDetailView *detail = m_window->invoicesPage()->detailView();
    QSignalSpy loaded(detail, &ui::InvoiceDetailView::loaded);
    m_window->invoicesPage()->openInvoice(QStringLiteral("INV-6"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_TRUE(detail->isVisible());
    EXPECT_EQ(label("invoiceOpen"), QStringLiteral("EUR") + nbsp + QStringLiteral("250.00"));
    const auto *allocations = m_window->findChild<QTreeView *>(QStringLiteral("invoiceAllocations"));
    ASSERT_NE(allocations, nullptr);
    EXPECT_EQ(allocations->model()->rowCount(), 1);

    loaded.clear();
    m_window->invoicesPage()->openInvoice(QStringLiteral("INV-1"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    const auto *lines = m_window->findChild<QTreeView *>(QStringLiteral("invoiceLines"));
    ASSERT_NE(lines, nullptr);
    EXPECT_EQ(lines->model()->rowCount(), 2);
    EXPECT_TRUE(label("invoiceTotals").contains(QStringLiteral("Gross EUR&nbsp;100.00"))
        || label("invoiceTotals").contains(QStringLiteral("Gross EUR") + nbsp + QStringLiteral("100.00")))
        << label("invoiceTotals").toStdString();
}

TEST_F(MainWindowTest, KeyboardSwitchesPagesAndFindsTheSearchField)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    auto *pages = m_window->findChild<QStackedWidget *>();
    ASSERT_NE(pages, nullptr);
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(pages->currentWidget(), m_window->invoicesPage());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(pages->currentWidget(), m_window->customersPage());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_window->findChild<QLineEdit *>(QStringLiteral("customerSearch"))->hasFocus());
}

TEST_F(MainWindowTest, OpeningAnInvoiceFromTheCustomerViewSwitchesToIt)
{
    QSignalSpy opened(m_window->customersPage()->customerView(), &ui::CustomerView::loaded);
    m_window->customersPage()->openCustomer(QStringLiteral("C002"));
    ASSERT_TRUE(UiFixture::waitFor(opened));
    auto *openItems = m_window->findChild<QTreeView *>(QStringLiteral("customerOpenItems"));
    ASSERT_NE(openItems, nullptr);
    ASSERT_EQ(openItems->model()->rowCount(), 1);
    QSignalSpy detail(m_window->invoicesPage()->detailView(), &ui::InvoiceDetailView::loaded);
    openItems->setFocus();
    openItems->setCurrentIndex(openItems->model()->index(0, 0));
    QTest::keyClick(openItems, Qt::Key_Return);
    ASSERT_TRUE(UiFixture::waitFor(detail));
    EXPECT_EQ(m_window->invoicesPage()->detailView()->invoiceNumber(), QStringLiteral("INV-5"));
    EXPECT_TRUE(m_window->invoicesPage()->isVisible());
}

TEST_F(MainWindowTest, RemembersColumnsSortOrderAndPageAcrossRuns)
{
    auto *list = m_window->findChild<QTreeView *>(QStringLiteral("customerList"));
    ASSERT_NE(list, nullptr);
    list->header()->resizeSection(ui::CustomerListModel::NameColumn, 222);
    list->sortByColumn(ui::CustomerListModel::OverdueColumn, Qt::DescendingOrder);
    m_window->showPage(MainWindow::InvoicesPageIndex);
    m_window->close();

    MainWindow second(m_fixture.session(), m_fixture.clock(), m_fixture.directory());
    const auto *restored = second.findChild<QTreeView *>(QStringLiteral("customerList"));
    ASSERT_NE(restored, nullptr);
    EXPECT_EQ(restored->header()->sectionSize(ui::CustomerListModel::NameColumn), 222);
    EXPECT_EQ(restored->header()->sortIndicatorSection(), int(ui::CustomerListModel::OverdueColumn));
    EXPECT_EQ(restored->header()->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(second.findChild<QStackedWidget *>()->currentWidget(), second.invoicesPage());
    QSettings().clear();
}

TEST_F(MainWindowTest, LateFeesAreConfirmedAndOpenAsADraftInvoice)
{
    auto policy = m_fixture.session().run<Status>([this](storage::Workspace &ws, services::JobControl &) {
        return services::LateFees(ws.database(), m_fixture.clock())
            .setPolicy(*LateFeePolicy::fromJson(QStringLiteral(R"({"annual_rate_bp": 1000})")));
    });
    ASSERT_TRUE(UiFixture::wait(policy));
    ASSERT_TRUE(policy.result().ok());
    QSignalSpy opened(m_window->customersPage()->customerView(), &ui::CustomerView::loaded);
    m_window->customersPage()->openCustomer(QStringLiteral("C001"));
    ASSERT_TRUE(UiFixture::waitFor(opened));

    m_window->findChild<QPushButton *>(QStringLiteral("customerLateFees"))->click();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = m_window->findChild<QMessageBox *>()) != nullptr; }, 10000));
    // INV-3 (300.00, due 2024-03-31) is the longest overdue on 2024-06-30: 91 days at 10 %.
    EXPECT_TRUE(
        box->informativeText().contains(QStringLiteral("INV-3: interest EUR") + QChar(0x00a0) + QStringLiteral("7.48")))
        << qPrintable(box->informativeText());
    QPushButton *charge = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            charge = qobject_cast<QPushButton *>(button);
    }
    ASSERT_NE(charge, nullptr);
    charge->click();
    ui::InvoiceEditor *editor = nullptr;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return (editor = m_window->findChild<ui::InvoiceEditor *>()) != nullptr; }, 10000));
    auto *draft = editor->findChild<ui::InvoiceDraftModel *>();
    ASSERT_NE(draft, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !draft->draft().lines.isEmpty(); }, 10000));
    EXPECT_EQ(draft->draft().lines.first().description,
        QStringLiteral("Interest on INV-3: 300.00 × 10.00 % × 91/365 (2024-04-01 to 2024-06-30)"));
    EXPECT_TRUE(draft->draft().notes.contains(QStringLiteral("10.00 % a year"))) << qPrintable(draft->draft().notes);
    editor->close();
}

// The provider is set up in File → Payment links…; an invoice's Pay link… shows its page's
// address, and File → Collect online payments records what the customer paid there.
TEST_F(MainWindowTest, APayLinkIsMadeFromTheInvoiceAndItsPaymentCollected)
{
    const QString secret = QStringLiteral("sk_test_ui_77");
    test::CheckoutStandIn provider(secret);
    ASSERT_TRUE(provider.isRunning());
    m_window->findChild<QAction *>(QStringLiteral("paymentLinksAction"))->trigger();
    QDialog *setup = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (setup = m_window->findChild<QDialog *>(QStringLiteral("paymentLinksDialog"))) != nullptr; },
        5000));
    setup->findChild<QLineEdit *>(QStringLiteral("payLinkBaseUrl"))->setText(provider.url().toString());
    setup->findChild<QLineEdit *>(QStringLiteral("payLinkSecret"))->setText(secret);
    setup->findChild<QLineEdit *>(QStringLiteral("payLinkSuccessUrl"))
        ->setText(QStringLiteral("https://example.com/thanks"));
    QSignalSpy accepted(setup, &QDialog::accepted);
    setup->findChild<QPushButton *>(QStringLiteral("payLinkSave"))->click();
    ASSERT_TRUE(UiFixture::waitFor(accepted));

    m_window->showPage(MainWindow::InvoicesPageIndex);
    ui::InvoiceDetailView *detail = m_window->invoicesPage()->detailView();
    QSignalSpy loaded(detail, &ui::InvoiceDetailView::loaded);
    m_window->invoicesPage()->openInvoice(QStringLiteral("INV-2"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    m_window->findChild<QPushButton *>(QStringLiteral("invoicePayLink"))->click();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (box = m_window->findChild<QMessageBox *>(QStringLiteral("payLinkBox"))) != nullptr; }, 10000));
    EXPECT_EQ(box->informativeText(), QStringLiteral("https://pay.example/c/cs_test_1"));
    box->close();

    ASSERT_TRUE(provider.pay(QStringLiteral("cs_test_1")));
    m_window->findChild<QAction *>(QStringLiteral("collectPaymentsAction"))->trigger();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_window->statusBar()->currentMessage().contains(QStringLiteral("INV-2")); }, 10000))
        << qPrintable(m_window->statusBar()->currentMessage());
    loaded.clear();
    m_window->invoicesPage()->openInvoice(QStringLiteral("INV-2"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_EQ(label("invoiceOpen"), QStringLiteral("EUR") + nbsp + QStringLiteral("0.00"));
    security::KeychainKeyStore keychain;
    (void)keychain.remove(services::PaymentLinks::keychainAccount(provider.url()));
}

// Dispute… on an invoice opens the dispute; Credit → Disputes lists it; the customer's Credit
// tab tells its story.
TEST_F(MainWindowTest, ADisputeOpenedOnAnInvoiceReachesTheQueueAndTheCustomersCreditTab)
{
    m_window->showPage(MainWindow::InvoicesPageIndex);
    ui::InvoiceDetailView *detail = m_window->invoicesPage()->detailView();
    QSignalSpy loaded(detail, &ui::InvoiceDetailView::loaded);
    m_window->invoicesPage()->openInvoice(QStringLiteral("INV-3"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    m_window->findChild<QPushButton *>(QStringLiteral("invoiceDispute"))->click();
    QDialog *opening = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (opening = m_window->findChild<QDialog *>(QStringLiteral("disputeDialog"))) != nullptr; }, 5000));
    auto *open = opening->findChild<QPushButton *>(QStringLiteral("disputeOpen"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return open->isEnabled(); }, 10000));
    open->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_window->findChild<QDialog *>(QStringLiteral("disputeDialog")) == nullptr; }, 10000));

    m_window->findChild<QAction *>(QStringLiteral("disputeQueueAction"))->trigger();
    QDialog *queue = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (queue = m_window->findChild<QDialog *>(QStringLiteral("disputeQueueDialog"))) != nullptr; },
        5000));
    auto *list = queue->findChild<QTreeView *>(QStringLiteral("disputeList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(list->model()->index(0, 1).data().toString(), QStringLiteral("INV-3"));
    queue->close();

    m_window->showPage(MainWindow::CustomersPageIndex);
    ui::CustomerView *view = m_window->customersPage()->customerView();
    auto *credit = view->findChild<ui::CreditPanel *>();
    ASSERT_NE(credit, nullptr);
    QSignalSpy creditLoaded(credit, &ui::CreditPanel::loaded);
    view->showCustomer(QStringLiteral("C001"));
    ASSERT_TRUE(UiFixture::waitFor(creditLoaded));
    auto *history = credit->findChild<QTreeView *>(QStringLiteral("creditHistory"));
    ASSERT_GE(history->model()->rowCount(), 1);
    EXPECT_EQ(history->model()->index(0, 1).data().toString(), QStringLiteral("Dispute on INV-3 opened"));
}
