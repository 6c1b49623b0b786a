// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "server/ServerAdmin.h"

#include <QRandomGenerator>
#include <QUrl>

namespace cc::test {

const QString ServerFixture::kPassword = QStringLiteral("test-password-123");

void ServerFixture::SetUp()
{
    m_baseUrl = qEnvironmentVariable("CASHCYCLE_TEST_PG_URL");
    if (m_baseUrl.isEmpty())
        GTEST_SKIP() << "no test server: run the tests through scripts/test.sh (scripts/with-postgres.sh)";
    m_suffix = QString::number(QRandomGenerator::global()->bounded(100'000'000u));
    m_database = QStringLiteral("cashcycle_test_") + m_suffix;
    auto admin = server::PgConnection::open(m_baseUrl);
    ASSERT_TRUE(admin.ok()) << qPrintable(admin.error().detail);
    m_admin = std::move(admin).value();
    ASSERT_TRUE(m_admin->execute(QStringLiteral("CREATE DATABASE ") + m_admin->quoteIdentifier(m_database)).ok());
    QUrl url(m_baseUrl);
    url.setPath(QLatin1Char('/') + m_database);
    auto owner = server::PgConnection::open(url.toString());
    ASSERT_TRUE(owner.ok()) << qPrintable(owner.error().detail);
    m_owner = std::move(owner).value();
}

void ServerFixture::TearDown()
{
    if (!m_admin)
        return;
    m_owner.reset();
    (void)m_admin->execute(
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_admin->quoteIdentifier(m_database)));
    for (const QString &user : std::as_const(m_users))
        (void)m_admin->execute(QStringLiteral("DROP ROLE IF EXISTS ") + m_admin->quoteIdentifier(user));
}

QString ServerFixture::addUser(const QString &base, server::ServerRole role)
{
    const QString name = base + QLatin1Char('_') + m_suffix;
    const Status added = server::ServerAdmin::addUser(*m_owner, name, role, kPassword);
    EXPECT_TRUE(added.ok()) << qPrintable(added.ok() ? QString() : added.error().detail);
    m_users << name;
    return name;
}

QString ServerFixture::urlFor(const QString &user, const QString &password) const
{
    QUrl url(m_baseUrl);
    url.setPath(QLatin1Char('/') + m_database);
    url.setUserName(user);
    url.setPassword(password);
    return url.toString();
}

std::unique_ptr<server::PgConnection> ServerFixture::connectAs(const QString &user, const QString &password)
{
    auto conn = server::PgConnection::open(urlFor(user, password));
    EXPECT_TRUE(conn.ok()) << qPrintable(conn.ok() ? QString() : conn.error().detail);
    return conn ? std::move(conn).value() : nullptr;
}

server::PgResult must(Result<server::PgResult> result)
{
    if (!result) {
        ADD_FAILURE() << qPrintable(result.error().detail);
        return server::PgResult(nullptr); // no rows
    }
    return std::move(result).value();
}

} // namespace cc::test
