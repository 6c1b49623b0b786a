// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeDialog.h"
#include "DisputeQueueDialog.h"
#include "ResolveDisputeDialog.h"
#include "UiFixture.h"
#include "services/Disputes.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

Money openOf(UiFixture &fixture, const char *number)
{
    auto stored = fixture.session().run<Result<std::optional<InvoiceSummary>>>(
        [number](storage::Workspace &ws, services::JobControl &) {
            return storage::InvoiceRepository(ws.database()).summaryByNumber(QString::fromLatin1(number));
        });
    EXPECT_TRUE(UiFixture::wait(stored));
    return (*stored.result())->open;
}

} // namespace

// A collector opens a dispute on part of INV-2 (200.00 open), works it in the queue, and
// resolves it with a credit note within the team's limit.
TEST(DisputeUiTest, ADisputeIsOpenedWorkedInTheQueueAndResolvedByACreditNote)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::DisputeDialog opening(fixture.session(), fixture.clock(), QStringLiteral("anna"), QStringLiteral("INV-2"));
    opening.show();
    auto *open = opening.findChild<QPushButton *>(QStringLiteral("disputeOpen"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return open->isEnabled(); }, 10000));
    EXPECT_EQ(opening.findChild<QLineEdit *>(QStringLiteral("disputeAmount"))->text(), QStringLiteral("200.00"));
    opening.findChild<QLineEdit *>(QStringLiteral("disputeAmount"))->setText(QStringLiteral("80.00"));
    auto *reason = opening.findChild<QComboBox *>(QStringLiteral("disputeReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("duplicate_billing")));
    QSignalSpy opened(&opening, &ui::DisputeDialog::opened);
    open->click();
    ASSERT_TRUE(UiFixture::waitFor(opened));

    ui::DisputeQueueDialog queue(fixture.session(), fixture.clock(), QStringLiteral("anna"), QString());
    queue.show();
    auto *list = queue.findChild<QTreeView *>(QStringLiteral("disputeList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 10000));
    EXPECT_EQ(list->model()->index(0, 1).data().toString(), QStringLiteral("INV-2"));
    EXPECT_EQ(list->model()->index(0, 4).data().toString(), QStringLiteral("Duplicate billing"));
    auto *figures = queue.findChild<QLabel *>(QStringLiteral("disputeFigures"));
    EXPECT_TRUE(figures->text().startsWith(QStringLiteral("Open: 1 ("))) << qPrintable(figures->text());
    auto *reasonFilter = queue.findChild<QComboBox *>(QStringLiteral("disputeReasonFilter"));
    reasonFilter->setCurrentIndex(reasonFilter->findData(QStringLiteral("pricing")));
    EXPECT_EQ(list->model()->rowCount(), 0) << "no pricing dispute";
    reasonFilter->setCurrentIndex(0);
    queue.findChild<QCheckBox *>(QStringLiteral("disputeBreachedOnly"))->setChecked(true);
    EXPECT_EQ(list->model()->rowCount(), 0) << "opened today: within its five days";
    queue.findChild<QCheckBox *>(QStringLiteral("disputeBreachedOnly"))->setChecked(false);
    ASSERT_EQ(list->model()->rowCount(), 1);

    QSignalSpy changed(&queue, &ui::DisputeQueueDialog::changed);
    queue.findChild<QPushButton *>(QStringLiteral("disputeInvestigate"))->click();
    ASSERT_TRUE(UiFixture::waitFor(changed));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return list->model()->index(0, 5).data().toString() == QStringLiteral("investigating"); }, 10000));

    auto limit = fixture.session().run<Status>([&fixture](storage::Workspace &ws, services::JobControl &) {
        return services::Disputes(ws.database(), fixture.clock(), QStringLiteral("carla"))
            .setApprovalLimit(
                DisputeResolution::Kind::CreditNote, Money(10000, *Currency::fromCode(QStringLiteral("EUR"))));
    });
    ASSERT_TRUE(UiFixture::wait(limit));
    ASSERT_TRUE(limit.result().ok());
    queue.findChild<QPushButton *>(QStringLiteral("disputeResolve"))->click();
    auto *resolving = queue.findChild<ui::ResolveDisputeDialog *>();
    ASSERT_NE(resolving, nullptr);
    auto *limitText = resolving->findChild<QLabel *>(QStringLiteral("resolutionLimit"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return limitText->text().contains(QStringLiteral("100.00")); }, 10000))
        << qPrintable(limitText->text());
    resolving->findChild<QLineEdit *>(QStringLiteral("resolutionAmount"))->setText(QStringLiteral("75.00"));
    resolving->findChild<QPushButton *>(QStringLiteral("resolutionSubmit"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return changed.size() == 2; }, 20000));
    EXPECT_EQ(openOf(fixture, "INV-2").toDecimalString(), QStringLiteral("125.00")) << "75.00 credited";
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 0; }, 10000)) << "resolved: not open";
    auto *state = queue.findChild<QComboBox *>(QStringLiteral("disputeStateFilter"));
    state->setCurrentIndex(state->findText(QStringLiteral("Resolved")));
    ASSERT_EQ(list->model()->rowCount(), 1);
    EXPECT_TRUE(list->model()->index(0, 9).data().toString().startsWith(QStringLiteral("credit note")))
        << qPrintable(list->model()->index(0, 9).data().toString());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return figures->text().contains(QStringLiteral("Resolved in the last 90 days: 1")); }, 10000))
        << qPrintable(figures->text());
    EXPECT_TRUE(queue.findChild<QPushButton *>(QStringLiteral("disputeReopen"))->isEnabled());
}
