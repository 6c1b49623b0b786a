// SPDX-License-Identifier: GPL-3.0-or-later
// Row-level security and grants, tried as each role with plain SQL, as someone with psql would.
#include "ServerFixture.h"
#include "server/ServerAdmin.h"
#include "server/ServerMigrations.h"

#include <QUrl>

using namespace cc;
using namespace cc::test;
using server::PgConnection;
using server::ServerRole;

namespace {

class ServerSecurity : public ServerFixture {
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        setUpTeam();
        if (HasFatalFailure())
            return;
        // Two portfolios, seeded by the schema owner.
        for (const auto &[customer, collector] : { std::pair { "C1", m_anna }, std::pair { "C2", m_ben } }) {
            const QString id = QString::fromLatin1(customer);
            must(owner().exec(QStringLiteral("INSERT INTO customers (id, name, currency, terms, collector) "
                                             "VALUES ($1, $2, 'EUR', 'NET30', $3)"),
                { id, QStringLiteral("Customer ") + id, collector }));
            must(owner().exec(QStringLiteral("INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, "
                                             "currency, total_minor, status) "
                                             "VALUES ($1, $2, 0, '2026-10-01', '2026-10-31', 'EUR', 10000, 'open')"),
                { QStringLiteral("I-") + id, id }));
            must(owner().exec(QStringLiteral("INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, "
                                             "currency, total_minor, status) "
                                             "VALUES ($1, $2, 1, '2026-10-05', '2026-10-05', 'EUR', -1000, 'open')"),
                { QStringLiteral("CN-") + id, id }));
            must(owner().exec(QStringLiteral("INSERT INTO invoice_lines (invoice_number, line_no, quantity_milli, "
                                             "unit_price_minor) VALUES ($1, 1, 1000, 10000)"),
                { QStringLiteral("I-") + id }));
            must(owner().exec(
                QStringLiteral("INSERT INTO payments (id, customer_id, payment_date, currency, amount_minor) "
                               "VALUES ($1, $2, '2026-10-20', 'EUR', 4000)"),
                { QStringLiteral("P-") + id, id }));
            must(owner().exec(QStringLiteral("INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, "
                                             "alloc_date) VALUES (gen_random_uuid(), $1, $2, 4000, '2026-10-20')"),
                { QStringLiteral("I-") + id, QStringLiteral("P-") + id }));
        }
    }

    QStringList column(PgConnection &conn, const QString &sql)
    {
        const server::PgResult rows = must(conn.exec(sql));
        QStringList values;
        for (int row = 0; row < rows.rowCount(); ++row)
            values << rows.text(row, 0);
        values.sort();
        return values;
    }

    // The statement must fail for lack of permission (a grant or a row policy), changing nothing.
    void expectDenied(PgConnection &conn, const QString &sql, const QStringList &parameters = {})
    {
        auto result = conn.exec(sql, parameters);
        ASSERT_FALSE(result.ok()) << "allowed for " << qPrintable(conn.userName()) << ": " << qPrintable(sql);
        EXPECT_EQ(result.error().code, ErrorCode::PermissionDenied) << qPrintable(result.error().detail);
    }

    qint64 affected(PgConnection &conn, const QString &sql, const QStringList &parameters = {})
    {
        return must(conn.exec(sql, parameters)).affectedRows();
    }
};

} // namespace

TEST_F(ServerSecurity, ACollectorSeesOnlyTheirPortfolio)
{
    auto anna = connectAs(m_anna);
    ASSERT_NE(anna, nullptr);
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT id FROM customers")), QStringList { "C1" });
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT number FROM invoices")), (QStringList { "CN-C1", "I-C1" }));
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT invoice_number FROM invoice_lines")), QStringList { "I-C1" });
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT id FROM payments")), QStringList { "P-C1" });
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT invoice_number FROM allocations")), QStringList { "I-C1" });
    expectDenied(*anna, QStringLiteral("SELECT * FROM audit_log"));
}

