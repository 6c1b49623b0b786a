// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistPage.h"
#include "EmailDialog.h"
#include "ItemRoles.h"
#include "ModelCheck.h"
#include "SmtpTestServer.h"
#include "TestWorkspace.h"
#include "TimelineModel.h"
#include "UiFixture.h"
#include "WorklistFilter.h"
#include "WorklistModel.h"
#include "messaging/SmtpSettings.h"
#include "storage/InvoiceRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;
using cc::ui::WorklistPage;

namespace {

class WorklistPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_fixture.populate());
        // A second account on anna's list: the branch owes 180.00 since April.
        auto added = m_fixture.session().run<Result<qint64>>([](storage::Workspace &ws, services::JobControl &) {
            Invoice invoice;
            invoice.number = QStringLiteral("INV-B1");
            invoice.customerId = QStringLiteral("C003");
            invoice.invoiceDate = QDate(2024, 3, 1);
            invoice.dueDate = QDate(2024, 3, 31);
            invoice.total = test::money("180.00", "EUR");
            return storage::InvoiceRepository(ws.database()).insert(invoice);
        });
        ASSERT_TRUE(UiFixture::wait(added));
        ASSERT_TRUE(added.result().ok());
        m_page = std::make_unique<WorklistPage>(m_fixture.session(), m_fixture.clock(), QStringLiteral("anna"));
        m_page->resize(1100, 700);
        m_page->show();
        reload();
        m_list = m_page->findChild<QTreeView *>(QStringLiteral("worklist"));
        ASSERT_NE(m_list, nullptr);
        m_list->setFocus();
    }

    void reload()
    {
        QSignalSpy loaded(m_page.get(), &WorklistPage::loaded);
        m_page->reload();
        ASSERT_TRUE(UiFixture::waitFor(loaded));
    }

    /// Presses `key` with Ctrl on the list; `fill` answers the dialog it opens. Waits for the
    /// list to load again after the write.
    template <typename Dialog> void press(Qt::Key key, std::function<void(QDialog *)> fill)
    {
        QSignalSpy loaded(m_page.get(), &WorklistPage::loaded);
        keyOnList(key);
        QDialog *dialog = waitForDialog<Dialog>();
        ASSERT_NE(dialog, nullptr) << "no dialog opened";
        fill(dialog);
        EXPECT_FALSE(dialog->isVisible()) << "the dialog did not close";
        ASSERT_TRUE(UiFixture::waitFor(loaded));
    }

    /// The modal dialog that is open, made active: offscreen, a new window is not activated
    /// by itself, and shortcuts need an active window.
    template <typename Dialog> Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        if (QTest::qWaitFor(
                [&] { return (dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())); }, 10000))
            QApplication::setActiveWindow(dialog);
        return dialog;
    }

    void keyOnList(Qt::Key key)
    {
        QApplication::setActiveWindow(m_page.get());
        m_list->setFocus();
        QTest::keyClick(m_list, key, Qt::ControlModifier);
    }

    qint64 count(const char *sql)
    {
        const QString query = QString::fromLatin1(sql);
        auto future = m_fixture.session().run<Result<qint64>>(
            [query](storage::Workspace &ws, services::JobControl &) { return ws.database().scalar(query); });
        EXPECT_TRUE(UiFixture::wait(future));
        return future.result().ok() ? *future.result() : -1;
    }

    bool currentIsDone() const { return m_list->currentIndex().data(ui::DoneRole).toBool(); }

    UiFixture m_fixture;
    std::unique_ptr<WorklistPage> m_page;
    QTreeView *m_list = nullptr;
};

} // namespace

TEST_F(WorklistPageTest, ListsTheCollectorsAccountsWithReasons)
{
    ASSERT_EQ(m_list->model()->rowCount(), 2);
    EXPECT_EQ(m_page->currentCustomer(), QStringLiteral("C001")) << "the most urgent account comes first";
    const QString reasons = m_list->model()->index(0, ui::WorklistModel::ReasonsColumn).data().toString();
    EXPECT_TRUE(reasons.contains(QStringLiteral("over 90 days"))) << qPrintable(reasons);
    EXPECT_TRUE(reasons.contains(QStringLiteral("never contacted"))) << qPrintable(reasons);
    EXPECT_EQ(m_page->findChild<QLabel *>(QStringLiteral("accountName"))->text(), QStringLiteral("Müller GmbH (C001)"));
    auto *collector = m_page->findChild<QComboBox *>(QStringLiteral("worklistCollector"));
    EXPECT_EQ(collector->currentText(), QStringLiteral("anna"));
}

