// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentDialog.h"
#include "PaymentCorrectionDialog.h"
#include "PaymentPlanModel.h"
#include "UiFixture.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

// Müller (C001) owes INV-3 300.00 (due first), INV-6 250.00, INV-2 200.00 and INV-1 100.00;
// P-2 brought 50.00 that is still unapplied.
QString openOf(UiFixture &fixture, const char *number)
{
    auto found = fixture.session().run<Result<std::optional<InvoiceSummary>>>(
        [number](storage::Workspace &ws, services::JobControl &) {
            return storage::InvoiceRepository(ws.database()).summaryByNumber(QString::fromLatin1(number));
        });
    EXPECT_TRUE(UiFixture::wait(found));
    const auto summary = found.result();
    return summary.ok() && summary->has_value() ? (*summary)->open.toDecimalString() : QStringLiteral("<missing>");
}

QString cash(QTableView *table, int row)
{
    return table->model()->index(row, ui::PaymentPlanModel::CashColumn).data().toString();
}

} // namespace

TEST(PaymentDialogTest, TypingTheAmountAppliesItOldestFirstAndAnOverAppliedPlanCannotBePosted)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::PaymentDialog dialog(fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("C001"));
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("paymentPlan"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 4; }, 10000));
    auto *post = dialog.findChild<QPushButton *>(QStringLiteral("paymentPost"));
    EXPECT_FALSE(post->isEnabled()) << "no amount yet";

    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"));
    amount->setFocus();
    QTest::keyClicks(amount, QStringLiteral("400"));
    EXPECT_EQ(table->model()->index(0, 0).data().toString(), QStringLiteral("INV-3"));
    EXPECT_EQ(cash(table, 0), QStringLiteral("EUR\u00A0300.00"));
    EXPECT_EQ(cash(table, 1), QStringLiteral("EUR\u00A0100.00"));
    EXPECT_EQ(cash(table, 2), QString());
    EXPECT_TRUE(post->isEnabled());

    // The collector types more than was paid onto INV-6: named, and nothing can be posted.
    const QModelIndex cell = table->model()->index(1, ui::PaymentPlanModel::CashColumn);
    table->setCurrentIndex(cell);
    table->edit(cell);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("150"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(cash(table, 1), QStringLiteral("EUR\u00A0150.00"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("paymentProblem"));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("more than"))) << qPrintable(problem->text());
    EXPECT_FALSE(post->isEnabled());
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("450"));
    EXPECT_EQ(cash(table, 1), QStringLiteral("EUR\u00A0150.00")) << "the collector's line stays theirs";
    EXPECT_TRUE(post->isEnabled()) << qPrintable(problem->text());

    dialog.findChild<QLineEdit *>(QStringLiteral("paymentReference"))->setText(QStringLiteral("SEPA 2024-06-30"));
    QSignalSpy posted(&dialog, &ui::PaymentDialog::posted);
    post->click();
    ASSERT_TRUE(UiFixture::waitFor(posted)) << qPrintable(problem->text());
    EXPECT_EQ(openOf(fixture, "INV-3"), QStringLiteral("0.00"));
    EXPECT_EQ(openOf(fixture, "INV-6"), QStringLiteral("100.00"));
    EXPECT_EQ(openOf(fixture, "INV-2"), QStringLiteral("200.00"));
}

TEST(PaymentDialogTest, ForeignMoneyNeedsARateAndIsAppliedAsConverted)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::PaymentDialog dialog(fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("C001"));
    dialog.show();
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("paymentPlan"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == 4; }, 10000));
    auto *currency = dialog.findChild<QComboBox *>(QStringLiteral("paymentCurrency"));
    ASSERT_GE(currency->findText(QStringLiteral("USD")), 0) << "a currency in use";
    currency->setCurrentText(QStringLiteral("USD"));
    dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"))->setText(QStringLiteral("400.00"));
    auto *rate = dialog.findChild<QLineEdit *>(QStringLiteral("paymentRate"));
    EXPECT_TRUE(rate->isVisible());
    QTest::keyClicks(rate, QStringLiteral("0.5"));
    EXPECT_EQ(
        dialog.findChild<QLabel *>(QStringLiteral("paymentConverted"))->text(), QStringLiteral("= EUR\u00A0200.00"));
    EXPECT_EQ(cash(table, 0), QStringLiteral("EUR\u00A0200.00"));

    rate->clear();
    QTest::keyClicks(rate, QStringLiteral("x"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("paymentProblem"));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("give the rate"))) << qPrintable(problem->text());
    EXPECT_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("paymentPost"))->isEnabled());
}

TEST(PaymentDialogTest, UnappliedCashIsAppliedAndABouncedPaymentReopensItsInvoice)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    {
        ui::PaymentDialog dialog(
            fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("C001"), QStringLiteral("P-2"));
        dialog.show();
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("paymentPlan"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return !cash(table, 0).isEmpty(); }, 10000));
        EXPECT_EQ(cash(table, 0), QStringLiteral("EUR\u00A050.00"));
        EXPECT_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("paymentAmount"))->isEnabled());
        QSignalSpy posted(&dialog, &ui::PaymentDialog::posted);
        dialog.findChild<QPushButton *>(QStringLiteral("paymentPost"))->click();
        ASSERT_TRUE(UiFixture::waitFor(posted));
        EXPECT_EQ(openOf(fixture, "INV-3"), QStringLiteral("250.00"));
    }

    ui::PaymentCorrectionDialog reversal(ui::PaymentCorrectionDialog::Kind::Reversal, fixture.session(),
        fixture.clock(), QStringLiteral("anna"), QStringLiteral("P-3"));
    reversal.show();
    auto *submit = reversal.findChild<QPushButton *>(QStringLiteral("correctionSubmit"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return submit->isEnabled(); }, 10000));
    submit->click();
    auto *problem = reversal.findChild<QLabel *>(QStringLiteral("correctionProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->text().isEmpty(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("say why"))) << qPrintable(problem->text());
    QSignalSpy corrected(&reversal, &ui::PaymentCorrectionDialog::corrected);
    reversal.findChild<QLineEdit *>(QStringLiteral("correctionText"))->setText(QStringLiteral("Card chargeback"));
    submit->click();
    ASSERT_TRUE(UiFixture::waitFor(corrected));
    EXPECT_EQ(openOf(fixture, "INV-6"), QStringLiteral("400.00")) << "the 150.00 of P-3 is open again";
}