TEST_F(ServerSecurity, ACollectorChangesOnlyTheirPortfolioAndNeverCreditLimits)
{
    auto anna = connectAs(m_anna);
    ASSERT_NE(anna, nullptr);
    EXPECT_EQ(affected(*anna, QStringLiteral("UPDATE invoices SET status = 'cancelled' WHERE number = 'I-C2'")), 0)
        << "another collector's invoice is invisible, so nothing is updated";
    EXPECT_EQ(affected(*anna, QStringLiteral("UPDATE invoices SET status = 'cancelled' WHERE number = 'I-C1'")), 1);
    EXPECT_EQ(affected(*anna, QStringLiteral("DELETE FROM payments WHERE id = 'P-C2'")), 0);
    EXPECT_EQ(affected(*anna, QStringLiteral("UPDATE customers SET name = 'Renamed' WHERE id = 'C2'")), 0);
    EXPECT_EQ(affected(*anna, QStringLiteral("UPDATE customers SET name = 'Renamed' WHERE id = 'C1'")), 1);

    expectDenied(*anna,
        QStringLiteral("INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, "
                       "total_minor, status) VALUES ('I-X', 'C2', 0, '2026-11-01', '2026-12-01', 'EUR', 1, 'open')"));
    expectDenied(*anna, QStringLiteral("UPDATE customers SET credit_limit_minor = 999999 WHERE id = 'C1'"));
    expectDenied(*anna, QStringLiteral("UPDATE customers SET on_hold = true WHERE id = 'C1'"));
    expectDenied(*anna, QStringLiteral("UPDATE customers SET collector = $1 WHERE id = 'C1'"), { m_ben });
    expectDenied(*anna, QStringLiteral("DELETE FROM customers WHERE id = 'C1'"));
    // Writing in someone else's name: the server records who really wrote it.
    EXPECT_EQ(affected(*anna,
                  QStringLiteral("INSERT INTO activities (id, customer_id, kind, occurred_at, author) "
                                 "VALUES (gen_random_uuid(), 'C1', 'call', now(), $1)"),
                  { m_ben }),
        1);
    EXPECT_EQ(column(owner(), QStringLiteral("SELECT author FROM activities")), QStringList { m_anna });
    // Another portfolio's cash or credit cannot be applied to one's own invoice.
    expectDenied(*anna,
        QStringLiteral("INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, "
                       "alloc_date) VALUES (gen_random_uuid(), 'I-C1', 'P-C2', 1, '2026-11-01')"));
    expectDenied(*anna,
        QStringLiteral("INSERT INTO allocations (id, invoice_number, credit_note_number, "
                       "amount_minor, alloc_date) VALUES (gen_random_uuid(), 'I-C1', 'CN-C2', 1, "
                       "'2026-11-01')"));
    EXPECT_EQ(
        affected(*anna,
            QStringLiteral("INSERT INTO promises (id, customer_id, made_date, promised_date, currency, "
                           "amount_minor) VALUES (gen_random_uuid(), 'C1', '2026-11-20', '2026-11-27', 'EUR', 5000)")),
        1);
    expectDenied(*anna,
        QStringLiteral("INSERT INTO promises (id, customer_id, made_date, promised_date, currency, amount_minor) "
                       "VALUES (gen_random_uuid(), 'C2', '2026-11-20', '2026-11-27', 'EUR', 5000)"));
    expectDenied(*anna,
        QStringLiteral("INSERT INTO tasks (id, customer_id, title, due_date) "
                       "VALUES (gen_random_uuid(), 'C2', 'call back', '2026-11-27')"));
    // A dispute of one's own customer may not name (and so probe) another portfolio's invoice.
    expectDenied(*anna,
        QStringLiteral("INSERT INTO disputes (id, invoice_number, customer_id, amount_minor, reason, opened_date) "
                       "VALUES (gen_random_uuid(), 'I-C2', 'C1', 100, 'pricing', '2026-11-20')"));
    EXPECT_EQ(
        affected(*anna,
            QStringLiteral("INSERT INTO disputes (id, invoice_number, customer_id, amount_minor, reason, "
                           "opened_date) VALUES (gen_random_uuid(), 'I-C1', 'C1', 100, 'pricing', '2026-11-20')")),
        1);
    EXPECT_EQ(
        column(owner(), QStringLiteral("SELECT name FROM customers WHERE id = 'C2'")), QStringList { "Customer C2" });
}

