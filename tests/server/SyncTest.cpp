// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedClock.h"
#include "TeamFixture.h"
#include "TestWorkspace.h"
#include "server/ServerMigrations.h"
#include "services/CollectionsLog.h"
#include "services/NoJobControl.h"
#include "services/Worklist.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"
#include "sync/SyncRound.h"

using namespace cc;
using namespace cc::test;
using server::PgConnection;
using server::ServerRole;
using sync::ConflictKind;
using sync::FieldValues;

using SyncTest = TeamFixture;

TEST_F(SyncTest, EditsOfDifferentFieldsOfOneInvoiceMerge)
{
    auto one = desktop(m_anna);
    auto two = desktop(m_anna);
    one->edit(QStringLiteral("invoices"), QStringLiteral("I-C1"),
        { { QStringLiteral("due_date"), QStringLiteral("2026-12-15") } });
    two->edit(QStringLiteral("invoices"), QStringLiteral("I-C1"),
        { { QStringLiteral("invoice_date"), QStringLiteral("2026-09-02") } });

    auto first = one->sync();
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().detail);
    EXPECT_EQ(first->pushed.applied, 1);
    auto second = two->sync();
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().detail);
    EXPECT_EQ(second->pushed.applied, 1) << "a different field merges although the row moved on";
    EXPECT_EQ(second->conflicts, 0);
    ASSERT_TRUE(one->sync().ok());

    EXPECT_EQ(onServer(QStringLiteral("SELECT due_date || ' ' || invoice_date FROM invoices WHERE number = 'I-C1'")),
        QStringLiteral("2026-12-15 2026-09-02"));
    for (TestDesktop *d : { one.get(), two.get() }) {
        EXPECT_EQ(d->field(QStringLiteral("invoices"), QStringLiteral("I-C1"), QStringLiteral("due_date")),
            QStringLiteral("2026-12-15"));
        EXPECT_EQ(d->field(QStringLiteral("invoices"), QStringLiteral("I-C1"), QStringLiteral("invoice_date")),
            QStringLiteral("2026-09-02"));
    }
    EXPECT_EQ(onServer(QStringLiteral("SELECT row_version FROM invoices WHERE number = 'I-C1'")), QStringLiteral("3"));
}

TEST_F(SyncTest, EditsOfTheSameFieldBecomeAConflictThatTheUserResolves)
{
    auto one = desktop(m_anna);
    auto two = desktop(m_anna);
    const QString invoice = QStringLiteral("I-C1");
    const QString due = QStringLiteral("due_date");
    one->edit(QStringLiteral("invoices"), invoice, { { due, QStringLiteral("2026-12-15") } });
    two->edit(QStringLiteral("invoices"), invoice,
        { { due, QStringLiteral("2027-01-31") }, { QStringLiteral("invoice_date"), QStringLiteral("2026-09-02") } });
    ASSERT_TRUE(one->sync().ok());
    auto second = two->sync();
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().detail);
    EXPECT_EQ(second->pushed.conflicts, 1);

    // Nothing silently overwritten: the server keeps the first value, the invoice date (no overlap)
    // went through, and the second desktop shows the server's date with its own kept aside.
    EXPECT_EQ(onServer(QStringLiteral("SELECT due_date || ' ' || invoice_date FROM invoices WHERE number = 'I-C1'")),
        QStringLiteral("2026-12-15 2026-09-02"));
    EXPECT_EQ(two->field(QStringLiteral("invoices"), invoice, due), QStringLiteral("2026-12-15"));
    const auto conflicts = two->conflicts();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::Overlap);
    EXPECT_EQ(conflicts[0].base, (FieldValues { { due, QStringLiteral("2026-10-01") } }));
    EXPECT_EQ(conflicts[0].mine, (FieldValues { { due, QStringLiteral("2027-01-31") } }));
    EXPECT_EQ(conflicts[0].theirs, (FieldValues { { due, QStringLiteral("2026-12-15") } }));

    // The user keeps their own date; it reaches the server and the other desktop.
    {
        storage::Transaction transaction(two->workspace.db());
        ASSERT_TRUE(transaction.begin().ok());
        auto resolved
            = sync::ConflictStore(two->workspace.db(), two->clock).resolve(conflicts[0].id, conflicts[0].mine);
        ASSERT_TRUE(resolved.ok()) << qPrintable(resolved.error().detail);
        ASSERT_TRUE(transaction.commit().ok());
    }
    auto third = two->sync();
    ASSERT_TRUE(third.ok());
    EXPECT_EQ(third->pushed.applied, 1);
    EXPECT_EQ(third->conflicts, 0);
    ASSERT_TRUE(one->sync().ok());
    EXPECT_EQ(one->field(QStringLiteral("invoices"), invoice, due), QStringLiteral("2027-01-31"));
}

