// SPDX-License-Identifier: GPL-3.0-or-later
// The sync controller, status bar and conflicts view against the real server, as the app runs them.
#include "ConflictsDialog.h"
#include "CreditPanel.h"
#include "ServerFixture.h"
#include "SyncStatusWidget.h"
#include "UiFixture.h"
#include "server/ServerMigrations.h"
#include "services/SyncController.h"
#include "storage/Transaction.h"
#include "sync/ConflictStore.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeView>

using namespace cc;
using namespace cc::test;
using State = services::SyncController::State;

namespace {

class SyncUiTest : public ServerFixture {
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ASSERT_TRUE(server::ServerMigrations::apply(owner()).ok());
        m_anna = addUser(QStringLiteral("anna"), server::ServerRole::Collector);
        must(owner().exec(QStringLiteral("INSERT INTO customers (id, name, currency, terms, collector) "
                                         "VALUES ('C1', 'Müller GmbH', 'EUR', 'NET30', $1)"),
            { m_anna }));
        must(owner().exec(QStringLiteral("INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, "
                                         "currency, total_minor, status) VALUES ('I-1', 'C1', 0, '2024-06-01', "
                                         "'2024-07-01', 'EUR', 11900, 'open')")));
    }

    QString local(const char *sql)
    {
        auto value = m_ui.session().run<Result<QString>>(
            [sql](storage::Workspace &workspace, services::JobControl &) -> Result<QString> {
                auto query = workspace.database().prepare(QString::fromUtf8(sql));
                if (!query)
                    return query.error();
                auto row = query->next();
                if (!row)
                    return row.error();
                return *row ? query->text(0) : QString();
            });
        UiFixture::wait(value);
        return value.result().ok() ? *value.result() : QStringLiteral("<error>");
    }

    bool waitForState(services::SyncController &controller, State state, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return controller.state() == state; }, timeoutMs);
    }

    UiFixture m_ui;
    QString m_anna;
};

} // namespace

TEST_F(SyncUiTest, ChangesOnTheServerArriveWithinASecondAndTheStatusBarSaysOnline)
{
    services::SyncController controller(m_ui.session(), m_ui.clock());
    ui::SyncStatusWidget status(controller);
    auto *label = status.findChild<QLabel *>(QStringLiteral("syncLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QLatin1String("no server")));

    controller.connectTo(urlFor(m_anna, kPassword));
    ASSERT_TRUE(waitForState(controller, State::Online)) << qPrintable(controller.problem());
    EXPECT_EQ(local("SELECT name FROM customers WHERE id = 'C1'"), QStringLiteral("Müller GmbH"));
    EXPECT_TRUE(label->text().contains(QLatin1String("Online"))) << qPrintable(label->text());

    // Another desktop's change: the notification wakes this one, no polling involved.
    QElapsedTimer elapsed;
    elapsed.start();
    must(owner().exec(QStringLiteral("UPDATE customers SET name = 'Müller & Söhne GmbH' WHERE id = 'C1'")));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return local("SELECT name FROM customers WHERE id = 'C1'") == QStringLiteral("Müller & Söhne GmbH"); },
        5000));
    EXPECT_LT(elapsed.elapsed(), 2000) << "well under the 60 s safety poll";
}