TEST_F(ServerSecurity, ACreditManagerReadsEveryCustomerAndAloneDecidesLimits)
{
    auto carla = connectAs(m_carla);
    ASSERT_NE(carla, nullptr);
    EXPECT_EQ(column(*carla, QStringLiteral("SELECT id FROM customers")), (QStringList { "C1", "C2" }));
    EXPECT_EQ(affected(*carla,
                  QStringLiteral("UPDATE customers SET credit_limit_minor = 500000, on_hold = true "
                                 "WHERE id = 'C2'")),
        1);
    EXPECT_EQ(affected(*carla,
                  QStringLiteral("INSERT INTO activities (id, customer_id, kind, occurred_at, note) "
                                 "VALUES (gen_random_uuid(), 'C2', 'note', now(), 'limit raised')")),
        1);
    expectDenied(*carla, QStringLiteral("UPDATE invoices SET status = 'paid' WHERE number = 'I-C2'"));
    expectDenied(*carla, QStringLiteral("UPDATE customers SET name = 'x' WHERE id = 'C2'"));
    // Since schema v15 a customer's full history (the audit log) is the credit manager's to read.
    EXPECT_FALSE(column(*carla, QStringLiteral("SELECT table_name FROM audit_log")).isEmpty());
}

TEST_F(ServerSecurity, TheCfoReadsEverythingAndWritesNothing)
{
    auto fiona = connectAs(m_fiona);
    ASSERT_NE(fiona, nullptr);
    EXPECT_EQ(column(*fiona, QStringLiteral("SELECT id FROM customers")), (QStringList { "C1", "C2" }));
    EXPECT_EQ(column(*fiona, QStringLiteral("SELECT number FROM invoices")),
        (QStringList { "CN-C1", "CN-C2", "I-C1", "I-C2" }));
    EXPECT_FALSE(column(*fiona, QStringLiteral("SELECT table_name FROM audit_log")).isEmpty());
    expectDenied(*fiona, QStringLiteral("UPDATE customers SET name = 'x' WHERE id = 'C1'"));
    expectDenied(*fiona, QStringLiteral("UPDATE customers SET credit_limit_minor = 1 WHERE id = 'C1'"));
    expectDenied(*fiona, QStringLiteral("UPDATE invoices SET status = 'paid'"));
    expectDenied(*fiona, QStringLiteral("DELETE FROM payments"));
    expectDenied(*fiona,
        QStringLiteral("INSERT INTO activities (id, customer_id, kind) VALUES (gen_random_uuid(), 'C1', 'note')"));
    expectDenied(*fiona,
        QStringLiteral("INSERT INTO promises (id, customer_id, made_date, promised_date, currency, amount_minor) "
                       "VALUES (gen_random_uuid(), 'C1', '2026-11-20', '2026-11-27', 'EUR', 5000)"));
    expectDenied(*fiona,
        QStringLiteral("INSERT INTO tasks (id, customer_id, title, due_date) "
                       "VALUES (gen_random_uuid(), 'C1', 'call back', '2026-11-27')"));
}

TEST_F(ServerSecurity, AnAdminDoesAll)
{
    auto adam = connectAs(m_adam);
    ASSERT_NE(adam, nullptr);
    EXPECT_EQ(affected(*adam,
                  QStringLiteral("INSERT INTO customers (id, name, currency, terms, collector) "
                                 "VALUES ('C3', 'Third', 'USD', 'NET30', $1)"),
                  { m_anna }),
        1);
    EXPECT_EQ(affected(*adam,
                  QStringLiteral("UPDATE customers SET credit_limit_minor = 1000, collector = $1 "
                                 "WHERE id = 'C2'"),
                  { m_anna }),
        1);
    EXPECT_EQ(affected(*adam, QStringLiteral("DELETE FROM allocations WHERE invoice_number = 'I-C1'")), 1);
    auto anna = connectAs(m_anna);
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT id FROM customers")), (QStringList { "C1", "C2", "C3" }))
        << "reassigned customers move into the collector's view at once";
}