TEST_F(SyncTest, APushWhoseAnswerWasLostAppliesOnce)
{
    auto one = desktop(m_anna);
    one->edit(QStringLiteral("invoices"), QStringLiteral("I-C1"),
        { { QStringLiteral("due_date"), QStringLiteral("2026-12-15") } });
    {
        storage::Transaction transaction(one->workspace.db());
        ASSERT_TRUE(transaction.begin().ok());
        ASSERT_TRUE(sync::Outbox(one->workspace.db(), one->clock)
                        .insert(QStringLiteral("payments"), QStringLiteral("P-new"),
                            { { QStringLiteral("customer_id"), QStringLiteral("C1") },
                                { QStringLiteral("payment_date"), QStringLiteral("2026-11-20") },
                                { QStringLiteral("currency"), QStringLiteral("EUR") },
                                { QStringLiteral("amount_minor"), QStringLiteral("6900") },
                                { QStringLiteral("method"), QStringLiteral("transfer") },
                                { QStringLiteral("reference"), QStringLiteral("RF18 C1") } })
                        .ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    // Keep the queue as it was before the push: as if the acknowledgement never arrived.
    ASSERT_TRUE(one->workspace.db().execute(QStringLiteral("CREATE TABLE lost AS SELECT * FROM outbox")).ok());
    auto first = one->sync();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->pushed.applied, 2);
    ASSERT_TRUE(one->workspace.db().execute(QStringLiteral("INSERT INTO outbox SELECT * FROM lost")).ok());

    auto retry = one->sync();
    ASSERT_TRUE(retry.ok()) << qPrintable(retry.error().detail);
    EXPECT_EQ(retry->pushed.applied, 2) << "answered from the server's record";
    EXPECT_EQ(retry->conflicts, 0) << "the insert is not tried again, so no duplicate-key conflict";
    EXPECT_EQ(onServer(QStringLiteral("SELECT row_version FROM invoices WHERE number = 'I-C1'")), QStringLiteral("2"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM payments WHERE id = 'P-new'")), QStringLiteral("1"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name IN ('invoices', 'payments') "
                                      "AND operation <> 'INSERT' OR row_key = 'P-new'")),
        QStringLiteral("2"))
        << "one audit entry per change";
    EXPECT_EQ(one->count("SELECT count(*) FROM outbox"), 0);
}

