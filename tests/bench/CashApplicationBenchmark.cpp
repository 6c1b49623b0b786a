// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark for cash application: 100k bank credits matched against 1M open invoices
// (target ≤ 10 s), the way `cashcycle-cli match --dry-run` does it, and posting what it finds.
#include "DemoWorkspace.h"
#include "FixedClock.h"
#include "services/CashApplication.h"
#include "storage/BankStatementRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>

using namespace cc;

namespace {

constexpr int Customers = 100'000;
constexpr int OpenInvoices = 1'000'000;
constexpr int Credits = 100'000;

/// "OPEN-k" belongs to the customer with rowid 1 + k % Customers and has an amount from k alone.
qint64 openAmount(int k)
{
    return 10000 + qint64(k) * 7919 % 990000;
}

/// A demo workspace with 1M more invoices open, and a statement of 100k credits: most name
/// their invoices (as written or another way), some only their payer, some pay two invoices,
/// a tenth pay none.
test::TestWorkspace &workspace()
{
    static test::TestWorkspace *ws = [] {
        test::TestWorkspace *created = test::demoWorkspace(200'000, Customers, 3);
        storage::SqlDatabase &db = created->db();
        auto open = db.prepare(QStringLiteral(R"sql(
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?2)
            INSERT INTO invoices (number, customer_id, kind, invoice_day, due_day, currency, total_minor, status)
            SELECT 'OPEN-' || k, c.id, 0, ?1 - k % 60, ?1 - k % 60 + 30, 'EUR', 10000 + k * 7919 % 990000, 'open'
            FROM n JOIN customers c ON c.rowid = 1 + k % ?3)sql"));
        if (!open || !open->bind(1, test::kBenchmarkToday).bind(2, OpenInvoices).bind(3, Customers).run().ok())
            std::abort();
        QHash<int, QString> names;
        auto customers = db.prepare(QStringLiteral("SELECT rowid, name FROM customers"));
        if (!customers || !customers->forEachRow([&]() -> Status {
                names.insert(int(customers->int64(0)), customers->text(1));
                return success();
            }))
            std::abort();

        const Currency eur = *Currency::fromCode(QStringLiteral("EUR"));
        QRandomGenerator random(11);
        bank::BankStatement statement;
        statement.format = QStringLiteral("camt.053");
        statement.statementId = QStringLiteral("BENCH");
        statement.accountIban = QStringLiteral("DE02120300000000202051");
        statement.currency = QStringLiteral("EUR");
        QSet<int> used;
        for (int i = 0; i < Credits; ++i) {
            int k = 0;
            do
                k = 1 + int(random.bounded(OpenInvoices - Customers));
            while (used.contains(k) || used.contains(k + Customers));
            used << k << k + Customers;
            bank::BankTransaction line;
            line.entryReference = QStringLiteral("B%1").arg(i);
            line.bookingDate = test::kBenchmarkToday;
            line.counterpartyName = names.value(1 + k % Customers).toUpper();
            line.amount = Money(openAmount(k), eur);
            switch (i % 10) {
            case 0:
            case 1:
            case 2:
            case 3:
            case 4:
                line.remittance = QStringLiteral("Rechnung OPEN-%1").arg(k);
                break;
            case 5:
                line.remittance = QStringLiteral("open %1 danke").arg(k);
                break;
            case 6:
            case 7:
                line.remittance = QStringLiteral("Zahlung");
                break;
            case 8:
                line.remittance = QStringLiteral("OPEN-%1 OPEN-%2").arg(k).arg(k + Customers);
                line.amount = Money(openAmount(k) + openAmount(k + Customers), eur);
                break;
            default:
                line.counterpartyName = QStringLiteral("FINANZAMT");
                line.remittance = QStringLiteral("Erstattung %1").arg(i);
                line.amount = Money(1 + random.bounded(100000), eur);
                break;
            }
            statement.transactions << line;
        }
        const test::FixedClock clock(QDateTime(test::kBenchmarkToday, QTime(8, 0), Qt::UTC));
        if (!storage::inTransaction(db, [&]() -> Status {
                auto stored = storage::BankStatementRepository(db, clock).store(
                    statement, QStringLiteral("bench.xml"), QStringLiteral("2026-11-23T08:00:00"));
                return stored ? success() : Status(stored.error());
            }))
            std::abort();
        return created;
    }();
    return *ws;
}

void count(benchmark::State &state, const QList<services::CashApplication::Line> &lines)
{
    using MatchStatus = services::CashApplication::MatchStatus;
    state.counters["lines"] = double(lines.size());
    state.counters["matched"] = double(std::count_if(
        lines.cbegin(), lines.cend(), [](const auto &line) { return line.status == MatchStatus::Matched; }));
    state.counters["suggested"] = double(std::count_if(
        lines.cbegin(), lines.cend(), [](const auto &line) { return line.status == MatchStatus::Suggested; }));
}

void Match100kCreditsAgainst1MOpen(benchmark::State &state)
{
    storage::SqlDatabase &db = workspace().db(); // built before the clock runs
    test::FixedClock clock(QDateTime(test::kBenchmarkToday.addDays(1), QTime(8, 0), Qt::UTC));
    services::NoJobControl control;
    for (auto _ : state) {
        auto lines = services::CashApplication(db, clock, QStringLiteral("bench")).run({ 0.9, false }, control);
        if (!lines)
            std::abort();
        count(state, *lines);
    }
}
BENCHMARK(Match100kCreditsAgainst1MOpen)->Unit(benchmark::kMillisecond)->Iterations(2);

/// Matching and posting: every sure match becomes a payment with its allocations (once: the
/// lines are posted after it).
void MatchAndPost100kCredits(benchmark::State &state)
{
    storage::SqlDatabase &db = workspace().db();
    test::FixedClock clock(QDateTime(test::kBenchmarkToday.addDays(1), QTime(8, 0), Qt::UTC));
    services::NoJobControl control;
    for (auto _ : state) {
        auto lines = services::CashApplication(db, clock, QStringLiteral("bench")).run({ 0.9, true }, control);
        if (!lines)
            std::abort();
        count(state, *lines);
    }
}
BENCHMARK(MatchAndPost100kCredits)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