TEST_F(ServerSecurity, TheAuditLogRecordsWhoChangedWhatAndNoRoleCanRewriteIt)
{
    auto anna = connectAs(m_anna);
    ASSERT_NE(anna, nullptr);
    ASSERT_EQ(affected(*anna, QStringLiteral("UPDATE invoices SET status = 'cancelled' WHERE number = 'I-C1'")), 1);
    const auto entry = must(owner().exec(
        QStringLiteral("SELECT actor, operation, before ->> 'status', after ->> 'status', after ->> 'row_version' "
                       "FROM audit_log WHERE table_name = 'invoices' AND row_key = 'I-C1' ORDER BY id DESC LIMIT 1")));
    ASSERT_EQ(entry.rowCount(), 1);
    EXPECT_EQ(entry.text(0, 0), m_anna);
    EXPECT_EQ(entry.text(0, 1), QStringLiteral("UPDATE"));
    EXPECT_EQ(entry.text(0, 2), QStringLiteral("open"));
    EXPECT_EQ(entry.text(0, 3), QStringLiteral("cancelled"));
    EXPECT_EQ(entry.text(0, 4), QStringLiteral("2")) << "each change bumps the row version";
    const auto lineKey = must(owner().exec(
        QStringLiteral("SELECT row_key FROM audit_log WHERE table_name = 'invoice_lines' ORDER BY id LIMIT 1")));
    EXPECT_EQ(lineKey.text(0, 0), QStringLiteral("I-C1/1")) << "composite keys are recorded whole";

    const qint64 before = must(owner().exec(QStringLiteral("SELECT count(*) FROM audit_log"))).int64(0, 0);
    for (const QString &user : { m_anna, m_carla, m_fiona, m_adam }) {
        auto conn = connectAs(user);
        ASSERT_NE(conn, nullptr);
        expectDenied(*conn, QStringLiteral("UPDATE audit_log SET actor = 'nobody'"));
        expectDenied(*conn, QStringLiteral("DELETE FROM audit_log"));
        expectDenied(*conn, QStringLiteral("TRUNCATE audit_log"));
        expectDenied(*conn,
            QStringLiteral("INSERT INTO audit_log (actor, table_name, row_key, operation) "
                           "VALUES ('x', 'x', 'x', 'x')"));
    }
    expectDenied(owner(), QStringLiteral("UPDATE audit_log SET actor = 'nobody'"));
    expectDenied(owner(), QStringLiteral("DELETE FROM audit_log"));
    EXPECT_EQ(must(owner().exec(QStringLiteral("SELECT count(*) FROM audit_log"))).int64(0, 0), before);
}

TEST_F(ServerSecurity, NoRoleCanShadowOrFeedTheAuditLog)
{
    for (const QString &user : { m_anna, m_carla, m_fiona, m_adam }) {
        auto conn = connectAs(user);
        ASSERT_NE(conn, nullptr);
        // A temporary audit_log would swallow the trigger's entries; no temporary tables at all.
        expectDenied(*conn, QStringLiteral("CREATE TEMP TABLE audit_log (actor text)"));
        // Nor objects in public that could shadow a function the policies or triggers call.
        expectDenied(*conn,
            QStringLiteral("CREATE FUNCTION public.pg_has_role(name, text, text) RETURNS boolean "
                           "LANGUAGE sql AS 'SELECT true'"));
        const auto executable
            = must(conn->exec(QStringLiteral("SELECT has_function_privilege('public.cashcycle_audit()', 'EXECUTE'), "
                                             "has_function_privilege('public.cashcycle_stamp()', 'EXECUTE')")));
        EXPECT_EQ(executable.text(0, 0), QStringLiteral("f")) << qPrintable(user);
        EXPECT_EQ(executable.text(0, 1), QStringLiteral("f")) << qPrintable(user);
    }
    auto anna = connectAs(m_anna);
    ASSERT_EQ(affected(*anna, QStringLiteral("UPDATE invoices SET total_minor = 1 WHERE number = 'I-C1'")), 1);
    EXPECT_EQ(must(owner().exec(QStringLiteral("SELECT actor FROM audit_log WHERE row_key = 'I-C1' "
                                               "AND operation = 'UPDATE'")))
                  .text(0, 0),
        m_anna);
}