TEST_F(SyncUiTest, AConflictIsShownAndResolvedInTheConflictsView)
{
    services::SyncController controller(m_ui.session(), m_ui.clock());
    ui::SyncStatusWidget status(controller);
    controller.connectTo(urlFor(m_anna, kPassword));
    ASSERT_TRUE(waitForState(controller, State::Online)) << qPrintable(controller.problem());

    // Another desktop moves the due date; this one, not yet synced, moves it elsewhere.
    must(owner().exec(QStringLiteral("UPDATE invoices SET due_date = '2024-07-15' WHERE number = 'I-1'")));
    const Clock *clock = &m_ui.clock();
    auto edited = m_ui.session().run<Result<QString>>(
        [clock](storage::Workspace &workspace, services::JobControl &) -> Result<QString> {
            storage::Transaction transaction(workspace.database());
            if (auto status = transaction.begin(); !status)
                return status.error();
            // As if made before the other change arrived: based on the first due date.
            if (auto status = workspace.database().execute(
                    QStringLiteral("UPDATE invoices SET due_day = 2460493 WHERE number = 'I-1'"));
                !status)
                return status.error();
            auto change = sync::Outbox(workspace.database(), *clock)
                              .update(QStringLiteral("invoices"), QStringLiteral("I-1"),
                                  { { QStringLiteral("due_date"), QStringLiteral("2024-08-31") } });
            if (!change)
                return change.error();
            if (auto status = transaction.commit(); !status)
                return status.error();
            return change;
        });
    ASSERT_TRUE(UiFixture::wait(edited) && edited.result().ok());
    m_ui.session().notifyChanged();
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return controller.conflicts() == 1 && controller.state() == State::Online; }, 10000));
    auto *conflictsButton = status.findChild<QToolButton *>(QStringLiteral("conflictsButton"));
    EXPECT_FALSE(conflictsButton->isHidden());
    EXPECT_TRUE(conflictsButton->text().startsWith(QLatin1String("1 conflict"))) << qPrintable(conflictsButton->text());

    ui::ConflictsDialog dialog(m_ui.session(), m_ui.clock());
    dialog.show();
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("conflictList"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->count() == 1; }, 5000));
    auto *fields = dialog.findChild<QTableWidget *>(QStringLiteral("conflictFields"));
    ASSERT_EQ(fields->rowCount(), 1);
    // In the user's date format (the tests run in en_US).
    EXPECT_EQ(fields->item(0, 1)->text(), QStringLiteral("7/1/24")); // before
    EXPECT_EQ(fields->item(0, 2)->text(), QStringLiteral("8/31/24")); // mine
    EXPECT_EQ(fields->item(0, 3)->text(), QStringLiteral("7/15/24")); // server
    EXPECT_EQ(fields->item(0, 4)->text(), QStringLiteral("2024-08-31")); // result, editable
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("keepMine")), Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->count() == 0; }, 5000));

    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.conflicts() == 0 && controller.waiting() == 0 && controller.state() == State::Online; },
        10000));
    EXPECT_EQ(must(owner().exec(QStringLiteral("SELECT due_date::text FROM invoices WHERE number = 'I-1'"))).text(0, 0),
        QStringLiteral("2024-08-31"));
    EXPECT_TRUE(conflictsButton->isHidden());
}

TEST_F(SyncUiTest, AConnectionLostGoesOfflineKeepsEditsAndReconnects)
{
    services::SyncController controller(m_ui.session(), m_ui.clock());
    controller.connectTo(urlFor(m_anna, kPassword));
    ASSERT_TRUE(waitForState(controller, State::Online)) << qPrintable(controller.problem());

    // Refuse new logins and drop the desktop's connections, as a server that went away.
    must(owner().exec(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 0").arg(owner().quoteIdentifier(m_anna))));
    must(owner().exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1"), { m_anna }));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return controller.state() == State::Offline || controller.state() == State::Failed; }, 10000));

    const Clock *clock = &m_ui.clock();
    auto edited = m_ui.session().run<Result<QString>>(
        [clock](storage::Workspace &workspace, services::JobControl &) -> Result<QString> {
            return sync::Outbox(workspace.database(), *clock)
                .update(QStringLiteral("customers"), QStringLiteral("C1"),
                    { { QStringLiteral("segment"), QStringLiteral("wholesale") } });
        });
    ASSERT_TRUE(UiFixture::wait(edited) && edited.result().ok());
    m_ui.session().notifyChanged();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.waiting() == 1; }, 5000));

    must(owner().exec(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT -1").arg(owner().quoteIdentifier(m_anna))));
    controller.syncNow(); // the user does not wait for the next retry
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return controller.state() == State::Online && controller.waiting() == 0; }, 20000))
        << qPrintable(controller.problem());
    EXPECT_EQ(must(owner().exec(QStringLiteral("SELECT segment FROM customers WHERE id = 'C1'"))).text(0, 0),
        QStringLiteral("wholesale"));
}

// A credit manager's Credit tab shows what the server's audit log holds about the customer.
TEST_F(SyncUiTest, TheCreditTabShowsTheServersAuditLogToACreditManager)
{
    const QString carla = addUser(QStringLiteral("carla"), server::ServerRole::CreditManager);
    must(connectAs(carla)->exec(QStringLiteral("UPDATE customers SET credit_limit_minor = 250000 WHERE id = 'C1'")));
    services::SyncController controller(m_ui.session(), m_ui.clock());
    const QString uri = urlFor(carla, kPassword);
    controller.connectTo(uri);
    ASSERT_TRUE(waitForState(controller, State::Online)) << qPrintable(controller.problem());

    ui::CreditPanel panel(m_ui.session(), m_ui.clock());
    panel.setServerUriSource([&controller] { return controller.serverUri(); });
    panel.setCustomer(QStringLiteral("C1"));
    QSignalSpy loaded(&panel, &ui::CreditPanel::loaded);
    panel.reload();
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    auto *history = panel.findChild<QTreeView *>(QStringLiteral("creditHistory"));
    ASSERT_GE(history->model()->rowCount(), 2) << "the customer's creation and its new limit";
    EXPECT_EQ(history->model()->index(0, 1).data().toString(), QStringLiteral("customers update (C1)"));
    EXPECT_EQ(history->model()->index(0, 2).data().toString(), carla);
    EXPECT_EQ(history->model()->index(0, 3).data().toString(), QStringLiteral("credit_limit_minor: 0 → 250000"));
}
