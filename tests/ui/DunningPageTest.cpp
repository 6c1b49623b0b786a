// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningPage.h"
#include "DunningProposalModel.h"
#include "DunningStrategyDialog.h"
#include "ModelCheck.h"
#include "OutboxModel.h"
#include "TemplateEditorDialog.h"
#include "TestWorkspace.h"
#include "UiFixture.h"
#include "services/DunningRun.h"
#include "storage/TemplateRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

qint64 count(UiFixture &fixture, const char *sql)
{
    const QString query = QString::fromLatin1(sql);
    auto future = fixture.session().run<Result<qint64>>(
        [query](storage::Workspace &ws, services::JobControl &) { return ws.database().scalar(query); });
    EXPECT_TRUE(UiFixture::wait(future));
    return future.result().ok() ? *future.result() : -1;
}

} // namespace

// Preview a proposed notice, approve it: the notice is recorded and its message waits in the
// outbox (no mail server is set up here), where the page shows it.
TEST(DunningPageTest, ProposesPreviewsAndApprovesTodaysNotices)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::DunningPage page(fixture.session(), fixture.clock(), QStringLiteral("anna"));
    page.resize(1100, 700);
    page.show();
    QSignalSpy loaded(&page, &ui::DunningPage::loaded);
    page.reload();
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    auto *proposals = page.findChild<QTreeView *>(QStringLiteral("dunningProposals"));
    ASSERT_GE(proposals->model()->rowCount(), 1);
    EXPECT_TRUE(proposals->model()->index(0, 0).data().toString().contains(QStringLiteral("C001")));
    auto *preview = page.findChild<QPlainTextEdit *>(QStringLiteral("dunningPreview"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->toPlainText().contains(QStringLiteral("INV-3")); }, 10000))
        << qPrintable(preview->toPlainText());

    const int proposed = proposals->model()->rowCount();
    QSignalSpy status(&page, &ui::DunningPage::statusMessage);
    page.findChild<QPushButton *>(QStringLiteral("approveDunning"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return count(fixture, "SELECT count(*) FROM dunning_notices") > 0; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !status.isEmpty() && status.last().at(0).toString().contains(QStringLiteral("sent")); }, 10000));
    // A customer without an email address gets no notice (and stays proposed); the rest do.
    const qint64 notices = count(fixture, "SELECT count(*) FROM dunning_notices");
    EXPECT_EQ(count(fixture, "SELECT count(*) FROM message_outbox WHERE status = 'queued'"), notices)
        << "no mail server here: the messages wait";
    auto *outbox = page.findChild<QTreeView *>(QStringLiteral("outbox"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return outbox->model()->rowCount() == notices; }, 10000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return proposals->model()->rowCount() == proposed - notices; }, 10000))
        << "nothing is proposed twice";
}

// A team lead adds a level in the strategy dialog: a level without a name is refused with the
// reason, a named one is saved for the team and shapes the next run.
TEST(DunningPageTest, TheStrategyDialogEditsTheLevels)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::DunningPage page(fixture.session(), fixture.clock(), QStringLiteral("anna"));
    page.show();
    page.findChild<QPushButton *>(QStringLiteral("dunningStrategy"))->click();
    ui::DunningStrategyDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = page.findChild<ui::DunningStrategyDialog *>()); }, 10000));
    auto *levels = dialog->findChild<QListWidget *>(QStringLiteral("dunningLevels"));
    ASSERT_EQ(levels->count(), 4);
    EXPECT_EQ(dialog->findChild<QLineEdit *>(QStringLiteral("levelName"))->text(), QStringLiteral("Friendly reminder"));

    dialog->findChild<QPushButton *>(QStringLiteral("addLevel"))->click();
    ASSERT_EQ(levels->count(), 5);
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("levelName"));
    EXPECT_EQ(name->selectedText(), QStringLiteral("New level")) << "the new level's name is ready to type over";
    QTest::keyClick(name, Qt::Key_Delete);
    dialog->accept();
    ASSERT_TRUE(dialog->isVisible()) << "a level without a name is not saved";
    EXPECT_TRUE(dialog->findChild<QLabel *>(QStringLiteral("strategyProblem"))->text().contains(QStringLiteral("5")));

    QTest::keyClicks(name, QStringLiteral("Collection agency warning"));
    EXPECT_TRUE(levels->item(4)->text().startsWith(QStringLiteral("Collection agency warning")));
    dialog->findChild<QSpinBox *>(QStringLiteral("levelFee"))->setValue(2500);
    levels->setCurrentRow(1);
    dialog->findChild<QSpinBox *>(QStringLiteral("levelFee"))->setValue(150);
    QSignalSpy status(&page, &ui::DunningPage::statusMessage);
    dialog->accept();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !status.isEmpty(); }, 10000));
    EXPECT_TRUE(status.last().at(0).toString().contains(QStringLiteral("saved")))
        << qPrintable(status.last().at(0).toString());

    auto future = fixture.session().run<Result<collections::DunningStrategy>>(
        [&fixture](storage::Workspace &ws, services::JobControl &) {
            return services::DunningRun(ws.database(), fixture.clock(), QStringLiteral("anna")).strategy();
        });
    ASSERT_TRUE(UiFixture::wait(future));
    ASSERT_TRUE(future.result().ok());
    const collections::DunningStrategy saved = *future.result();
    ASSERT_EQ(saved.levels.size(), 5);
    EXPECT_EQ(saved.levels[4].name, QStringLiteral("Collection agency warning"));
    EXPECT_EQ(saved.levels[4].feeMinor, 2500);
    EXPECT_EQ(saved.levels[4].minDaysPastDue, 49) << "a new level starts two weeks after the last";
    EXPECT_EQ(saved.levels[1].feeMinor, 150);
    EXPECT_EQ(saved.levels[2].name, QStringLiteral("Second notice")) << "the other levels stay as they were";
}

