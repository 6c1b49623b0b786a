// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"
#include "server/ServerAdmin.h"
#include "server/ServerMigrations.h"

using namespace cc;
using namespace cc::test;
using server::ServerMigrations;
using server::ServerRole;

using ServerSchema = ServerFixture;

TEST_F(ServerSchema, InitCreatesTheSchemaAndRunningItAgainChangesNothing)
{
    ASSERT_EQ(*ServerMigrations::currentVersion(owner()), 0);
    EXPECT_EQ(ServerMigrations::checkCompatible(owner()).error().code, ErrorCode::ServerSchemaUnknown)
        << "a client refuses a server that was never set up";
    ASSERT_TRUE(ServerMigrations::apply(owner()).ok());
    EXPECT_EQ(*ServerMigrations::currentVersion(owner()), ServerMigrations::latestVersion());
    EXPECT_TRUE(ServerMigrations::checkCompatible(owner()).ok());

    ASSERT_TRUE(ServerMigrations::apply(owner()).ok());
    EXPECT_EQ(must(owner().exec(QStringLiteral("SELECT count(*) FROM schema_version"))).int64(0, 0),
        ServerMigrations::latestVersion());
    const auto tables = must(owner().exec(
        QStringLiteral(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND rowsecurity AND tablename = ANY($1)"),
        { QStringLiteral(
            "{customers,contacts,invoices,invoice_lines,payments,allocations,activities,promises,tasks,disputes,dunning_notices,team_settings}") }));
    EXPECT_EQ(tables.int64(0, 0), 12) << "every receivables table has row-level security";
}

TEST_F(ServerSchema, ASchemaNewerThanThisVersionIsRefusedAndLeftAlone)
{
    ASSERT_TRUE(ServerMigrations::apply(owner()).ok());
    must(owner().exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
    const Status check = ServerMigrations::checkCompatible(owner());
    ASSERT_FALSE(check.ok());
    EXPECT_EQ(check.error().code, ErrorCode::ServerSchemaUnknown);
    EXPECT_TRUE(check.error().detail.contains(QStringLiteral("version 99"))) << qPrintable(check.error().detail);
    const Status init = ServerMigrations::apply(owner());
    ASSERT_FALSE(init.ok());
    EXPECT_EQ(init.error().code, ErrorCode::ServerSchemaUnknown);
    EXPECT_EQ(*ServerMigrations::currentVersion(owner()), 99);
}

TEST_F(ServerSchema, AddUserCreatesAScramLoginInItsRole)
{
    ASSERT_TRUE(ServerMigrations::apply(owner()).ok());
    const QString anna = addUser(QStringLiteral("anna"), ServerRole::Collector);
    const auto stored = must(owner().exec(
        QStringLiteral("SELECT rolpassword, pg_has_role(rolname, 'cashcycle_collector', 'MEMBER'), rolcreaterole "
                       "FROM pg_authid WHERE rolname = $1"),
        { anna }));
    ASSERT_EQ(stored.rowCount(), 1);
    EXPECT_TRUE(stored.text(0, 0).startsWith(QStringLiteral("SCRAM-SHA-256$"))) << "never a plain or MD5 password";
    EXPECT_EQ(stored.text(0, 1), QStringLiteral("t"));
    EXPECT_EQ(stored.text(0, 2), QStringLiteral("f"));
    EXPECT_NE(connectAs(anna), nullptr);

    auto wrong = server::PgConnection::open(urlFor(anna, QStringLiteral("not-the-password")));
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::PermissionDenied);

    const Status again = server::ServerAdmin::addUser(owner(), anna, ServerRole::Cfo, kPassword);
    EXPECT_EQ(again.error().code, ErrorCode::Duplicate);
    const Status quoted = server::ServerAdmin::addUser(
        owner(), QStringLiteral("x\"; DROP TABLE invoices; --"), ServerRole::Cfo, kPassword);
    EXPECT_EQ(quoted.error().code, ErrorCode::InvalidInput);
    const Status weak
        = server::ServerAdmin::addUser(owner(), QStringLiteral("weak"), ServerRole::Cfo, QStringLiteral("short"));
    EXPECT_EQ(weak.error().code, ErrorCode::InvalidInput);
}

TEST_F(ServerSchema, AddUserNeedsAnInitialisedServer)
{
    const Status added = server::ServerAdmin::addUser(owner(), QStringLiteral("early"), ServerRole::Cfo, kPassword);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().code, ErrorCode::ServerSchemaUnknown);
    EXPECT_TRUE(added.error().detail.contains(QStringLiteral("server init")));
}
