// SPDX-License-Identifier: GPL-3.0-or-later
// Google Benchmark for the invoice targets on a 100k-invoice, 10k-customer demo workspace with
// bank details set (so every PDF carries its GiroCode): the editor opening an invoice (until its
// lines and totals show), one invoice PDF, and a batch of 1,000 PDFs written to disk.
// Run with QT_QPA_PLATFORM=offscreen.
#include "InvoiceEditor.h"
#include "common/SystemClock.h"
#include "documents/InvoiceDocument.h"
#include "services/CompanyProfile.h"
#include "services/DemoGenerator.h"
#include "services/NoJobControl.h"
#include "services/WorkspaceSession.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <benchmark/benchmark.h>

using namespace cc;

namespace {

const QDate kToday(2026, 11, 23);

struct Bench {
    QTemporaryDir dir;
    services::WorkspaceSession session;
    QStringList numbers; ///< issued invoices with lines, newest first
};

template <typename T> T await(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

Bench &bench()
{
    static Bench *prepared = [] {
        auto *b = new Bench;
        storage::WorkspaceOptions options;
        options.createIfMissing = true;
        options.passphrase = QByteArray("bench");
        if (!await(b->session.open(b->dir.filePath(QStringLiteral("ws")), options)))
            std::abort();
        auto numbers = await(b->session.run<Result<QStringList>>(
            [](storage::Workspace &workspace, services::JobControl &) -> Result<QStringList> {
                services::NoJobControl control;
                if (auto made = services::DemoGenerator::generate(workspace, { 100'000, 10'000, 1, kToday }, control);
                    !made)
                    return made.error();
                for (const auto &[key, value] : { std::pair { "company.name", "Nordlicht Handel GmbH" },
                         std::pair { "company.address", "Speicherstadt 12\n20457 Hamburg" },
                         std::pair { "company.iban", "DE89370400440532013000" },
                         std::pair { "company.bic", "COBADEFFXXX" } }) {
                    if (auto set = services::CompanyProfile::set(
                            workspace.database(), QString::fromLatin1(key), QString::fromUtf8(value));
                        !set)
                        return set.error();
                }
                auto query = workspace.database().prepare(QStringLiteral(
                    "SELECT number FROM invoices i WHERE currency = 'EUR' AND settled_day IS NULL AND EXISTS (SELECT 1 "
                    "FROM invoice_lines l WHERE l.invoice_id = i.id) ORDER BY invoice_day DESC, id DESC LIMIT 1000"));
                if (!query)
                    return query.error();
                QStringList found;
                if (auto read = query->forEachRow([&]() -> Status {
                        found << query->text(0);
                        return success();
                    });
                    !read)
                    return read.error();
                return found;
            }));
        if (!numbers || numbers->size() < 1000)
            std::abort();
        b->numbers = *numbers;
        return b;
    }();
    return *prepared;
}

void EditorOpensAnInvoice(benchmark::State &state)
{
    SystemClock clock;
    int i = 0;
    for (auto _ : state) {
        ui::InvoiceEditor editor(bench().session, clock, QString(), QStringLiteral("bench"));
        QSignalSpy loaded(&editor, &ui::InvoiceEditor::loaded);
        editor.open(bench().numbers.at(i++ % bench().numbers.size()));
        editor.show();
        while (loaded.isEmpty())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::processEvents(); // laid out and painted once
    }
}
BENCHMARK(EditorOpensAnInvoice)->Unit(benchmark::kMillisecond)->Iterations(30)->UseRealTime();

void InvoicePdf(benchmark::State &state)
{
    qint64 bytes = 0;
    int i = 0;
    for (auto _ : state) {
        auto pdf = await(bench().session.run<Result<QByteArray>>(
            [number = bench().numbers.at(i++ % bench().numbers.size())](storage::Workspace &workspace,
                services::JobControl &) { return documents::InvoiceDocument::render(workspace.database(), number); }));
        if (!pdf)
            state.SkipWithError(qPrintable(pdf.error().detail));
        bytes = pdf->size();
    }
    state.counters["pdf_kb"] = double(bytes) / 1024;
}
BENCHMARK(InvoicePdf)->Unit(benchmark::kMillisecond)->Iterations(50)->UseRealTime();

void InvoicePdfBatchOf1000(benchmark::State &state)
{
    QTemporaryDir out;
    for (auto _ : state) {
        auto written
            = await(bench().session.run<Result<int>>([numbers = bench().numbers, folder = out.path()](
                                                         storage::Workspace &workspace, services::JobControl &control) {
                  return documents::InvoiceDocument::renderBatch(workspace.database(), numbers, folder, control);
              }));
        if (!written || *written != 1000)
            state.SkipWithError("the batch did not write 1,000 PDFs");
    }
}
BENCHMARK(InvoicePdfBatchOf1000)->Unit(benchmark::kSecond)->Iterations(1)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    bench();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
