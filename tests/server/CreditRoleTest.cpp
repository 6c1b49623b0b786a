// SPDX-License-Identifier: GPL-3.0-or-later
// Credit decisions through the real cashcycle-cli against the real server: who may decide
// what is the server's to say, whatever client asks.
#include "TeamFixture.h"
#include "server/AuditTrail.h"
#include "services/CreditDesk.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace cc;
using namespace cc::test;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class CreditRoleTest : public TeamFixture {
protected:
    void SetUp() override
    {
        TeamFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        ASSERT_TRUE(m_dir.isValid());
        QFile key(m_dir.filePath(QStringLiteral("key")));
        ASSERT_TRUE(key.open(QIODevice::WriteOnly));
        key.write("credit role test passphrase\n");
    }

    /// cashcycle-cli as `user`, in that user's own workspace, talking to the server.
    CliRun cli(const QString &user, QStringList arguments)
    {
        arguments << QStringLiteral("--workspace") << m_dir.filePath(user) << QStringLiteral("--key-file")
                  << m_dir.filePath(QStringLiteral("key")) << QStringLiteral("--server") << urlFor(user, kPassword);
        QProcess process;
        process.start(QStringLiteral(CASHCYCLE_CLI), arguments);
        EXPECT_TRUE(process.waitForFinished(60'000));
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CreditRoleTest, ACollectorAsksACreditManagerDecidesAndTheCfoDecidesAboveTheThreshold)
{
    onServer(QStringLiteral(
        "INSERT INTO team_settings (key, value) VALUES ('credit.cfo_thresholds', '{\"EUR\": 2000000}')"));
    for (const QString &user : { m_anna, m_carla, m_fiona })
        ASSERT_EQ(cli(user, { QStringLiteral("sync") }).exitCode, 0);

    const CliRun asked = cli(m_anna,
        { QStringLiteral("credit"), QStringLiteral("request"), QStringLiteral("C1"), QStringLiteral("--limit"),
            QStringLiteral("8000.00"), QStringLiteral("--reason"), QStringLiteral("Bigger orders from January") });
    ASSERT_EQ(asked.exitCode, 0) << asked.err.toStdString();
    const QString id = asked.out.trimmed().section(QLatin1Char('\n'), -1);
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT status || ' ' || requested_by FROM credit_requests WHERE id = $1"), { id }),
        QStringLiteral("requested ") + m_anna);

    // The collector approving fails with the server's reason, through the CLI and in SQL.
    const CliRun annaApproves = cli(m_anna, { QStringLiteral("credit"), QStringLiteral("approve"), id });
    EXPECT_EQ(annaApproves.exitCode, 1);
    EXPECT_TRUE(annaApproves.err.contains(QStringLiteral("only a credit manager decides credit request")))
        << annaApproves.err.toStdString();
    auto inSql = connectAs(m_anna)->exec(
        QStringLiteral("UPDATE credit_requests SET status = 'approved', manager_by = 'anna' WHERE id = $1"), { id });
    ASSERT_FALSE(inSql.ok());
    EXPECT_TRUE(inSql.error().detail.contains(QStringLiteral("only a credit manager decides")))
        << qPrintable(inSql.error().detail);
    EXPECT_EQ(onServer(QStringLiteral("SELECT status FROM credit_requests WHERE id = $1"), { id }),
        QStringLiteral("requested"));

    const CliRun carlaApproves = cli(m_carla, { QStringLiteral("credit"), QStringLiteral("approve"), id });
    ASSERT_EQ(carlaApproves.exitCode, 0) << carlaApproves.err.toStdString();
    EXPECT_TRUE(carlaApproves.out.contains(QStringLiteral("C1 8000.00 EUR approved")));
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT cashcycle_effective_limit('C1', current_date)")), QStringLiteral("800000"));

    // Above 20,000.00 the credit manager's approval waits for the CFO, who alone finishes it.
    const CliRun big = cli(m_anna,
        { QStringLiteral("credit"), QStringLiteral("request"), QStringLiteral("C1"), QStringLiteral("--limit"),
            QStringLiteral("30000.00"), QStringLiteral("--reason"), QStringLiteral("Tender won"),
            QStringLiteral("--expires"), QStringLiteral("2099-12-31") });
    ASSERT_EQ(big.exitCode, 0) << big.err.toStdString();
    const QString bigId = big.out.trimmed().section(QLatin1Char('\n'), -1);
    ASSERT_EQ(cli(m_carla, { QStringLiteral("sync") }).exitCode, 0);
    auto straight = connectAs(m_carla)->exec(
        QStringLiteral("UPDATE credit_requests SET status = 'approved' WHERE id = $1"), { bigId });
    ASSERT_FALSE(straight.ok());
    EXPECT_TRUE(straight.error().detail.contains(QStringLiteral("the CFO approves it too")));
    const CliRun managed = cli(m_carla, { QStringLiteral("credit"), QStringLiteral("approve"), bigId });
    ASSERT_EQ(managed.exitCode, 0) << managed.err.toStdString();
    EXPECT_TRUE(managed.out.contains(QStringLiteral("awaiting_cfo until 2099-12-31")));
    const CliRun carlaAgain = cli(m_carla, { QStringLiteral("credit"), QStringLiteral("approve"), bigId });
    EXPECT_EQ(carlaAgain.exitCode, 1);
    EXPECT_TRUE(carlaAgain.err.contains(QStringLiteral("waits for the CFO"))) << carlaAgain.err.toStdString();
    ASSERT_EQ(cli(m_fiona, { QStringLiteral("sync") }).exitCode, 0);
    const CliRun cfo = cli(m_fiona, { QStringLiteral("credit"), QStringLiteral("approve"), bigId });
    ASSERT_EQ(cfo.exitCode, 0) << cfo.err.toStdString();
    EXPECT_EQ(onServer(QStringLiteral("SELECT status || ' ' || cfo_by FROM credit_requests WHERE id = $1"), { bigId }),
        QStringLiteral("approved ") + m_fiona);
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT cashcycle_effective_limit('C1', current_date)")), QStringLiteral("3000000"));
}

TEST_F(CreditRoleTest, OnlyCreditManagersHoldAndTheServerHoldsOrdersOfACustomerOnHold)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    services::CreditDesk annas(anna->workspace.db(), anna->clock, QStringLiteral("anna"));
    ASSERT_TRUE(annas.hold(QStringLiteral("C1"), QStringLiteral("Rumours")).ok());
    auto refused = anna->sync();
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->pushed.conflicts, 1) << "a collector may not put a customer on hold";

    services::CreditDesk carlas(carla->workspace.db(), carla->clock, QStringLiteral("carla"));
    ASSERT_TRUE(carlas.hold(QStringLiteral("C1"), QStringLiteral("Cheque bounced twice")).ok());
    auto held = carla->sync();
    ASSERT_TRUE(held.ok());
    EXPECT_EQ(held->pushed.conflicts, 0) << qPrintable(carla->conflicts().value(0).message);
    auto released = connectAs(m_anna)->exec(
        QStringLiteral("INSERT INTO sales_orders (id, customer_id, order_date, currency, total_minor, lines, status) "
                       "VALUES ('SO-9', 'C1', '2026-11-23', 'EUR', 100, '[]', 'released')"));
    ASSERT_FALSE(released.ok());
    EXPECT_TRUE(released.error().detail.contains(QStringLiteral("on credit hold (Cheque bounced twice)")))
        << qPrintable(released.error().detail);
}