TEST_F(SyncTest, AChangeTheServerRefusesIsUndoneLocallyAndShown)
{
    auto anna = desktop(m_anna);
    // Credit limits are the credit manager's; a collector's desktop may try, the server says no.
    anna->edit(QStringLiteral("customers"), QStringLiteral("C1"),
        { { QStringLiteral("credit_limit_minor"), QStringLiteral("9900000") } });
    auto round = anna->sync();
    ASSERT_TRUE(round.ok()) << qPrintable(round.error().detail);
    EXPECT_EQ(round->pushed.conflicts, 1);
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT credit_limit_minor FROM customers WHERE id = 'C1'")), QStringLiteral("500000"));
    EXPECT_EQ(anna->field(QStringLiteral("customers"), QStringLiteral("C1"), QStringLiteral("credit_limit_minor")),
        QStringLiteral("500000"))
        << "the workspace shows what the server holds again";
    const auto conflicts = anna->conflicts();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts[0].kind, ConflictKind::Refused);
    EXPECT_TRUE(conflicts[0].message.contains(QLatin1String("permission denied"))) << qPrintable(conflicts[0].message);
    EXPECT_EQ(conflicts[0].mine.value(QStringLiteral("credit_limit_minor")), QStringLiteral("9900000"));

    auto carla = desktop(m_carla);
    carla->edit(QStringLiteral("customers"), QStringLiteral("C1"),
        { { QStringLiteral("credit_limit_minor"), QStringLiteral("9900000") } });
    auto allowed = carla->sync();
    ASSERT_TRUE(allowed.ok());
    EXPECT_EQ(allowed->pushed.applied, 1);
    EXPECT_EQ(onServer(QStringLiteral("SELECT credit_limit_minor FROM customers WHERE id = 'C1'")),
        QStringLiteral("9900000"));
}

TEST_F(SyncTest, DeletesTravelAsTombstonesAndSettlementFollows)
{
    auto anna = desktop(m_anna);
    auto adam = desktop(m_adam);
    EXPECT_EQ(anna->count("SELECT count(*) FROM allocations"), 1);
    EXPECT_EQ(anna->status(QStringLiteral("I-C1")), QStringLiteral("partially_paid"));

    // The admin's desktop deletes the allocation and the payment; anna's desktop follows.
    const QString allocation
        = onServer(QStringLiteral("SELECT id::text FROM allocations WHERE invoice_number = 'I-C1'"));
    adam->remove(QStringLiteral("allocations"), allocation);
    adam->remove(QStringLiteral("payments"), QStringLiteral("P-C1"));
    auto pushed = adam->sync();
    ASSERT_TRUE(pushed.ok()) << qPrintable(pushed.error().detail);
    EXPECT_EQ(pushed->pushed.applied, 2);
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM payments WHERE id = 'P-C1'")), QStringLiteral("0"));

    auto pulled = anna->sync();
    ASSERT_TRUE(pulled.ok()) << qPrintable(pulled.error().detail);
    EXPECT_EQ(pulled->pulled.removed, 2);
    EXPECT_EQ(anna->count("SELECT count(*) FROM allocations"), 0);
    EXPECT_EQ(anna->count("SELECT count(*) FROM payments"), 0);
    EXPECT_EQ(anna->status(QStringLiteral("I-C1")), QStringLiteral("open"))
        << "the invoice is open again once its allocation is gone";
}

TEST_F(SyncTest, ADeleteOfARowChangedElsewhereIsAConflict)
{
    auto adam = desktop(m_adam);
    adam->remove(QStringLiteral("payments"), QStringLiteral("P-C2"));
    must(owner().exec(QStringLiteral("DELETE FROM allocations WHERE payment_id = 'P-C2'")));
    must(owner().exec(QStringLiteral("UPDATE payments SET reference = 'RF77 corrected' WHERE id = 'P-C2'")));
    auto round = adam->sync();
    ASSERT_TRUE(round.ok()) << qPrintable(round.error().detail);
    EXPECT_EQ(round->pushed.conflicts, 1);
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM payments WHERE id = 'P-C2'")), QStringLiteral("1"));
    EXPECT_EQ(adam->field(QStringLiteral("payments"), QStringLiteral("P-C2"), QStringLiteral("reference")),
        QStringLiteral("RF77 corrected"))
        << "the row is back in the workspace as the server has it";
    const auto conflicts = adam->conflicts();
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_TRUE(conflicts[0].mine.isEmpty());
    EXPECT_EQ(conflicts[0].theirs.value(QStringLiteral("reference")), QStringLiteral("RF77 corrected"));
}

