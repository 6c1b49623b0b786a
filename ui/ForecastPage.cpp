// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForecastPage.h"

#include "DashboardTables.h"
#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "ReportTableDialog.h"
#include "ReportTableModel.h"
#include "TableExport.h"
#include "Theme.h"
#include "WhenReady.h"
#include "forecast/ForecastOverviewQuery.h"
#include "services/WorkspaceSession.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QTableView>
#include <QValueAxis>

namespace cc::ui {

namespace {

double major(const Money &money)
{
    return double(money.minorUnits()) / double(money.currency().minorPerMajor());
}

QStringList weekLabels(const QList<forecast::ForecastWeek> &weeks)
{
    QStringList labels;
    for (const forecast::ForecastWeek &week : weeks)
        labels << QLocale().toString(week.start, QStringLiteral("d MMM"));
    return labels;
}

/// A chart over weeks: categories below, amounts from zero on the left.
QChart *weeksChart(const QString &title, const QList<forecast::ForecastWeek> &weeks, double top)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *categories = new QBarCategoryAxis(chart);
    categories->append(weekLabels(weeks));
    categories->setTruncateLabels(false);
    auto *amounts = new QValueAxis(chart);
    amounts->setLabelFormat(QStringLiteral("%.0f"));
    amounts->setRange(0, std::max(1.0, top * 1.1));
    amounts->applyNiceNumbers();
    chart->addAxis(categories, Qt::AlignBottom);
    chart->addAxis(amounts, Qt::AlignLeft);
    return chart;
}

void attachAll(QChart *chart, QAbstractSeries *series)
{
    chart->addSeries(series);
    for (QAbstractAxis *axis : chart->axes())
        series->attachAxis(axis);
}

/// The 80 % band as a shaded area and the expectation as a line over it.
QLineSeries *addForecast(QChart *chart, const QList<forecast::ForecastWeek> &weeks, const QString &name)
{
    auto *high = new QLineSeries(chart);
    auto *low = new QLineSeries(chart);
    auto *expected = new QLineSeries;
    for (int week = 0; week < weeks.size(); ++week) {
        high->append(week, major(weeks[week].high));
        low->append(week, major(weeks[week].low));
        expected->append(week, major(weeks[week].expected));
    }
    auto *band = new QAreaSeries(high, low);
    band->setName(QCoreApplication::translate("cc::ui::ForecastPage", "80 % band"));
    QColor shade = Theme::positive();
    shade.setAlpha(60);
    band->setBrush(shade);
    band->setPen(Qt::NoPen);
    attachAll(chart, band);
    expected->setName(name);
    expected->setPointsVisible(true);
    expected->setColor(Theme::positive().darker(130));
    attachAll(chart, expected);
    return expected;
}

QTableView *tableView(ReportTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ForecastPage::ForecastPage(services::WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_ahead(new QChartView(this))
    , m_tracking(new QChartView(this))
    , m_aheadTable(new ReportTableModel(this))
    , m_trackingTable(new ReportTableModel(this))
{
    m_ahead->setObjectName(QStringLiteral("forecastChart"));
    m_tracking->setObjectName(QStringLiteral("forecastTrackingChart"));
    m_status->setWordWrap(true);
    for (QChartView *view : { m_ahead, m_tracking }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(300);
    }
    m_ahead->setToolTip(tr("Click a week for the receipts expected in it"));
    QTableView *aheadView = tableView(m_aheadTable, this);
    QTableView *trackingView = tableView(m_trackingTable, this);
    aheadView->setObjectName(QStringLiteral("forecastTable"));
    trackingView->setObjectName(QStringLiteral("forecastTrackingTable"));
    auto *exportAhead = new QPushButton(tr("Export forecast…"), this);
    auto *exportTracking = new QPushButton(tr("Export comparison…"), this);
    connect(exportAhead, &QPushButton::clicked, this, [this] { TableExport::ask(this, m_aheadTable->table()); });
    connect(exportTracking, &QPushButton::clicked, this, [this] { TableExport::ask(this, m_trackingTable->table()); });
    connect(aheadView, &QTableView::activated, this, [this](const QModelIndex &index) { showReceipts(index.row()); });

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_status, 0, 0, 1, 2);
    grid->addWidget(m_ahead, 1, 0, 2, 1);
    grid->addWidget(aheadView, 1, 1);
    grid->addWidget(exportAhead, 2, 1, Qt::AlignRight);
    grid->addWidget(m_tracking, 3, 0, 2, 1);
    grid->addWidget(trackingView, 3, 1);
    grid->addWidget(exportTracking, 4, 1, Qt::AlignRight);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
}

void ForecastPage::setView(const QDate &asOf, const QString &base)
{
    if (asOf == m_asOf && base == m_base && !m_overview.ahead.isEmpty())
        return;
    m_asOf = asOf;
    m_base = base;
    m_stale = true;
    if (isVisible())
        reload();
}

void ForecastPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void ForecastPage::reload()
{
    auto base = Currency::fromCode(m_base);
    if (m_loading || !m_asOf.isValid() || !base)
        return;
    m_loading = true;
    m_stale = false;
    m_status->setText(tr("Computing the forecast…"));
    auto future = m_session.run<Result<forecast::ForecastOverview>>(
        [asOf = m_asOf, base = *base](storage::Workspace &workspace, services::JobControl &control) {
            return forecast::ForecastOverviewQuery(workspace.database()).run(asOf, base, Weeks, control);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Computing the forecast…"), 800, this);
    whenReady(this, future, [this](const Result<forecast::ForecastOverview> &overview) {
        m_loading = false;
        if (!overview) {
            m_status->setText(ErrorMessages::describe(overview.error()));
            return;
        }
        present(*overview);
        if (m_stale) // the day or base changed meanwhile
            reload();
        emit loaded();
    });
}

void ForecastPage::present(const forecast::ForecastOverview &overview)
{
    m_overview = overview;
    QString status = DashboardTables::forecastWeeks(overview).subtitle;
    if (!overview.withoutRate.isEmpty())
        status += tr("; left out for want of a rate: %1").arg(overview.withoutRate.join(QStringLiteral(", ")));
    m_status->setText(status);
    m_aheadTable->setTable(DashboardTables::forecastWeeks(overview));
    m_trackingTable->setTable(DashboardTables::forecastTracking(overview));
    for (QTableView *view : findChildren<QTableView *>())
        view->resizeColumnsToContents();
    for (QChartView *view : { m_ahead, m_tracking }) {
        QChart *old = view->chart();
        view->setChart(view == m_ahead ? aheadChart() : trackingChart());
        delete old;
    }
}

QChart *ForecastPage::aheadChart()
{
    double top = 0;
    for (const forecast::ForecastWeek &week : m_overview.ahead)
        top = std::max(top, major(week.high));
    QChart *chart = weeksChart(tr("Cash expected by week (%1)").arg(m_overview.base), m_overview.ahead, top);
    QLineSeries *expected = addForecast(chart, m_overview.ahead, tr("Expected"));
    connect(expected, &QLineSeries::clicked, this, [this](const QPointF &at) {
        showReceipts(std::clamp(int(std::lround(at.x())), 0, int(m_overview.ahead.size()) - 1));
    });
    return chart;
}

QChart *ForecastPage::trackingChart()
{
    const Currency base = *Currency::fromCode(m_overview.base);
    double top = 0;
    auto *collected = new QBarSet(tr("Collected"));
    for (int week = 0; week < m_overview.tracked.size(); ++week) {
        const double amount = major(Money(m_overview.collected.value(week), base));
        *collected << amount;
        top = std::max({ top, amount, major(m_overview.tracked[week].high) });
    }
    collected->setColor(Theme::caution());
    QChart *chart
        = weeksChart(tr("Forecast of %1 against what came in (%2)")
                         .arg(QLocale().toString(m_overview.trackedFrom, QLocale::ShortFormat), m_overview.base),
            m_overview.tracked, top);
    auto *bars = new QBarSeries;
    bars->append(collected);
    attachAll(chart, bars);
    addForecast(chart, m_overview.tracked, tr("Forecast"));
    return chart;
}

void ForecastPage::showReceipts(int week)
{
    if (week < 0 || week >= m_overview.ahead.size())
        return;
    documents::ReportTable table = DashboardTables::receiptsOfWeek(m_overview, week);
    auto *dialog = new ReportTableDialog(table.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int count = int(table.rows.size());
    dialog->setTable(std::move(table),
        tr("%n receipt(s) most likely in this week; the week expects %1 in all", nullptr, count)
            .arg(m_aheadTable->index(week, 2).data().toString()));
    connect(dialog, &ReportTableDialog::invoiceRequested, this, &ForecastPage::invoiceRequested);
    dialog->open();
    emit receiptsOpened(dialog);
}

} // namespace cc::ui
