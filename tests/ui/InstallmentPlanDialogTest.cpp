// SPDX-License-Identifier: GPL-3.0-or-later
#include "InstallmentPlanDialog.h"
#include "UiFixture.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"
#include "storage/PromiseRepository.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

// INV-6 has 250.00 open; four installments 30 days apart from 2024-07-30 move its due date.
TEST(InstallmentPlanDialogTest, ShowsTheScheduleAndAgreesItWithAReason)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::InstallmentPlanDialog dialog(
        fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("INV-6"));
    dialog.show();
    auto *agree = dialog.findChild<QPushButton *>(QStringLiteral("installmentAgree"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return agree->isEnabled(); }, 10000));
    dialog.findChild<QSpinBox *>(QStringLiteral("installmentCount"))->setValue(4);
    auto *schedule = dialog.findChild<QLabel *>(QStringLiteral("installmentSchedule"));
    EXPECT_TRUE(schedule->text().contains(
        QStringLiteral("in 4 installments of EUR") + QChar(0x00a0) + QStringLiteral("62.50 from 7/30/24 to 10/28/24")))
        << qPrintable(schedule->text());

    agree->click();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("installmentProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->text().isEmpty(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("say why"))) << qPrintable(problem->text());

    QSignalSpy agreed(&dialog, &ui::InstallmentPlanDialog::agreed);
    dialog.findChild<QLineEdit *>(QStringLiteral("installmentReason"))->setText(QStringLiteral("Seasonal business"));
    agree->click();
    ASSERT_TRUE(UiFixture::waitFor(agreed));
    auto stored
        = fixture.session().run<Result<std::optional<Invoice>>>([](storage::Workspace &ws, services::JobControl &) {
              return storage::InvoiceRepository(ws.database()).findByNumber(QStringLiteral("INV-6"));
          });
    ASSERT_TRUE(UiFixture::wait(stored));
    const auto invoice = stored.result();
    ASSERT_TRUE(invoice.ok() && invoice->has_value());
    EXPECT_EQ((*invoice)->dueDate, QDate(2024, 10, 28));
}
