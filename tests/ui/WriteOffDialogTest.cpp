// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteOffDialog.h"
#include "UiFixture.h"
#include "WriteOffApprovalsDialog.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

// A collector asks to write off INV-2 (200.00 open); with no limit set it waits, and a credit
// manager approves it from the list of write-offs to decide.
TEST(WriteOffDialogTest, AWriteOffAboveTheLimitIsDecidedFromTheApprovalList)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::WriteOffDialog dialog(fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("INV-2"));
    dialog.show();
    auto *submit = dialog.findChild<QPushButton *>(QStringLiteral("writeOffSubmit"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return submit->isEnabled(); }, 10000));
    EXPECT_EQ(dialog.findChild<QLineEdit *>(QStringLiteral("writeOffAmount"))->text(), QStringLiteral("200.00"));
    EXPECT_TRUE(dialog.findChild<QLabel *>(QStringLiteral("writeOffLimit"))->text().contains(QStringLiteral("waits")));
    submit->click();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("writeOffProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->text().isEmpty(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("say why"))) << qPrintable(problem->text());

    QSignalSpy requested(&dialog, &ui::WriteOffDialog::requested);
    dialog.findChild<QLineEdit *>(QStringLiteral("writeOffReason"))->setText(QStringLiteral("Customer insolvent"));
    submit->click();
    ASSERT_TRUE(UiFixture::waitFor(requested));
    EXPECT_FALSE(requested.at(0).at(1).toBool()) << "waits for a credit manager";

    ui::WriteOffApprovalsDialog approvals(fixture.session(), fixture.clock(), QStringLiteral("carla"));
    approvals.show();
    auto *list = approvals.findChild<QTreeView *>(QStringLiteral("writeOffList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(list->model()->index(0, 1).data().toString(), QStringLiteral("INV-2"));
    EXPECT_EQ(list->model()->index(0, 5).data().toString(), QStringLiteral("Customer insolvent"));
    QSignalSpy decided(&approvals, &ui::WriteOffApprovalsDialog::decided);
    approvals.findChild<QPushButton *>(QStringLiteral("writeOffApprove"))->click();
    ASSERT_TRUE(UiFixture::waitFor(decided));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 0; }, 10000));

    auto stored = fixture.session().run<Result<std::optional<InvoiceSummary>>>(
        [](storage::Workspace &ws, services::JobControl &) {
            return storage::InvoiceRepository(ws.database()).summaryByNumber(QStringLiteral("INV-2"));
        });
    ASSERT_TRUE(UiFixture::wait(stored));
    const auto invoice = stored.result();
    ASSERT_TRUE(invoice.ok() && invoice->has_value());
    EXPECT_EQ((*invoice)->open.toDecimalString(), QStringLiteral("0.00"));
}
