// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentHolidayDialog.h"
#include "UiFixture.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

// A collector moves an overdue invoice's due date; without a reason nothing moves.
TEST(PaymentHolidayDialogTest, MovesTheDueDateWithAReason)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::PaymentHolidayDialog dialog(
        fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("INV-2"));
    dialog.show();
    auto *grant = dialog.findChild<QPushButton *>(QStringLiteral("holidayGrant"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return grant->isEnabled(); }, 10000));
    auto *until = dialog.findChild<QDateEdit *>(QStringLiteral("holidayUntil"));
    EXPECT_EQ(until->date(), QDate(2024, 7, 30)) << "a month after today, as the invoice is overdue";

    grant->click();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("holidayProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->isHidden(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("why"))) << qPrintable(problem->text());

    QSignalSpy granted(&dialog, &ui::PaymentHolidayDialog::granted);
    dialog.findChild<QLineEdit *>(QStringLiteral("holidayReason"))->setText(QStringLiteral("Warehouse fire"));
    until->setDate(QDate(2024, 8, 31));
    grant->click();
    ASSERT_TRUE(UiFixture::waitFor(granted));
    auto stored = fixture.session().run<Result<std::optional<Invoice>>>(
        [](storage::Workspace &workspace, services::JobControl &) {
            return storage::InvoiceRepository(workspace.database()).findByNumber(QStringLiteral("INV-2"));
        });
    ASSERT_TRUE(UiFixture::wait(stored));
    const Result<std::optional<Invoice>> invoice = stored.result();
    ASSERT_TRUE(invoice.ok() && invoice->has_value());
    EXPECT_EQ((*invoice)->dueDate, QDate(2024, 8, 31));
}
