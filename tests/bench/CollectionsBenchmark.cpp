// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark for the collector workspace targets on a 1M-invoice, 100k-customer
// workspace (5 collectors, so 20k accounts each): a collector's worklist, as the GUI builds it
// on an open workspace (the first build reads cold pages, later ones are refreshes).
#include "TestWorkspace.h"
#include "services/DemoGenerator.h"
#include "services/NoJobControl.h"
#include "services/Worklist.h"

#include <QCoreApplication>
#include <benchmark/benchmark.h>

using namespace cc;

namespace {

const QDate kToday(2026, 11, 23);

test::TestWorkspace &workspace()
{
    static test::TestWorkspace *ws = [] {
        auto *created = new test::TestWorkspace;
        services::NoJobControl control;
        if (!services::DemoGenerator::generate(created->workspace(), { 1'000'000, 100'000, 1, kToday }, control).ok())
            std::abort();
        return created;
    }();
    return *ws;
}

void Worklist20kAccounts(benchmark::State &state)
{
    services::Worklist worklist(workspace().db());
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    workspace();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