// The collector's morning, without the mouse: call, promise, note, done, next.
TEST_F(WorklistPageTest, TheWholeFlowWorksFromTheKeyboard)
{
    ASSERT_EQ(m_page->currentCustomer(), QStringLiteral("C001"));
    press<QDialog>(Qt::Key_L, [](QDialog *dialog) {
        QTest::keyClick(dialog->findChild<QComboBox *>(QStringLiteral("callOutcome")), Qt::Key_V);
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("callNote"));
        QTest::keyClicks(note, QStringLiteral("Left a message with AP"));
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
    });
    EXPECT_EQ(count("SELECT count(*) FROM activities WHERE outcome = 'voicemail' AND note = 'Left a message with AP' "
                    "AND customer_id = 'C001'"),
        1);
    EXPECT_EQ(count("SELECT count(*) FROM tasks WHERE due_day = 2460495") /* 2024-07-03 */, 1)
        << "a voicemail asks for a call back in 3 days";
    EXPECT_EQ(m_page->currentCustomer(), QStringLiteral("C001")) << "the account stays selected";
    EXPECT_TRUE(currentIsDone());

    press<QDialog>(Qt::Key_P, [](QDialog *dialog) {
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("promiseAmount"));
        amount->selectAll();
        QTest::keyClicks(amount, QStringLiteral("300.00"));
        QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
    });
    EXPECT_EQ(
        count(
            "SELECT amount_minor FROM promises WHERE customer_id = 'C001' AND promised_day = 2460499") /* 2024-07-07 */,
        30000)
        << "300.00 by a week from today";

    press<QDialog>(Qt::Key_N, [](QDialog *dialog) {
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteText"));
        QTest::keyClicks(text, QStringLiteral("Wants a statement"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    });
    EXPECT_EQ(count("SELECT count(*) FROM activities WHERE kind = 'note'"), 1);

    press<QDialog>(Qt::Key_U, [](QDialog *dialog) {
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("followUpTitle"));
        QTest::keyClicks(title, QStringLiteral("Send the statement"));
        QTest::keyClick(title, Qt::Key_Return);
    });
    EXPECT_EQ(count("SELECT count(*) FROM tasks WHERE title = 'Send the statement' AND done_day IS NULL"), 1);

    auto *timeline = m_page->findChild<QTreeView *>(QStringLiteral("accountTimeline"));
    QSignalSpy account(m_page.get(), &WorklistPage::accountLoaded);
    ASSERT_TRUE(QTest::qWaitFor([&] { return timeline->model()->rowCount() == 5; }, 10000))
        << "call, two follow-ups, promise and note on one timeline; rows: " << timeline->model()->rowCount();

    // On the timeline: Space marks the follow-up done, Delete withdraws the promise.
    const auto rowWith = [&](int role) {
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            if (timeline->model()->index(row, 0).data(role).toBool())
                return row;
        }
        return -1;
    };
    for (const auto &[role, key, sql] : { std::tuple { int(ui::OpenFollowUpRole), Qt::Key_Space,
                                              "SELECT count(*) FROM tasks WHERE done_day IS NOT NULL" },
             std::tuple { int(ui::OpenPromiseRole), Qt::Key_Delete,
                 "SELECT count(*) FROM promises WHERE cancelled_day IS NOT NULL" } }) {
        ASSERT_TRUE(QTest::qWaitFor([&] { return rowWith(role) >= 0; }, 10000));
        timeline->setCurrentIndex(timeline->model()->index(rowWith(role), 0));
        QApplication::setActiveWindow(m_page.get());
        timeline->setFocus();
        QSignalSpy reloaded(m_page.get(), &WorklistPage::loaded);
        QTest::keyClick(timeline, key);
        ASSERT_TRUE(UiFixture::waitFor(reloaded));
        EXPECT_EQ(count(sql), 1) << sql;
    }

    // Ctrl+D undoes "worked", Ctrl+D again marks it; Ctrl+J moves to the account not yet worked.
    QSignalSpy loaded(m_page.get(), &WorklistPage::loaded);
    keyOnList(Qt::Key_D);
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_FALSE(currentIsDone());
    loaded.clear();
    keyOnList(Qt::Key_D);
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_TRUE(currentIsDone());
    EXPECT_EQ(m_list->currentIndex().row(), 1) << "a worked account sinks to the bottom";
    keyOnList(Qt::Key_K);
    EXPECT_EQ(m_page->currentCustomer(), QStringLiteral("C003"));
    keyOnList(Qt::Key_J);
    EXPECT_EQ(m_page->currentCustomer(), QStringLiteral("C003")) << "nothing after it is left to work";
}

