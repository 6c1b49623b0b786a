// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditDeskDialog.h"
#include "CreditPanel.h"
#include "CreditRequestDialog.h"
#include "UiFixture.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

// A collector asks for a higher limit for C001 from its Credit tab, a credit manager approves
// it at the credit desk, puts the customer on hold and the tab shows it all, newest first.
TEST(CreditUiTest, ALimitIsAskedForDecidedAtTheDeskAndTheCustomersCreditTabTellsTheStory)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::CreditPanel panel(fixture.session(), fixture.clock());
    panel.setCustomer(QStringLiteral("C001"));
    QSignalSpy loaded(&panel, &ui::CreditPanel::loaded);
    panel.reload();
    panel.resize(900, 520);
    panel.show();
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("creditSummary"));
    auto *risk = panel.findChild<QLabel *>(QStringLiteral("creditRisk"));
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Exposure"))) << qPrintable(summary->text());
    EXPECT_TRUE(risk->text().startsWith(QStringLiteral("Risk score "))) << qPrintable(risk->text());
    EXPECT_TRUE(risk->text().contains(QStringLiteral("days beyond terms"))) << "INV-3 is 91 days overdue";

    ui::CreditRequestDialog asking(fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("C001"),
        Money(500000, *Currency::fromCode(QStringLiteral("EUR"))));
    asking.findChild<QLineEdit *>(QStringLiteral("creditRequestLimit"))->setText(QStringLiteral("9000.00"));
    QSignalSpy requested(&asking, &ui::CreditRequestDialog::requested);
    asking.findChild<QPushButton *>(QStringLiteral("creditRequestSubmit"))->click();
    auto *problem = asking.findChild<QLabel *>(QStringLiteral("creditRequestProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->text().isEmpty(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("why"))) << qPrintable(problem->text());
    asking.findChild<QPlainTextEdit *>(QStringLiteral("creditRequestJustification"))
        ->setPlainText(QStringLiteral("Orders for the new season"));
    asking.findChild<QPushButton *>(QStringLiteral("creditRequestSubmit"))->click();
    ASSERT_TRUE(UiFixture::waitFor(requested));

    ui::CreditDeskDialog desk(fixture.session(), fixture.clock(), QStringLiteral("carla"));
    desk.show();
    auto *requests = desk.findChild<QTreeView *>(QStringLiteral("creditRequestList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return requests->model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(requests->model()->index(0, 6).data().toString(), QStringLiteral("Orders for the new season"));
    auto *reviews = desk.findChild<QTreeView *>(QStringLiteral("creditReviewList"));
    EXPECT_GE(reviews->model()->rowCount(), 1) << "never reviewed accounts are due";
    QSignalSpy changed(&desk, &ui::CreditDeskDialog::changed);
    desk.findChild<QPushButton *>(QStringLiteral("creditApprove"))->click();
    ASSERT_TRUE(UiFixture::waitFor(changed));
    ASSERT_TRUE(QTest::qWaitFor([&] { return requests->model()->rowCount() == 0; }, 10000));

    QSignalSpy panelChanged(&panel, &ui::CreditPanel::changed);
    panel.findChild<QPushButton *>(QStringLiteral("creditHoldButton"))->click();
    auto *reason = panel.findChild<QInputDialog *>(QStringLiteral("creditHoldReason"));
    ASSERT_NE(reason, nullptr);
    reason->setTextValue(QStringLiteral("Cheque bounced"));
    reason->accept();
    ASSERT_TRUE(UiFixture::waitFor(panelChanged));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return summary->text().contains(QStringLiteral("On credit hold: Cheque bounced")); }, 10000))
        << qPrintable(summary->text());
    EXPECT_TRUE(
        summary->text().contains(QStringLiteral("9,000.00")) || summary->text().contains(QStringLiteral("9000.00")))
        << qPrintable(summary->text());
    auto *history = panel.findChild<QTreeView *>(QStringLiteral("creditHistory"));
    ASSERT_GE(history->model()->rowCount(), 3);
    EXPECT_EQ(history->model()->index(0, 1).data().toString(), QStringLiteral("Put on credit hold"));
    EXPECT_EQ(
        panel.findChild<QPushButton *>(QStringLiteral("creditHoldButton"))->text(), QStringLiteral("Re&lease hold…"));
}