TEST_F(SyncTest, ACustomerThatChangesCollectorMovesBetweenWorkspaces)
{
    auto anna = desktop(m_anna);
    auto ben = desktop(m_ben);
    EXPECT_EQ(anna->count("SELECT count(*) FROM invoices"), 1);
    EXPECT_EQ(ben->count("SELECT count(*) FROM customers WHERE id = 'C1'"), 0);

    auto carla = desktop(m_carla);
    carla->edit(QStringLiteral("customers"), QStringLiteral("C1"), { { QStringLiteral("collector"), m_ben } });
    ASSERT_TRUE(carla->sync().ok());

    auto annas = anna->sync();
    ASSERT_TRUE(annas.ok()) << qPrintable(annas.error().detail);
    EXPECT_EQ(anna->count("SELECT count(*) FROM customers"), 0) << "what anna may no longer see leaves her cache";
    EXPECT_EQ(anna->count("SELECT count(*) FROM invoices"), 0);
    EXPECT_EQ(anna->count("SELECT count(*) FROM payments"), 0);
    EXPECT_EQ(anna->count("SELECT count(*) FROM allocations"), 0);

    auto bens = ben->sync();
    ASSERT_TRUE(bens.ok()) << qPrintable(bens.error().detail);
    EXPECT_EQ(ben->count("SELECT count(*) FROM customers"), 2);
    EXPECT_EQ(ben->count("SELECT count(*) FROM invoices"), 2) << "the new customer's history comes whole, however old";
    EXPECT_EQ(ben->count("SELECT count(*) FROM allocations"), 2);
    EXPECT_EQ(ben->status(QStringLiteral("I-C1")), QStringLiteral("partially_paid"));
    EXPECT_EQ(carla->count("SELECT count(*) FROM customers"), 2) << "a credit manager loses nothing";
    ASSERT_TRUE(carla->sync().ok());
    EXPECT_EQ(carla->count("SELECT count(*) FROM invoices"), 2);
}