// Ctrl+E writes from a template, Ctrl+Enter sends through the mail server, with the statement.
TEST_F(WorklistPageTest, AnEmailWithStatementAndInvoiceCopiesGoesOutFromTheKeyboard)
{
    test::SmtpTestServer server;
    ASSERT_TRUE(server.isRunning()) << qPrintable(server.error());
    const int port = server.port();
    auto configured = m_fixture.session().run<Status>([port](storage::Workspace &ws, services::JobControl &) -> Status {
        for (const auto &[key, value] :
            { std::pair { "smtp.host", QStringLiteral("127.0.0.1") }, std::pair { "smtp.port", QString::number(port) },
                std::pair { "smtp.security", QStringLiteral("none") },
                std::pair { "smtp.from", QStringLiteral("ar@example.com") } }) {
            if (auto status = messaging::SmtpSettings::set(ws.database(), QString::fromLatin1(key), value); !status)
                return status;
        }
        return success();
    });
    ASSERT_TRUE(UiFixture::wait(configured));
    ASSERT_TRUE(configured.result().ok());

    // The email dialog is window-modal and opens without blocking.
    keyOnList(Qt::Key_E);
    ui::EmailDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = m_page->findChild<ui::EmailDialog *>()) != nullptr; }, 5000));
    auto *body = dialog->findChild<QPlainTextEdit *>(QStringLiteral("emailBody"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !body->toPlainText().isEmpty(); }, 10000)) << "the template fills in";
    dialog->findChild<QCheckBox *>(QStringLiteral("emailStatement"))->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("emailInvoiceCopies"))->setChecked(true);
    QApplication::setActiveWindow(dialog);
    QTest::keyClick(body, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.messages().size() == 1; }, 10000));
    const QJsonObject mail = server.messages().at(0);
    EXPECT_TRUE(mail[QStringLiteral("body")].toString().contains(QStringLiteral("INV-3")))
        << qPrintable(mail[QStringLiteral("body")].toString());
    const QJsonArray attachments = mail[QStringLiteral("attachments")].toArray();
    ASSERT_GT(attachments.size(), 1) << "the statement, then a copy of each open invoice";
    EXPECT_TRUE(test::pdfText(attachments[0][QStringLiteral("path")].toString()).contains(QStringLiteral("C001")));
    const auto copy = std::find_if(attachments.begin(), attachments.end(),
        [](const QJsonValue &a) { return a[QStringLiteral("filename")].toString() == QLatin1String("INV-3.pdf"); });
    ASSERT_NE(copy, attachments.end());
    EXPECT_TRUE(test::pdfText((*copy)[QStringLiteral("path")].toString()).contains(QStringLiteral("Invoice INV-3")))
        << qPrintable(test::pdfText((*copy)[QStringLiteral("path")].toString()));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return count("SELECT count(*) FROM activities WHERE kind = 'email'") == 1; }, 10000))
        << "the sent email is on the timeline";
}

// A lead leaves a segment off the list: the list follows at once.
TEST_F(WorklistPageTest, TheStrategyDialogChangesTheList)
{
    ASSERT_EQ(m_list->model()->rowCount(), 2);
    QSignalSpy loaded(m_page.get(), &WorklistPage::loaded);
    m_page->findChild<QPushButton *>(QStringLiteral("worklistStrategy"))->click();
    // The dialog opens once the strategy is read.
    QDialog *dialog = waitForDialog<QDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->objectName(), QStringLiteral("worklistStrategyDialog"));
    dialog->findChild<QLineEdit *>(QStringLiteral("strategySegments"))->setText(QStringLiteral("wholesale=0"));
    dialog->accept();
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_EQ(m_list->model()->rowCount(), 0) << "every account here is wholesale";
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE table_name = 'team_settings'"), 1) << "it goes to the team";
}

