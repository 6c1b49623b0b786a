// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PullSync.h"
#include "ServerFixture.h"
#include "TestWorkspace.h"
#include "server/ServerMigrations.h"
#include "services/NoJobControl.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QUrl>

using namespace cc;
using namespace cc::test;
using server::PgConnection;
using server::ServerRole;

namespace {

class PullSyncTest : public ServerFixture {
protected:
    void SetUp() override
    {
        ServerFixture::SetUp();
        if (IsSkipped() || HasFailure())
            return;
        setUpTeam();
        if (HasFatalFailure())
            return;
        for (const auto &[id, collector] : { std::pair { "C1", m_anna }, std::pair { "C2", QStringLiteral("ben") } })
            seedPortfolio(QString::fromLatin1(id), collector);
    }

    Result<sync::PullReport> pull(PgConnection &as)
    {
        services::NoJobControl control;
        return sync::PullSync(as, m_workspace.db()).run(control);
    }

    qint64 local(const char *sql) { return m_workspace.db().scalar(QString::fromLatin1(sql)).value(); }

    TestWorkspace m_workspace;
};

} // namespace

TEST_F(PullSyncTest, TheFirstPullBringsExactlyWhatTheUserMaySee)
{
    auto anna = connectAs(m_anna);
    ASSERT_NE(anna, nullptr);
    auto report = pull(*anna);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error().detail);
    EXPECT_EQ(report->customers, 1);
    EXPECT_EQ(report->invoices, 1);
    EXPECT_EQ(report->payments, 1);
    EXPECT_EQ(report->allocations, 1);

    auto customer = storage::CustomerRepository(m_workspace.db()).find(QStringLiteral("C1"));
    ASSERT_TRUE(customer.ok() && customer->has_value());
    EXPECT_EQ((*customer)->collector, m_anna);
    EXPECT_EQ((*customer)->creditLimit, money("5000.00", "EUR"));
    ASSERT_EQ((*customer)->contacts.size(), 1);
    EXPECT_EQ((*customer)->contacts[0].email, QStringLiteral("ap@c1.example"));
    EXPECT_FALSE(storage::CustomerRepository(m_workspace.db()).find(QStringLiteral("C2"))->has_value())
        << "another collector's customer never reaches this workspace";

    auto invoice = storage::InvoiceRepository(m_workspace.db()).summaryByNumber(QStringLiteral("I-C1"));
    ASSERT_TRUE(invoice.ok() && invoice->has_value());
    EXPECT_EQ((*invoice)->open, money("69.00", "EUR"));
    EXPECT_EQ((*invoice)->status, InvoiceStatus::PartiallyPaid) << "settlement is recomputed from allocations";
    auto full = storage::InvoiceRepository(m_workspace.db()).findByNumber(QStringLiteral("I-C1"));
    ASSERT_EQ((*full)->lines.size(), 1);
    EXPECT_EQ((*full)->lines[0].taxBp, 1900);

    auto aging = storage::AgingQuery(m_workspace.db()).run(QDate(2026, 11, 23), {});
    ASSERT_TRUE(aging.ok());
    ASSERT_EQ(aging->rows.size(), 1);
}

