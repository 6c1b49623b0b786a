// SPDX-License-Identifier: GPL-3.0-or-later
// A desktop killed (SIGKILL) in the middle of a sync, then started again: nothing lost,
// nothing applied twice. Runs the real cashcycle-cli against the real server.
#include "ServerFixture.h"
#include "common/SystemClock.h"
#include "server/ServerMigrations.h"
#include "storage/Transaction.h"
#include "storage/Workspace.h"
#include "sync/Outbox.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <csignal>

using namespace cc;
using namespace cc::test;
using server::ServerRole;

namespace {

constexpr int kInvoices = 20000;
const QByteArray kPassphrase = "crash test passphrase";

class SyncCrashTest : public ServerFixture {
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
        const Status migrated = server::ServerMigrations::apply(owner());
        ASSERT_TRUE(migrated.ok()) << qPrintable(migrated.error().detail);
        m_user = addUser(QStringLiteral("anna"), ServerRole::Collector);
        must(owner().exec(QStringLiteral("INSERT INTO customers (id, name, currency, terms, collector) "
                                         "SELECT 'C' || i, 'Customer ' || i, 'EUR', 'NET30', $1 "
                                         "FROM generate_series(1, 500) i"),
            { m_user }));
        must(owner().exec(QStringLiteral(
            "INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status) "
            "SELECT 'I' || i, 'C' || (1 + i % 500), 0, DATE '2026-01-01' + i % 300, DATE '2026-02-01' + i % 300, "
            "'EUR', 10000 + i, 'open' FROM generate_series(1, $1::int) i"),
            { QString::number(kInvoices) }));
        must(owner().exec(QStringLiteral(
            "INSERT INTO invoice_lines (invoice_number, line_no, description, quantity_milli, unit_price_minor) "
            "SELECT 'I' || i, 1, 'Service', 1000, 10000 + i FROM generate_series(1, $1::int) i"),
            { QString::number(kInvoices) }));
        QFile key(m_dir.filePath(QStringLiteral("key")));
        ASSERT_TRUE(key.open(QIODevice::WriteOnly));
        key.write(kPassphrase + '\n');
    }

    QStringList syncArguments() const
    {
        return { QStringLiteral("sync"), QStringLiteral("--server"), urlFor(m_user, kPassword), QStringLiteral("--workspace"),
            workspace(), QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("key")) };
    }

    int syncToEnd()
    {
        QProcess process;
        process.start(QStringLiteral(CASHCYCLE_CLI), syncArguments());
        EXPECT_TRUE(process.waitForFinished(120'000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return process.exitCode();
    }

    /// Starts a sync and kills it with SIGKILL as soon as `inTheMiddle` says so.
    bool killSyncWhen(const std::function<bool()> &inTheMiddle)
    {
        QProcess process;
        process.start(QStringLiteral(CASHCYCLE_CLI), syncArguments());
        EXPECT_TRUE(process.waitForStarted());
        QElapsedTimer waited;
        waited.start();
        bool caught = false;
        while (process.state() == QProcess::Running && waited.elapsed() < 60'000) {
            if (inTheMiddle()) {
                ::kill(pid_t(process.processId()), SIGKILL);
                caught = true;
                break;
            }
            QThread::msleep(2);
        }
        process.waitForFinished(30'000);
        return caught && process.exitStatus() == QProcess::CrashExit;
    }

    std::unique_ptr<storage::Workspace> openWorkspace()
    {
        storage::WorkspaceOptions options;
        options.passphrase = kPassphrase;
        auto opened = storage::Workspace::open(workspace(), options);
        EXPECT_TRUE(opened.ok()) << qPrintable(opened.ok() ? QString() : opened.error().detail);
        return opened ? std::move(opened).value() : nullptr;
    }

    qint64 onServer(const QString &sql) { return must(owner().exec(sql)).int64(0, 0); }

    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }

    QTemporaryDir m_dir;
    QString m_user;
};

} // namespace

TEST_F(SyncCrashTest, AKillDuringThePullLeavesNothingHalfWritten)
{
    // The first pull runs in a server cursor: kill the desktop while it fetches.
    const QString fetching = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = '%1' "
                                            "AND query LIKE 'FETCH%'")
                                 .arg(m_user);
    ASSERT_TRUE(killSyncWhen([&] { return onServer(fetching) > 0; })) << "the pull finished before it could be killed";
    {
        auto killed = openWorkspace();
        ASSERT_NE(killed, nullptr) << "the workspace opens after the crash";
        EXPECT_EQ(killed->database().scalar(QStringLiteral("SELECT count(*) FROM invoices")).value(), 0)
            << "the interrupted pull wrote nothing";
        EXPECT_EQ(killed->database().scalar(QStringLiteral("SELECT count(*) FROM settings WHERE key = 'sync.watermark'")).value(), 0)
            << "nor moved the watermark";
    }
    ASSERT_EQ(syncToEnd(), 0);
    auto workspace = openWorkspace();
    ASSERT_NE(workspace, nullptr);
    EXPECT_EQ(workspace->database().scalar(QStringLiteral("SELECT count(*) FROM invoices")).value(), kInvoices);
    EXPECT_EQ(workspace->database().scalar(QStringLiteral("SELECT count(*) FROM invoice_lines")).value(), kInvoices);
    EXPECT_EQ(workspace->database().scalar(QStringLiteral("SELECT count(*) FROM customers")).value(), 500);
}

TEST_F(SyncCrashTest, AKillDuringThePushLosesNothingAndAppliesNothingTwice)
{
    ASSERT_EQ(syncToEnd(), 0);
    constexpr int kEdits = 2000;
    {
        auto workspace = openWorkspace();
        ASSERT_NE(workspace, nullptr);
        SystemClock clock;
        storage::Transaction transaction(workspace->database());
        ASSERT_TRUE(transaction.begin().ok());
        sync::Outbox outbox(workspace->database(), clock);
        for (int i = 1; i <= kEdits; ++i) {
            auto change = outbox.update(QStringLiteral("invoices"), QStringLiteral("I%1").arg(i),
                { { QStringLiteral("due_date"), QStringLiteral("2027-03-31") } });
            ASSERT_TRUE(change.ok() && !change->isEmpty());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }
    const QString applied = QStringLiteral("SELECT count(*) FROM sync_applied");
    ASSERT_TRUE(killSyncWhen([&] { return onServer(applied) >= 200; })) << "the push finished before it could be killed";
    const qint64 beforeRestart = onServer(applied);
    EXPECT_LT(beforeRestart, kEdits) << "killed in the middle of the push";

    ASSERT_EQ(syncToEnd(), 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM invoices WHERE due_date = '2027-03-31'")), kEdits)
        << "nothing lost";
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM invoices WHERE row_version > 2")), 0)
        << "nothing applied twice";
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'invoices' AND operation = 'UPDATE'")),
        kEdits);
    EXPECT_EQ(onServer(applied), kEdits);
    auto workspace = openWorkspace();
    ASSERT_NE(workspace, nullptr);
    EXPECT_EQ(workspace->database().scalar(QStringLiteral("SELECT count(*) FROM outbox")).value(), 0);
    EXPECT_EQ(workspace->database().scalar(QStringLiteral("SELECT count(*) FROM conflicts")).value(), 0);
}