TEST(DunningModels, KeepTheirContract)
{
    ui::DunningProposalModel proposals;
    ui::OutboxModel outbox;
    test::ModelCheck checkProposals(&proposals);
    test::ModelCheck checkOutbox(&outbox);
    collections::DunningProposal p;
    p.customerId = QStringLiteral("C1");
    p.amount = test::money("10.00", "EUR");
    p.fee = test::money("0.00", "EUR");
    proposals.setProposals({ p, p });
    ASSERT_TRUE(proposals.setData(proposals.index(1, 0), Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_EQ(proposals.checked().size(), 1);
    messaging::OutgoingMessage m;
    m.status = messaging::DeliveryStatus::Failed;
    outbox.setMessages({ m });
    EXPECT_EQ(outbox.index(0, ui::OutboxModel::StatusColumn).data().toString(), QStringLiteral("Failed"));
    for (const auto *check : { &checkProposals, &checkOutbox })
        EXPECT_TRUE(check->failures().isEmpty()) << qPrintable(check->failures().join('\n'));
}

// A lead rewrites the German reminder: the preview follows the typing, a template that does
// not parse is refused, and once saved the next letter uses it.
TEST(DunningPageTest, TheTemplateEditorPreviewsAndSavesATemplate)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    ui::DunningPage page(fixture.session(), fixture.clock(), QStringLiteral("anna"));
    page.show();
    page.findChild<QPushButton *>(QStringLiteral("dunningTemplates"))->click();
    ui::TemplateEditorDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = page.findChild<ui::TemplateEditorDialog *>()); }, 10000));
    auto *key = dialog->findChild<QComboBox *>(QStringLiteral("templateKey"));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("templateLanguage"));
    auto *subject = dialog->findChild<QLineEdit *>(QStringLiteral("templateSubject"));
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templateBody"));
    auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templatePreview"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("templateSave"));
    key->setCurrentText(QStringLiteral("reminder"));
    language->setCurrentText(QStringLiteral("de"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return subject->text().contains(QStringLiteral("Freundliche Erinnerung")); }, 10000))
        << qPrintable(subject->text());
    EXPECT_FALSE(save->isEnabled()) << "nothing to save yet";

    body->setPlainText(QStringLiteral("Offen: {{total_open}} bei {{company.name}}"));
    EXPECT_TRUE(save->isEnabled());
    EXPECT_FALSE(key->isEnabled()) << "no switching away from unsaved changes";
    ASSERT_TRUE(QTest::qWaitFor([&] { return preview->toPlainText().contains(QStringLiteral("Offen: ")); }, 10000))
        << qPrintable(preview->toPlainText());

    body->setPlainText(QStringLiteral("{{#invoices}} never closed"));
    save->click();
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("templateProblem"));
    EXPECT_FALSE(problem->isHidden());
    EXPECT_TRUE(save->isEnabled()) << "refused, so still unsaved";

    QSignalSpy saved(dialog, &ui::TemplateEditorDialog::saved);
    subject->setText(QStringLiteral("Konto {{customer.id}}"));
    body->setPlainText(QStringLiteral("Bitte zahlen Sie {{total_open}}."));
    save->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000));
    EXPECT_EQ(saved.first().at(1).toString(), QStringLiteral("de"));
    EXPECT_TRUE(key->isEnabled());
    auto stored = fixture.session().run<Result<messaging::MessageTemplate>>([](storage::Workspace &workspace,
                                                                                services::JobControl &) {
        return storage::TemplateRepository(workspace.database()).find(QStringLiteral("reminder"), QStringLiteral("de"));
    });
    stored.waitForFinished();
    ASSERT_TRUE(stored.result().ok());
    EXPECT_EQ(stored.result()->subject, QStringLiteral("Konto {{customer.id}}"));
    EXPECT_EQ(stored.result()->body, QStringLiteral("Bitte zahlen Sie {{total_open}}."));
}