TEST_F(WorklistPageTest, APromiseWithAWrongAmountIsRefusedInTheDialog)
{
    keyOnList(Qt::Key_P);
    QDialog *dialog = waitForDialog<QDialog>();
    ASSERT_NE(dialog, nullptr);
    auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("promiseAmount"));
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("twelve"));
    QTest::keyClick(amount, Qt::Key_Return, Qt::ControlModifier);
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("promiseProblem"));
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("twelve"))) << qPrintable(problem->text());
    EXPECT_TRUE(dialog->isVisible());
    dialog->reject();
    EXPECT_EQ(count("SELECT count(*) FROM promises"), 0);
}

TEST(WorklistModels, KeepTheirContractThroughChanges)
{
    ui::WorklistModel model;
    ui::WorklistFilter filter;
    filter.setSourceModel(&model);
    filter.setDynamicSortFilter(true);
    filter.sort(0);
    test::ModelCheck checkModel(&model);
    test::ModelCheck checkFilter(&filter);
    QList<collections::WorklistEntry> entries;
    for (const char *id : { "A", "B", "C" }) {
        collections::WorklistEntry entry;
        entry.rank = int(entries.size()) + 1;
        entry.customerId = QString::fromLatin1(id);
        entry.name = QStringLiteral("Customer ") + entry.customerId;
        entry.collectible = test::money(id[0] == 'C' ? "10.00" : "500.00", id[0] == 'C' ? "USD" : "EUR");
        entry.channel = id[0] == 'B' ? collections::ContactChannel::Email : collections::ContactChannel::Call;
        entries << entry;
    }
    model.setEntries(entries);
    EXPECT_EQ(filter.rowCount(), 3);
    EXPECT_EQ(filter.index(0, 0).data(ui::CustomerIdRole).toString(), QStringLiteral("A"));
    entries[0].done = true;
    model.setEntries(entries);
    EXPECT_EQ(filter.index(2, 0).data(ui::CustomerIdRole).toString(), QStringLiteral("A")) << "worked sinks";
    filter.setChannel(int(collections::ContactChannel::Email));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setChannel(std::nullopt);
    filter.setCurrency(QStringLiteral("USD"));
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setCurrency({});
    filter.setHideDone(true);
    EXPECT_EQ(filter.rowCount(), 2);
    model.setEntries({});
    EXPECT_EQ(filter.rowCount(), 0);

    ui::TimelineModel timeline;
    test::ModelCheck checkTimeline(&timeline);
    collections::AccountHistory history;
    history.activities << collections::Activity { QStringLiteral("1"), QStringLiteral("A"),
        collections::ActivityKind::Call, QDateTime(QDate(2024, 6, 30), QTime(9, 0), Qt::UTC), QStringLiteral("anna"),
        collections::CallOutcome::Reached, QString(), QString(), QStringLiteral("pays Friday") };
    collections::PromiseState promise;
    promise.promise.amount = test::money("50.00", "EUR");
    promise.promise.madeOn = QDate(2024, 6, 29);
    promise.promise.promisedFor = QDate(2024, 7, 5);
    promise.paid = test::money("0.00", "EUR");
    history.promises << promise;
    history.tasks << collections::FollowUpTask { QStringLiteral("t"), QStringLiteral("A"), QStringLiteral("Call back"),
        QDate(2024, 7, 2), QDate(), QStringLiteral("anna") };
    timeline.setHistory(history);
    ASSERT_EQ(timeline.rowCount(), 3);
    EXPECT_EQ(timeline.index(0, ui::TimelineModel::WhatColumn).data().toString(), QStringLiteral("Follow-up"))
        << "newest first: the follow-up is due after the call";
    EXPECT_EQ(timeline.index(1, ui::TimelineModel::WhatColumn).data().toString(), QStringLiteral("Call: reached"));
    timeline.setHistory({});
    EXPECT_EQ(timeline.rowCount(), 0);
    for (const auto *check : { &checkModel, &checkFilter, &checkTimeline })
        EXPECT_TRUE(check->failures().isEmpty()) << qPrintable(check->failures().join('\n'));
}