TEST_F(PullSyncTest, AFirstPullWritesSettlementByTheRuleTheWorkspaceKeeps)
{
    auto adam = connectAs(m_adam);
    ASSERT_NE(adam, nullptr);
    // Paid in two parts on two days, settled by a credit note, a draft with an allocation,
    // a payment used whole, one used in part, and one not used at all.
    must(adam->exec(QStringLiteral(R"sql(
INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, currency, total_minor, status, corrects_number)
VALUES ('I-2', 'C1', 0, '2026-09-05', '2026-10-05', 'EUR', 30000, 'open', NULL),
       ('I-3', 'C1', 0, '2026-09-06', '2026-10-06', 'EUR', 8000, 'open', NULL),
       ('CN-3', 'C1', 1, '2026-09-20', '2026-09-20', 'EUR', -8000, 'open', 'I-3'),
       ('I-4', 'C2', 0, '2026-09-07', '2026-10-07', 'EUR', 4000, 'draft', NULL))sql")));
    must(adam->exec(QStringLiteral(R"sql(
INSERT INTO payments (id, customer_id, payment_date, currency, amount_minor)
VALUES ('P-2a', 'C1', '2026-10-01', 'EUR', 10000), ('P-2b', 'C1', '2026-10-20', 'EUR', 25000),
       ('P-4', 'C2', '2026-10-02', 'EUR', 4000), ('P-idle', 'C2', '2026-10-03', 'EUR', 700))sql")));
    must(adam->exec(QStringLiteral(R"sql(
INSERT INTO allocations (id, invoice_number, payment_id, credit_note_number, amount_minor, alloc_date)
VALUES (gen_random_uuid(), 'I-2', 'P-2a', NULL, 10000, '2026-10-01'),
       (gen_random_uuid(), 'I-2', 'P-2b', NULL, 20000, '2026-10-21'),
       (gen_random_uuid(), 'I-3', NULL, 'CN-3', 8000, '2026-09-20'),
       (gen_random_uuid(), 'I-4', 'P-4', NULL, 4000, '2026-10-02'))sql")));
    ASSERT_TRUE(pull(*adam).ok());

    const auto settlement = [this] {
        QStringList rows;
        auto query = m_workspace.db().prepare(
            QStringLiteral("SELECT number || ' ' || status || ' ' || ifnull(settled_day, '-') FROM invoices UNION ALL "
                           "SELECT id || ' ' || ifnull(applied_day, '-') FROM payments ORDER BY 1"));
        EXPECT_TRUE(query
                        ->forEachRow([&]() -> Status {
                            rows << query->text(0);
                            return success();
                        })
                        .ok());
        return rows;
    };
    const QStringList pulled = settlement();
    const qint64 oct21 = QDate(2026, 10, 21).toJulianDay();
    EXPECT_TRUE(pulled.contains(QStringLiteral("I-2 paid %1").arg(oct21))) << qPrintable(pulled.join('\n'));
    EXPECT_TRUE(pulled.contains(QStringLiteral("CN-3 paid %1").arg(QDate(2026, 9, 20).toJulianDay())));
    EXPECT_TRUE(pulled.contains(QStringLiteral("I-4 draft %1").arg(QDate(2026, 10, 2).toJulianDay())));
    EXPECT_TRUE(pulled.contains(QStringLiteral("P-2b -"))) << "5.00 of it is still unapplied";
    EXPECT_TRUE(pulled.contains(QStringLiteral("P-idle -")));

    ASSERT_TRUE(storage::InvoiceRepository(m_workspace.db()).refreshSettlement().ok());
    ASSERT_TRUE(storage::PaymentRepository(m_workspace.db()).refreshApplication().ok());
    EXPECT_EQ(settlement(), pulled) << "working settlement out again changes nothing";
}

TEST_F(PullSyncTest, LaterPullsBringChangesOnceAndTheWorkspaceFollows)
{
    auto adam = connectAs(m_adam);
    ASSERT_NE(adam, nullptr);
    ASSERT_TRUE(pull(*adam).ok());
    EXPECT_EQ(local("SELECT count(*) FROM customers"), 2);

    must(adam->exec(QStringLiteral("UPDATE invoices SET total_minor = 20000 WHERE number = 'I-C1'")));
    must(adam->exec(QStringLiteral("UPDATE invoice_lines SET unit_price_minor = 20000, tax_bp = 0 "
                                   "WHERE invoice_number = 'I-C1'")));
    must(adam->exec(QStringLiteral("INSERT INTO payments (id, customer_id, payment_date, currency, amount_minor) "
                                   "VALUES ('P-C1b', 'C1', '2026-11-01', 'EUR', 15000)")));
    must(adam->exec(QStringLiteral("INSERT INTO allocations (id, invoice_number, payment_id, amount_minor, alloc_date) "
                                   "VALUES (gen_random_uuid(), 'I-C1', 'P-C1b', 15000, '2026-11-01')")));
    must(adam->exec(QStringLiteral("UPDATE contacts SET email = 'finance@c2.example' WHERE customer_id = 'C2'")));

    auto second = pull(*adam);
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().detail);
    // The changed rows come; unchanged ones only while another server transaction holds the
    // watermark back (tests run side by side), never duplicated.
    EXPECT_GE(second->invoices, 1);
    EXPECT_GE(second->customers, 1);
    EXPECT_LE(second->invoices, 2);
    EXPECT_EQ(local("SELECT count(*) FROM invoices"), 2);
    EXPECT_EQ(local("SELECT count(*) FROM allocations"), 3) << "nothing duplicated";
    auto invoice = storage::InvoiceRepository(m_workspace.db()).summaryByNumber(QStringLiteral("I-C1"));
    EXPECT_EQ((*invoice)->status, InvoiceStatus::Paid);
    EXPECT_EQ((*invoice)->open, money("0.00", "EUR"));
    EXPECT_EQ((*storage::CustomerRepository(m_workspace.db()).find(QStringLiteral("C2")))->contacts[0].email,
        QStringLiteral("finance@c2.example"));

    // Rows at or after the oldest transaction still running anywhere on the server may come
    // again (other tests run next to this one); written again, they change nothing.
    auto quiet = pull(*adam);
    ASSERT_TRUE(quiet.ok());
    EXPECT_EQ(local("SELECT count(*) FROM invoices"), 2);
    EXPECT_EQ(local("SELECT count(*) FROM allocations"), 3);
    EXPECT_EQ(local("SELECT count(*) FROM contacts"), 2);
}

TEST_F(PullSyncTest, ARoleChangeLeavesTheWorkspaceWithWhatTheNewRoleSees)
{
    const QString cora = addUser(QStringLiteral("cora"), ServerRole::CreditManager);
    must(owner().exec(QStringLiteral("UPDATE customers SET collector = $1 WHERE id = 'C1'"), { cora }));
    {
        auto asCora = connectAs(cora);
        ASSERT_TRUE(pull(*asCora).ok());
    }
    EXPECT_EQ(local("SELECT count(*) FROM customers"), 2);

    const auto moveTo = [&](const char *from, const char *to) {
        ASSERT_TRUE(owner()
                        .execute(QStringLiteral("REVOKE %1 FROM %3; GRANT %2 TO %3")
                                     .arg(QLatin1String(from), QLatin1String(to), owner().quoteIdentifier(cora)))
                        .ok());
    };
    moveTo("cashcycle_credit_manager", "cashcycle_collector");
    {
        auto asCora = connectAs(cora);
        auto report = pull(*asCora);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error().detail);
        EXPECT_EQ(report->removed, 1);
    }
    EXPECT_EQ(local("SELECT count(*) FROM customers"), 1);
    EXPECT_EQ(local("SELECT count(*) FROM customers WHERE id = 'C1'"), 1) << "her own portfolio stays";
    EXPECT_EQ(local("SELECT count(*) FROM invoices WHERE customer_id = 'C2'"), 0);
    EXPECT_EQ(local("SELECT count(*) FROM payments WHERE customer_id = 'C2'"), 0);
    EXPECT_EQ(local("SELECT count(*) FROM allocations"), 1);

    moveTo("cashcycle_collector", "cashcycle_cfo");
    {
        auto asCora = connectAs(cora);
        ASSERT_TRUE(pull(*asCora).ok());
    }
    EXPECT_EQ(local("SELECT count(*) FROM customers"), 2) << "a wider view brings the rest back";
    EXPECT_EQ(local("SELECT count(*) FROM allocations"), 2);
}

TEST_F(PullSyncTest, ARowCommittedAfterALaterNumberedOneIsNeverMissed)
{
    auto adam = connectAs(m_adam);
    auto early = connectAs(m_adam); // starts first, commits last
    auto late = connectAs(m_adam);
    ASSERT_TRUE(adam && early && late);
    ASSERT_TRUE(pull(*adam).ok());

    const QString insert = QStringLiteral("INSERT INTO invoices (number, customer_id, kind, invoice_date, due_date, "
                                          "currency, total_minor, status) "
                                          "VALUES ($1, 'C1', 0, '2026-11-01', '2026-12-01', 'EUR', 100, 'open')");
    ASSERT_TRUE(early->execute(QStringLiteral("BEGIN")).ok());
    must(early->exec(insert, { QStringLiteral("I-early") })); // gets the lower transaction id
    must(late->exec(insert, { QStringLiteral("I-late") })); // higher id, committed at once

    ASSERT_TRUE(pull(*adam).ok());
    EXPECT_EQ(local("SELECT count(*) FROM invoices WHERE number = 'I-late'"), 1);
    EXPECT_EQ(local("SELECT count(*) FROM invoices WHERE number = 'I-early'"), 0) << "not committed yet";

    ASSERT_TRUE(early->execute(QStringLiteral("COMMIT")).ok());
    auto after = pull(*adam);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(local("SELECT count(*) FROM invoices WHERE number = 'I-early'"), 1)
        << "a watermark of 'highest id seen' would have skipped it";
}

TEST_F(PullSyncTest, AClientRefusesAServerItDoesNotKnow)
{
    must(owner().exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (99)")));
    auto adam = connectAs(m_adam);
    auto refused = pull(*adam);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::ServerSchemaUnknown);
    EXPECT_EQ(local("SELECT count(*) FROM customers"), 0);
}