TEST_F(CreditRoleTest, ACustomersFullHistoryComesFromTheServersAuditLog)
{
    auto carla = desktop(m_carla);
    services::CreditDesk carlas(carla->workspace.db(), carla->clock, QStringLiteral("carla"));
    ASSERT_TRUE(carlas.hold(QStringLiteral("C1"), QStringLiteral("Cheque bounced twice")).ok());
    ASSERT_EQ(carla->sync()->pushed.conflicts, 0);
    must(connectAs(m_carla)->exec(QStringLiteral("UPDATE customers SET credit_limit_minor = 700000 WHERE id = 'C1'")));

    auto trail = server::AuditTrail::forCustomer(*carla->server, QStringLiteral("C1"));
    ASSERT_TRUE(trail.ok()) << qPrintable(trail.error().detail);
    ASSERT_GE(trail->size(), 3) << "the customer and its contact and invoice as seeded, the hold, the limit";
    const server::AuditTrail::Entry &newest = trail->first();
    EXPECT_EQ(newest.table, QStringLiteral("customers"));
    EXPECT_EQ(newest.operation, QStringLiteral("UPDATE"));
    EXPECT_EQ(newest.actor, m_carla);
    EXPECT_EQ(newest.changes, QStringLiteral("credit_limit_minor: 500000 → 700000"));
    bool hold = false;
    for (const server::AuditTrail::Entry &entry : *trail)
        hold = hold
            || (entry.table == QStringLiteral("credit_holds") && entry.actor == m_carla
                && entry.changes.contains(QStringLiteral("reason: Cheque bounced twice")));
    EXPECT_TRUE(hold);

    auto annas = server::AuditTrail::forCustomer(*connectAs(m_anna), QStringLiteral("C1"));
    ASSERT_FALSE(annas.ok()) << "collectors do not read the audit log";
    EXPECT_TRUE(annas.error().detail.contains(QStringLiteral("permission denied")));
}