TEST_F(SyncTest, EditsWaitWhileTheServerIsAwayAndGoUpOnceItIsBack)
{
    auto anna = desktop(m_anna);
    // The connection dies under the desktop (server restart, network gone).
    must(owner().exec(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1"), { m_anna }));
    anna->edit(QStringLiteral("invoices"), QStringLiteral("I-C1"),
        { { QStringLiteral("due_date"), QStringLiteral("2026-12-24") } });
    anna->edit(QStringLiteral("customers"), QStringLiteral("C1"),
        { { QStringLiteral("segment"), QStringLiteral("key account") } });
    auto offline = anna->sync();
    ASSERT_FALSE(offline.ok());
    EXPECT_EQ(offline.error().code, ErrorCode::ServerUnavailable) << qPrintable(offline.error().detail);
    EXPECT_EQ(anna->count("SELECT count(*) FROM outbox"), 2);
    EXPECT_EQ(anna->field(QStringLiteral("customers"), QStringLiteral("C1"), QStringLiteral("segment")),
        QStringLiteral("key account"))
        << "offline edits show at once";

    anna->server = connectAs(m_anna);
    auto back = anna->sync();
    ASSERT_TRUE(back.ok()) << qPrintable(back.error().detail);
    EXPECT_EQ(back->pushed.applied, 2);
    EXPECT_EQ(back->waiting, 0);
    EXPECT_EQ(onServer(QStringLiteral("SELECT segment FROM customers WHERE id = 'C1'")), QStringLiteral("key account"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT due_date::text FROM invoices WHERE number = 'I-C1'")),
        QStringLiteral("2026-12-24"));
}

TEST_F(SyncTest, CallsPromisesTasksAndDisputesTravelWithTheirCustomer)
{
    auto one = desktop(m_anna);
    auto two = desktop(m_anna);
    auto carla = desktop(m_carla);
    auto ben = desktop(m_ben);
    // The desktop claims an author; the server records who really wrote it.
    services::CollectionsLog log(one->workspace.db(), one->clock, QStringLiteral("impostor"));
    auto call = log.logCall(QStringLiteral("C1"), collections::CallOutcome::Promised, QStringLiteral("+49 30 1234"),
        QStringLiteral("Will pay Friday"), QDate(2026, 11, 30));
    ASSERT_TRUE(call.ok()) << qPrintable(call.error().detail);
    auto promise = log.recordPromise(QStringLiteral("C1"), Money(50000, *Currency::fromCode(QStringLiteral("EUR"))),
        QDate(2026, 11, 27), { QStringLiteral("I-C1") }, QStringLiteral("Friday"));
    ASSERT_TRUE(promise.ok()) << qPrintable(promise.error().detail);
    {
        storage::Transaction transaction(one->workspace.db());
        ASSERT_TRUE(transaction.begin().ok());
        ASSERT_TRUE(sync::Outbox(one->workspace.db(), one->clock)
                        .insert(QStringLiteral("disputes"), QStringLiteral("7d1c1f0e-8c1a-4c55-9a57-3a3e8d1d2f01"),
                            { { QStringLiteral("invoice_number"), QStringLiteral("I-C1") },
                                { QStringLiteral("customer_id"), QStringLiteral("C1") },
                                { QStringLiteral("amount_minor"), QStringLiteral("1000") },
                                { QStringLiteral("reason"), QStringLiteral("damaged") },
                                { QStringLiteral("status"), QStringLiteral("new") },
                                { QStringLiteral("opened_date"), QStringLiteral("2026-11-23") } })
                        .ok());
        ASSERT_TRUE(transaction.commit().ok());
    }
    auto pushed = one->sync();
    ASSERT_TRUE(pushed.ok()) << qPrintable(pushed.error().detail);
    EXPECT_EQ(pushed->pushed.applied, 4) << "call, follow-up task, promise and dispute";
    EXPECT_EQ(onServer(QStringLiteral("SELECT author || ' ' || outcome FROM activities WHERE id = $1"), { *call }),
        m_anna + QStringLiteral(" promised"));
    EXPECT_EQ(one->field(QStringLiteral("activities"), *call, QStringLiteral("author")), m_anna)
        << "the desktop takes the server's author back";

    ASSERT_TRUE(carla->sync().ok());
    EXPECT_EQ(carla->field(QStringLiteral("activities"), *call, QStringLiteral("occurred_at")),
        QStringLiteral("2026-11-23T09:00:00Z"));
    EXPECT_EQ(carla->field(QStringLiteral("promises"), *promise, QStringLiteral("invoice_numbers")),
        QStringLiteral("[\"I-C1\"]"));
    EXPECT_EQ(carla->count("SELECT count(*) FROM disputes d JOIN invoices i ON i.id = d.invoice_id "
                           "WHERE i.number = 'I-C1'"),
        1);
    ASSERT_TRUE(ben->sync().ok());
    EXPECT_EQ(ben->count("SELECT count(*) FROM activities") + ben->count("SELECT count(*) FROM promises"), 0)
        << "another portfolio's contacts stay out of sight";

    // The second desktop closes the follow-up; the first learns of it.
    ASSERT_TRUE(two->sync().ok());
    const QString task = onServer(QStringLiteral("SELECT id::text FROM tasks"));
    ASSERT_TRUE(services::CollectionsLog(two->workspace.db(), two->clock, m_anna).completeTask(task).ok());
    ASSERT_TRUE(two->sync().ok());
    ASSERT_TRUE(one->sync().ok());
    EXPECT_EQ(one->field(QStringLiteral("tasks"), task, QStringLiteral("done_date")), QStringLiteral("2026-11-23"));

    // Deleted on the server: gone from every desktop.
    must(owner().exec(QStringLiteral("DELETE FROM activities WHERE id = $1"), { *call }));
    auto pulled = one->sync();
    ASSERT_TRUE(pulled.ok());
    EXPECT_EQ(pulled->pulled.removed, 1);
    EXPECT_EQ(one->count("SELECT count(*) FROM activities"), 0);
}

TEST_F(SyncTest, TheCfoCannotLogACallEvenFromTheirOwnDesktop)
{
    auto fiona = desktop(m_fiona);
    auto call = services::CollectionsLog(fiona->workspace.db(), fiona->clock, m_fiona)
                    .logCall(QStringLiteral("C1"), collections::CallOutcome::Reached, {}, QStringLiteral("hello"));
    ASSERT_TRUE(call.ok());
    auto round = fiona->sync();
    ASSERT_TRUE(round.ok()) << qPrintable(round.error().detail);
    EXPECT_EQ(round->pushed.conflicts, 1);
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM activities")), QStringLiteral("0"));
    EXPECT_EQ(fiona->count("SELECT count(*) FROM activities"), 0) << "the refused call is undone locally";
    ASSERT_EQ(fiona->conflicts().size(), 1);
    EXPECT_EQ(fiona->conflicts()[0].kind, ConflictKind::Refused);
}

// A credit manager sets the team's worklist strategy; every desktop works by it, and a
// collector's attempt to change it is refused by the server and undone.
TEST_F(SyncTest, TheTeamsStrategyReachesEveryDesktopAndOnlyLeadsChangeIt)
{
    auto carla = desktop(m_carla);
    auto anna = desktop(m_anna);
    collections::WorklistStrategy strategy;
    strategy.minimumMinor = 250000;
    strategy.segmentPercent.insert(QStringLiteral("enterprise"), 150);
    ASSERT_TRUE(services::Worklist(carla->workspace.db(), carla->clock).saveStrategy(strategy).ok());
    auto pushed = carla->sync();
    ASSERT_TRUE(pushed.ok()) << qPrintable(pushed.error().detail);
    EXPECT_EQ(pushed->pushed.applied, 1);

    ASSERT_TRUE(anna->sync().ok());
    auto shared = services::Worklist(anna->workspace.db(), anna->clock).strategy();
    ASSERT_TRUE(shared.ok());
    EXPECT_EQ(shared->toJson(), strategy.toJson());

    collections::WorklistStrategy mine = strategy;
    mine.minimumMinor = 1;
    ASSERT_TRUE(services::Worklist(anna->workspace.db(), anna->clock).saveStrategy(mine).ok());
    auto refused = anna->sync();
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->pushed.conflicts, 1);
    EXPECT_EQ(services::Worklist(anna->workspace.db(), anna->clock).strategy()->minimumMinor, 250000)
        << "the team's strategy is back";
}

TEST_F(SyncTest, ABillingAddressACollectorKeepsReachesTheTeam)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    anna->edit(QStringLiteral("customers"), QStringLiteral("C1"),
        { { QStringLiteral("billing_address"), QStringLiteral("Am Kai 7\n28195 Bremen") },
            { QStringLiteral("vat_id"), QStringLiteral("DE987654321") } });
    auto pushed = anna->sync();
    ASSERT_TRUE(pushed.ok()) << qPrintable(pushed.error().detail);
    EXPECT_EQ(pushed->pushed.applied, 1);
    EXPECT_EQ(onServer(QStringLiteral("SELECT billing_address || '|' || vat_id FROM customers WHERE id = 'C1'")),
        QStringLiteral("Am Kai 7\n28195 Bremen|DE987654321"));

    ASSERT_TRUE(carla->sync().ok());
    EXPECT_EQ(carla->field(QStringLiteral("customers"), QStringLiteral("C1"), QStringLiteral("billing_address")),
        QStringLiteral("Am Kai 7\n28195 Bremen"));
    EXPECT_EQ(carla->field(QStringLiteral("customers"), QStringLiteral("C1"), QStringLiteral("vat_id")),
        QStringLiteral("DE987654321"));
}
