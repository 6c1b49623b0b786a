// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWindow.h"
#include "DrillDownDialog.h"
#include "ForecastPage.h"
#include "ReportTableModel.h"
#include "UiFixture.h"
#include "services/DemoGenerator.h"
#include "services/Disputes.h"
#include "services/WorkspaceSession.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

QList<QBarSet *> barSets(ui::DashboardWindow &window, const char *chart)
{
    auto *view = window.findChild<QChartView *>(QString::fromLatin1(chart));
    if (!view || view->chart()->series().isEmpty())
        return {};
    auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
    return series ? series->barSets() : QList<QBarSet *> {};
}

/// The drill-down's open amounts in the dashboard's base, summed (the demo's other currencies
/// are converted at the same rate as the charts do it, so the test sticks to one currency).
qint64 openInBase(ui::DrillDownDialog &dialog, const QString &base)
{
    const documents::ReportTable &table = dialog.model()->table();
    qint64 sum = 0;
    for (const auto &row : table.rows) {
        const Money &open = std::get<Money>(row.last());
        if (open.currency().code() == base)
            sum += open.minorUnits();
    }
    return sum;
}

} // namespace

// The demo's dashboard: the charts show the figures the core computed, a bar opens the
// invoices behind it, a trend point the receivables of its month, and the page prints to one PDF.
TEST(DashboardUiTest, ChartsShowTheFiguresAndDrillDownToTheInvoicesBehindThem)
{
    UiFixture fixture;
    services::DemoOptions options { 3000, 80, 5, fixture.clock().today() };
    ASSERT_TRUE(UiFixture::wait(
        fixture.session().run<Status>([options](storage::Workspace &workspace, services::JobControl &control) {
            return services::DemoGenerator::generate(workspace, options, control);
        })));
    ui::DashboardWindow window(fixture.session(), fixture.clock());
    QSignalSpy loaded(&window, &ui::DashboardWindow::loaded);
    window.resize(1280, 1000);
    window.show();
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    const analytics::Dashboard &dashboard = window.dashboard();
    EXPECT_EQ(dashboard.base, QStringLiteral("EUR"));
    EXPECT_TRUE(dashboard.withoutRate.isEmpty()) << "the demo brings its euro rates";
    const Currency euro = *Currency::fromCode(QStringLiteral("EUR"));

    const QList<QBarSet *> aging = barSets(window, "agingChart");
    ASSERT_EQ(aging.size(), 1);
    ASSERT_EQ(aging[0]->count(), dashboard.buckets.count());
    for (int b = 0; b < dashboard.buckets.count(); ++b)
        EXPECT_DOUBLE_EQ(aging[0]->at(b), double(dashboard.aging[b]) / 100);
    const QList<QBarSet *> byCollector = barSets(window, "collectorChart");
    ASSERT_EQ(byCollector.size(), dashboard.buckets.count()) << "stacked: one set per bucket";
    ASSERT_EQ(byCollector[0]->count(), dashboard.byCollector.size());
    ASSERT_EQ(barSets(window, "currencyChart")[0]->count(), dashboard.byCurrency.size());
    ASSERT_EQ(barSets(window, "overdueChart")[0]->count(), dashboard.topOverdue.size());
    auto *dso = window.findChild<QChartView *>(QStringLiteral("dsoChart"));
    ASSERT_EQ(dso->chart()->series().size(), 4);
    auto *dsoLine = qobject_cast<QLineSeries *>(dso->chart()->series().first());
    ASSERT_EQ(dsoLine->count(), 12);
    EXPECT_DOUBLE_EQ(dsoLine->at(11).y(), *dashboard.trend.last().kpis.dso);

    // The euro bar of the currency chart's 1–30 days bucket: the drill-down adds up to it.
    QSignalSpy opened(&window, &ui::DashboardWindow::drillDownOpened);
    const int euroIndex
        = int(std::find_if(dashboard.byCurrency.cbegin(), dashboard.byCurrency.cend(), [](const auto &s) {
              return s.key == QLatin1String("EUR");
          }) - dashboard.byCurrency.cbegin());
    emit barSets(window, "currencyChart")[1]->clicked(euroIndex);
    ASSERT_EQ(opened.size(), 1);
    auto *dialog = qobject_cast<ui::DrillDownDialog *>(opened.first().first().value<QWidget *>());
    ASSERT_NE(dialog, nullptr);
    QSignalSpy rowsLoaded(dialog, &ui::DrillDownDialog::loaded);
    ASSERT_TRUE(rowsLoaded.size() == 1 || UiFixture::waitFor(rowsLoaded));
    EXPECT_GT(dialog->model()->rowCount(), 0);
    EXPECT_EQ(openInBase(*dialog, QStringLiteral("EUR")), dashboard.byCurrency[euroIndex].buckets[1]);
    const QString overdueInvoice = dialog->model()->index(0, 0).data().toString();
    QSignalSpy invoice(&window, &ui::DashboardWindow::invoiceRequested);
    emit dialog->invoiceRequested(overdueInvoice);
    ASSERT_EQ(invoice.size(), 1);
    dialog->close();

    // A trend point: the receivables open at that month's end.
    emit dsoLine->clicked(QPointF(11, *dashboard.trend.last().kpis.dso));
    ASSERT_EQ(opened.size(), 2);
    auto *receivables = qobject_cast<ui::DrillDownDialog *>(opened.last().first().value<QWidget *>());
    QSignalSpy receivablesLoaded(receivables, &ui::DrillDownDialog::loaded);
    ASSERT_TRUE(receivablesLoaded.size() == 1 || UiFixture::waitFor(receivablesLoaded));
    EXPECT_GT(receivables->model()->rowCount(), 0);
    for (int row = 0; row < receivables->model()->rowCount(); ++row)
        EXPECT_FALSE(receivables->model()->index(row, 0).data().toString().startsWith(QStringLiteral("CN")))
            << "receivables are invoices, not credit notes";
    receivables->close();

    // A dispute on that invoice, rejected today: the cycle-time chart's last month.
    auto disputed = fixture.session().run<Result<Dispute>>(
        [&fixture, overdueInvoice](storage::Workspace &workspace, services::JobControl &) -> Result<Dispute> {
            services::Disputes disputes(workspace.database(), fixture.clock(), QStringLiteral("anna"));
            auto opened = disputes.open(
                overdueInvoice, Money(100, *Currency::fromCode(QStringLiteral("EUR"))), QStringLiteral("pricing"));
            if (!opened)
                return opened.error();
            return disputes.resolve(opened->id, DisputeResolution::Kind::Rejected,
                Money::zero(opened->amount.currency()), QStringLiteral("as agreed"), {}, true);
        });
    ASSERT_TRUE(UiFixture::wait(disputed));
    ASSERT_TRUE(disputed.result().ok()) << qPrintable(disputed.result().error().detail);
    loaded.clear();
    window.reload();
    ASSERT_TRUE(UiFixture::waitFor(loaded));

    // A month's promises and resolved disputes: one row each, as many as the bars count.
    const auto busiest = [](const auto &months, auto count) {
        return int(std::max_element(months.cbegin(), months.cend(), [&](const auto &a, const auto &b) {
            return count(a) < count(b);
        }) - months.cbegin());
    };
    const int promiseMonth = busiest(dashboard.promises, [](const auto &m) { return m.due; });
    const int disputeMonth = busiest(dashboard.disputes, [](const auto &m) { return m.resolved; });
    ASSERT_GT(dashboard.promises[promiseMonth].due, 0) << "the demo's collectors record promises";
    ASSERT_GT(dashboard.disputes[disputeMonth].resolved, 0) << "and resolve disputes";
    for (const char *chart : { "promiseChart", "disputeChart" }) {
        const bool promises = QLatin1String(chart) == QLatin1String("promiseChart");
        emit barSets(window, chart)[0]->clicked(promises ? promiseMonth : disputeMonth);
        auto *detail = qobject_cast<ui::ReportTableDialog *>(opened.last().first().value<QWidget *>());
        ASSERT_NE(detail, nullptr);
        QSignalSpy detailLoaded(detail, &ui::ReportTableDialog::loaded);
        ASSERT_TRUE(UiFixture::waitFor(detailLoaded));
        EXPECT_EQ(detail->model()->rowCount(),
            promises ? dashboard.promises[promiseMonth].due : dashboard.disputes[disputeMonth].resolved)
            << chart;
        detail->close();
    }

    QTemporaryDir dir;
    QFile pdf(dir.filePath(QStringLiteral("dashboard.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write(window.pagePdf());
    pdf.close();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf.fileName() });
    ASSERT_TRUE(info.waitForFinished(20000));
    const QString about = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(about.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n")))) << qPrintable(about);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf.fileName(), QStringLiteral("-") });
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(QStringLiteral("CFO dashboard"))) << qPrintable(printed);
    EXPECT_TRUE(printed.contains(QStringLiteral("Aging by collector")))
        << "the charts are drawn as vectors with their titles";

    // The cash forecast tab: computed when first shown, in the dashboard's base.
    ui::ForecastPage *forecastPage = window.forecastPage();
    QSignalSpy forecastLoaded(forecastPage, &ui::ForecastPage::loaded);
    window.findChild<QTabWidget *>()->setCurrentWidget(forecastPage);
    ASSERT_TRUE(UiFixture::waitFor(forecastLoaded, 60000));
    const forecast::ForecastOverview &overview = forecastPage->overview();
    EXPECT_EQ(overview.base, QStringLiteral("EUR"));
    ASSERT_EQ(overview.ahead.size(), ui::ForecastPage::Weeks);
    EXPECT_EQ(overview.ahead.first().start, dashboard.asOf.addDays(1));
    EXPECT_EQ(forecastPage->findChild<QTableView *>(QStringLiteral("forecastTable"))->model()->rowCount(),
        ui::ForecastPage::Weeks);
    EXPECT_EQ(forecastPage->findChild<QTableView *>(QStringLiteral("forecastTrackingTable"))->model()->rowCount(),
        ui::ForecastPage::Weeks);
    qint64 collected = 0;
    for (qint64 week : overview.collected)
        collected += week;
    EXPECT_GT(collected, 0) << "the demo's invoices open 13 weeks ago were paid since";
    auto *forecastChart = forecastPage->findChild<QChartView *>(QStringLiteral("forecastChart"));
    ASSERT_EQ(forecastChart->chart()->series().size(), 2) << "the band and the expectation";
    auto *expected = qobject_cast<QLineSeries *>(forecastChart->chart()->series().last());
    ASSERT_NE(expected, nullptr);
    EXPECT_DOUBLE_EQ(expected->at(0).y(), double(overview.ahead.first().expected.minorUnits()) / 100);

    QSignalSpy receiptsOpened(forecastPage, &ui::ForecastPage::receiptsOpened);
    emit expected->clicked(QPointF(1, expected->at(1).y()));
    ASSERT_EQ(receiptsOpened.size(), 1);
    auto *receipts = receiptsOpened.first().first().value<ui::ReportTableDialog *>();
    int inWeek = 0;
    for (const forecast::ExpectedReceipt &receipt : overview.receipts)
        inWeek += receipt.expectedOn >= overview.ahead[1].start && receipt.expectedOn <= overview.ahead[1].end;
    EXPECT_GT(inWeek, 0);
    EXPECT_EQ(receipts->model()->rowCount(), inWeek);
    receipts->close();
}
