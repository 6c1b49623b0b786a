// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark for the collector workspace targets on a 1M-invoice, 100k-customer
// workspace (5 collectors, so 20k accounts each): a collector's worklist, as the GUI builds it
// on an open workspace (the first build reads cold pages, later ones are refreshes), a dunning
// dry run over all 100k customers, and one statement of account as PDF.
#include "DemoWorkspace.h"
#include "common/SystemClock.h"
#include "documents/StatementDocument.h"
#include "services/DemoGenerator.h"
#include "services/DunningRun.h"
#include "services/NoJobControl.h"
#include "services/Worklist.h"

#include <QGuiApplication>
#include <benchmark/benchmark.h>

using namespace cc;

namespace {

const QDate &kToday = test::kBenchmarkToday;

test::TestWorkspace &workspace()
{
    static test::TestWorkspace *ws = test::demoWorkspace(1'000'000, 100'000);
    return *ws;
}

void Worklist20kAccounts(benchmark::State &state)
{
    SystemClock clock;
    services::Worklist worklist(workspace().db(), clock);
    const auto accounts
        = workspace().db().scalar(QStringLiteral("SELECT count(*) FROM customers WHERE collector = 'anna'"));
    qint64 listed = 0;
    for (auto _ : state) {
        auto entries = worklist.build(QStringLiteral("anna"), kToday);
        if (!entries)
            state.SkipWithError(qPrintable(entries.error().detail));
        listed = entries->size();
    }
    state.counters["accounts"] = double(accounts ? *accounts : 0);
    state.counters["listed"] = double(listed);
}
BENCHMARK(Worklist20kAccounts)->Unit(benchmark::kMillisecond)->Iterations(5);

void DunningDryRun100kCustomers(benchmark::State &state)
{
    SystemClock clock;
    services::DunningRun run(workspace().db(), clock, QStringLiteral("bench"));
    qint64 proposals = 0;
    for (auto _ : state) {
        services::NoJobControl control;
        auto proposed = run.propose(kToday, control);
        if (!proposed)
            state.SkipWithError(qPrintable(proposed.error().detail));
        proposals = proposed->size();
    }
    state.counters["proposals"] = double(proposals);
}
BENCHMARK(DunningDryRun100kCustomers)->Unit(benchmark::kMillisecond)->Iterations(3);

void StatementPdf(benchmark::State &state)
{
    // The customer with the most open items of the first collector: the longest statement.
    auto customer
        = workspace().db().prepare(QStringLiteral("SELECT customer_id FROM invoices WHERE settled_day IS NULL GROUP BY "
                                                  "customer_id ORDER BY count(*) DESC LIMIT 1"));
    if (!customer || !*customer->next())
        std::abort();
    const QString id = customer->text(0);
    qint64 bytes = 0;
    for (auto _ : state) {
        auto pdf = documents::StatementDocument::render(workspace().db(), id, kToday);
        if (!pdf)
            state.SkipWithError(qPrintable(pdf.error().detail));
        bytes = pdf->size();
    }
    state.counters["pdf_kb"] = double(bytes) / 1024;
}
BENCHMARK(StatementPdf)->Unit(benchmark::kMillisecond)->Iterations(20);

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv); // fonts for the PDF; run with QT_QPA_PLATFORM=offscreen
    benchmark::Initialize(&argc, argv);
    workspace();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
