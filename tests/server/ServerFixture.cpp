// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

#include "server/ServerAdmin.h"
#include "server/ServerMigrations.h"

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

void ServerFixture::setUpTeam()
{
    ASSERT_TRUE(server::ServerMigrations::apply(owner()).ok());
    m_anna = addUser(QStringLiteral("anna"), server::ServerRole::Collector);
    m_ben = addUser(QStringLiteral("ben"), server::ServerRole::Collector);
    m_carla = addUser(QStringLiteral("carla"), server::ServerRole::CreditManager);
    m_fiona = addUser(QStringLiteral("fiona"), server::ServerRole::Cfo);
    m_adam = addUser(QStringLiteral("adam"), server::ServerRole::Admin);
}

QString ServerFixture::onServer(const QString &sql, const QStringList &parameters)
{
    const server::PgResult result = must(owner().exec(sql, parameters));
    return result.rowCount() ? result.text(0, 0) : QString();
}

void ServerFixture::seedPortfolio(const QString &id, const QString &collector)
{
    must(owner().exec(QStringLiteral("INSERT INTO customers (id, name, currency, credit_limit_minor, terms, "
                                     "collector) VALUES ($1, $2, 'EUR', 500000, 'NET30', $3)"),
        { id, QStringLiteral("Kunde ") + id, collector }));
    must(owner().exec(QStringLiteral("INSERT INTO contacts (id, customer_id, name, email) "
                                     "VALUES (gen_random_uuid(), $1, 'AP', $2)"),
        { id, QStringLiteral("ap@%1.example").arg(id.toLower()) }));
    must(owner().exec(QStringLiteral("INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, "
                                     "currency, total_minor, status) "
                                     "VALUES ($1, $2, 0, '2026-09-01', '2026-10-01', 'EUR', 11900, 'open')"),
        { QStringLiteral("I-") + id, id }));
    must(owner().exec(QStringLiteral("INSERT INTO invoice_lines (invoice_number, line_no, description, "
                                     "quantity_milli, unit_price_minor, tax_bp) VALUES ($1, 1, 'Service', 1000, "
                                     "10000, 1900)"),
        { QStringLiteral("I-") + id }));
    must(owner().exec(QStringLiteral("INSERT INTO payments (id, customer_id, payment_date, currency, amount_minor) "
                                     "VALUES ($1, $2, '2026-10-10', 'EUR', 5000)"),
        { QStringLiteral("P-") + id, id }));
    must(owner().exec(QStringLiteral("INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, "
                                     "alloc_date) VALUES (gen_random_uuid(), $1, $2, 5000, '2026-10-10')"),
        { QStringLiteral("I-") + id, QStringLiteral("P-") + id }));
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
