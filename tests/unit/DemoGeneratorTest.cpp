// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "services/AgingFormatter.h"
#include "services/DemoGenerator.h"
#include "services/NoJobControl.h"
#include "storage/AgingQuery.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

const QDate kToday(2026, 11, 23);

QByteArray demoAging(quint64 seed)
{
    TestWorkspace ws;
    services::NoJobControl control;
    services::DemoOptions options{3000, 0, seed, kToday};
    EXPECT_TRUE(services::DemoGenerator::generate(ws.workspace(), options, control).ok());
    auto report = storage::AgingQuery(ws.db()).run(kToday, {});
    EXPECT_TRUE(report.ok());
    return services::AgingFormatter::toJson(*report);
}

qint64 count(TestWorkspace &ws, const char *sql)
{
    return ws.db().scalar(QString::fromLatin1(sql)).value();
}

} // namespace

TEST(DemoGenerator, SameSeedSameData)
{
    const QByteArray first = demoAging(7);
    EXPECT_EQ(first, demoAging(7));
    EXPECT_NE(first, demoAging(8));
}

TEST(DemoGenerator, BelievableVariety)
{
    TestWorkspace ws;
    services::NoJobControl control;
    ASSERT_TRUE(services::DemoGenerator::generate(ws.workspace(), {5000, 0, 1, kToday}, control).ok());
    EXPECT_EQ(count(ws, "SELECT count(*) FROM invoices WHERE kind = 0"), 5000);
    EXPECT_EQ(count(ws, "SELECT count(*) FROM customers"), 200);
    EXPECT_GE(count(ws, "SELECT count(DISTINCT currency) FROM customers"), 4);
    EXPECT_GE(count(ws, "SELECT count(*) FROM customers WHERE parent_id IS NOT NULL"), 10);
    const qint64 collectors = count(ws, "SELECT count(DISTINCT collector) FROM customers");
    EXPECT_GE(collectors, 3);
    EXPECT_LE(collectors, 5);
    EXPECT_GT(count(ws, "SELECT count(*) FROM invoices WHERE kind = 1"), 50) << "credit notes";
    EXPECT_GT(count(ws, "SELECT count(*) FROM invoices WHERE kind = 1 AND settled_day IS NULL"), 0) << "unapplied credit notes";
    EXPECT_GT(count(ws, "SELECT count(*) FROM payments WHERE applied_day IS NULL"), 0) << "unapplied cash";
    EXPECT_GT(count(ws, "SELECT count(*) FROM invoices WHERE status = 'partially_paid'"), 0);
    EXPECT_GT(count(ws, "SELECT count(*) FROM invoices i WHERE kind = 0 AND settled_day > due_day"), 500) << "late payments";
    EXPECT_GT(count(ws, "SELECT count(*) FROM invoices i WHERE kind = 0 AND settled_day <= due_day"), 500) << "on-time payments";
    auto span = ws.db().prepare(QStringLiteral(
        "SELECT min(invoice_day), max(invoice_day), "
        "(SELECT count(*) FROM invoices WHERE kind = 0 AND settled_day IS NULL AND due_day < ?1) FROM invoices"));
    ASSERT_TRUE(span->bind(1, kToday).next().value());
    EXPECT_EQ(span->date(0), QDate(2024, 11, 24)) << "24 months of history";
    EXPECT_EQ(span->date(1), kToday);
    EXPECT_GT(span->int64(2), 0) << "overdue open invoices";
}

TEST(DemoGenerator, StoredSettlementMatchesAllocations)
{
    TestWorkspace ws;
    services::NoJobControl control;
    ASSERT_TRUE(services::DemoGenerator::generate(ws.workspace(), {3000, 0, 3, kToday}, control).ok());
    const char *snapshot = "SELECT group_concat(id || ':' || status || ':' || ifnull(settled_day, '-'), ',') FROM invoices";
    const char *payments = "SELECT group_concat(id || ':' || ifnull(applied_day, '-'), ',') FROM payments";
    auto before = ws.db().prepare(QString::fromLatin1(snapshot));
    ASSERT_TRUE(before->next().value());
    const QString invoicesBefore = before->text(0);
    auto payBefore = ws.db().prepare(QString::fromLatin1(payments));
    ASSERT_TRUE(payBefore->next().value());
    const QString paymentsBefore = payBefore->text(0);

    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
    ASSERT_TRUE(storage::PaymentRepository(ws.db()).refreshApplication().ok());
    auto after = ws.db().prepare(QString::fromLatin1(snapshot));
    ASSERT_TRUE(after->next().value());
    EXPECT_EQ(after->text(0), invoicesBefore);
    auto payAfter = ws.db().prepare(QString::fromLatin1(payments));
    ASSERT_TRUE(payAfter->next().value());
    EXPECT_EQ(payAfter->text(0), paymentsBefore);
    EXPECT_EQ(count(ws, "SELECT count(*) FROM invoices i WHERE total_minor > 0 AND total_minor < "
                        "(SELECT ifnull(sum(amount_minor), 0) FROM allocations a WHERE a.invoice_id = i.id)"),
              0) << "no invoice is over-allocated";
}

TEST(DemoGenerator, RefusesAWorkspaceWithData)
{
    TestWorkspace ws;
    services::NoJobControl control;
    ASSERT_TRUE(services::DemoGenerator::generate(ws.workspace(), {100, 0, 1, kToday}, control).ok());
    auto again = services::DemoGenerator::generate(ws.workspace(), {100, 0, 1, kToday}, control);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(count(ws, "SELECT count(*) FROM invoices WHERE kind = 0"), 100);
}

namespace {

// Cancels once the generator has reported some progress, as a user pressing Cancel would.
class CancelAfterProgress final : public services::JobControl {
public:
    bool isCanceled() const override { return m_progressReports >= 2; }
    void setProgress(qint64, qint64) override { ++m_progressReports; }

private:
    int m_progressReports = 0;
};

} // namespace

TEST(DemoGenerator, CancellingStopsBothThreadsAndWritesNothing)
{
    TestWorkspace ws;
    CancelAfterProgress control;
    auto cancelled = services::DemoGenerator::generate(ws.workspace(), {50'000, 0, 1, kToday}, control);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(count(ws, "SELECT count(*) FROM invoices"), 0);
    EXPECT_EQ(count(ws, "SELECT count(*) FROM customers"), 0);

    // The connection is usable and unchanged afterwards: a new run fills the same workspace.
    services::NoJobControl go;
    ASSERT_TRUE(services::DemoGenerator::generate(ws.workspace(), {500, 0, 1, kToday}, go).ok());
    EXPECT_EQ(count(ws, "SELECT count(*) FROM invoices WHERE kind = 0"), 500);
    auto mode = ws.db().prepare(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.ok());
    ASSERT_TRUE(mode->next().value());
    EXPECT_EQ(mode->text(0), QStringLiteral("wal")) << "the bulk load's rollback journal is switched back";
}