TEST_F(ServerSecurity, AnAdminAddsUsersButCannotGrantThemselvesMore)
{
    auto adam = connectAs(m_adam);
    ASSERT_NE(adam, nullptr);
    const QString dora = QStringLiteral("dora_") + m_anna.section(QLatin1Char('_'), 1);
    ASSERT_TRUE(server::ServerAdmin::addUser(*adam, dora, ServerRole::Collector, kPassword).ok());
    auto doraConn = connectAs(dora);
    EXPECT_NE(doraConn, nullptr) << "a user added by an admin can sign in";
    (void)owner().execute(QStringLiteral("DROP ROLE IF EXISTS ") + owner().quoteIdentifier(dora));

    expectDenied(*adam, QStringLiteral("GRANT pg_write_all_data TO ") + adam->quoteIdentifier(m_adam));
    expectDenied(*adam, QStringLiteral("GRANT pg_execute_server_program TO ") + adam->quoteIdentifier(m_adam));
    expectDenied(
        *adam, QStringLiteral("ALTER ROLE %1 PASSWORD 'taken-over-password'").arg(adam->quoteIdentifier(m_fiona)));
    expectDenied(*adam, QStringLiteral("CREATE ROLE intruder LOGIN SUPERUSER"));
}

TEST_F(ServerSecurity, UsersOfOneCashCycleDatabaseCannotEnterAnother)
{
    const QString other = QStringLiteral("cashcycle_other_") + m_anna.section(QLatin1Char('_'), 1);
    ASSERT_TRUE(owner().execute(QStringLiteral("CREATE DATABASE ") + owner().quoteIdentifier(other)).ok());
    QUrl url(urlFor(m_anna, kPassword));
    url.setPath(QLatin1Char('/') + other);
    auto otherOwnerUrl = QUrl(qEnvironmentVariable("CASHCYCLE_TEST_PG_URL"));
    otherOwnerUrl.setPath(QLatin1Char('/') + other);
    {
        auto otherOwner = PgConnection::open(otherOwnerUrl.toString());
        ASSERT_TRUE(otherOwner.ok());
        ASSERT_TRUE(server::ServerMigrations::apply(**otherOwner).ok());
    }
    auto intruder = PgConnection::open(url.toString());
    ASSERT_FALSE(intruder.ok());
    EXPECT_EQ(intruder.error().code, ErrorCode::PermissionDenied) << qPrintable(intruder.error().detail);
    (void)owner().execute(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(owner().quoteIdentifier(other)));
}

TEST_F(ServerSecurity, ACollectorCannotLinkTheirRowsToAnotherPortfolio)
{
    auto anna = connectAs(m_anna);
    ASSERT_NE(anna, nullptr);
    expectDenied(*anna, QStringLiteral("UPDATE customers SET parent_id = 'C2' WHERE id = 'C1'"));
    expectDenied(*anna, QStringLiteral("UPDATE invoices SET corrects_number = 'I-C2' WHERE number = 'CN-C1'"));
    EXPECT_EQ(affected(*anna, QStringLiteral("UPDATE invoices SET corrects_number = 'I-C1' WHERE number = 'CN-C1'")), 1)
        << "a credit note may correct an invoice of its own customer";
}

TEST_F(ServerSecurity, OnlyTheAuthorChangesAnActivity)
{
    auto carla = connectAs(m_carla);
    ASSERT_EQ(affected(*carla,
                  QStringLiteral("INSERT INTO activities (id, customer_id, kind, note) "
                                 "VALUES (gen_random_uuid(), 'C1', 'note', 'limit checked')")),
        1);
    auto anna = connectAs(m_anna);
    EXPECT_EQ(column(*anna, QStringLiteral("SELECT note FROM activities")), QStringList { "limit checked" })
        << "the collector sees what happened on their customer";
    EXPECT_EQ(affected(*anna, QStringLiteral("UPDATE activities SET note = 'mine now', author = current_user")), 0);
    EXPECT_EQ(affected(*anna, QStringLiteral("DELETE FROM activities")), 0);
    EXPECT_EQ(column(owner(), QStringLiteral("SELECT note FROM activities")), QStringList { "limit checked" });
}
