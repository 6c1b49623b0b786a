// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark for the 100k-customer targets: loading the customer list (what the GUI
// does at open) and search-as-you-type per keystroke; plus aging on the same workspace.
#include "CustomerListModel.h"
#include "DemoWorkspace.h"
#include "ListView.h"
#include "services/DemoGenerator.h"
#include "services/NoJobControl.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"

#include <QApplication>
#include <benchmark/benchmark.h>

using namespace cc;

namespace {

const QDate &kToday = test::kBenchmarkToday;

// One 100k-customer, 300k-invoice workspace shared by every benchmark in the run.
test::TestWorkspace &workspace()
{
    static test::TestWorkspace *ws = test::demoWorkspace(300'000, 100'000);
    return *ws;
}

QList<CustomerSummary> loadCustomers()
{
    return *storage::CustomerRepository(workspace().db()).summaries(kToday);
}

void CustomerListLoad100k(benchmark::State &state)
{
    workspace();
    for (auto _ : state) {
        ui::CustomerListModel model;
        model.setCustomers(loadCustomers());
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(CustomerListLoad100k)->Unit(benchmark::kMillisecond)->Iterations(3);

void CustomerSearchKeystroke100k(benchmark::State &state)
{
    // With the list shown, so a keystroke includes the view's update, as the user waits for it.
    ui::CustomerListModel model;
    model.setCustomers(loadCustomers());
    ui::ListView view(QStringLiteral("customerList"));
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    QCoreApplication::processEvents();
    const QString typed = QStringLiteral("müller logistics");
    int length = 0;
    for (auto _ : state) {
        length = length % typed.size() + 1; // type, then start over
        model.setFilterText(typed.left(length));
        QCoreApplication::processEvents();
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(CustomerSearchKeystroke100k)->Unit(benchmark::kMillisecond);

void AgingAsOfToday100kCustomers(benchmark::State &state)
{
    for (auto _ : state) {
        auto report = storage::AgingQuery(workspace().db()).run(kToday, {});
        benchmark::DoNotOptimize(report.ok());
    }
}
BENCHMARK(AgingAsOfToday100kCustomers)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv); // the list view needs one; run with QT_QPA_PLATFORM=offscreen
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
