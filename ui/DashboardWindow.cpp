// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardWindow.h"

#include "DashboardTables.h"
#include "DomainText.h"
#include "DrillDownDialog.h"
#include "ErrorMessages.h"
#include "ForecastPage.h"
#include "JobProgressDialog.h"
#include "ReportTableDialog.h"
#include "TableExport.h"
#include "Theme.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "documents/PdfFiles.h"
#include "services/FxRateImport.h"
#include "services/WorkspaceSession.h"
#include "storage/DashboardQuery.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QValueAxis>

namespace cc::ui {

namespace {

double major(qint64 minor, const Currency &currency)
{
    return double(minor) / double(currency.minorPerMajor());
}

/// Puts `series` on `chart` over `categories`, values on the other axis from zero.
void attach(QChart *chart, QAbstractSeries *series, const QStringList &categories, bool horizontal = false)
{
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    if (valueAxis->min() > 0)
        valueAxis->setMin(0);
    valueAxis->applyNiceNumbers();
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QString monthLabel(const QDate &day)
{
    return QLocale().toString(day, QStringLiteral("MMM yy"));
}

} // namespace

DashboardWindow::DashboardWindow(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_asOf(new QDateEdit(clock.today(), this))
    , m_base(new QComboBox(this))
    , m_subtitle(new QLabel(this))
    , m_charts(new QWidget(this))
    , m_grid(new QGridLayout(m_charts))
    , m_forecast(new ForecastPage(session, this))
{
    setWindowTitle(tr("CFO dashboard"));
    resize(1280, 900);
    m_asOf->setCalendarPopup(true);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    m_base->setObjectName(QStringLiteral("baseCurrency"));
    m_base->setToolTip(tr("All amounts in this currency, at the rates of the as-of day"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *baseLabel = new QLabel(tr("&Base currency:"), this);
    baseLabel->setBuddy(m_base);
    auto *refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    auto *rates = new QPushButton(tr("Import &rates…"), this);
    rates->setToolTip(tr("Exchange rates from a CSV file of date,base,quote,rate"));
    auto *exportPdf = new QPushButton(tr("Export &PDF…"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(baseLabel);
    bar->addWidget(m_base);
    bar->addWidget(refresh);
    bar->addStretch();
    bar->addWidget(rates);
    bar->addWidget(exportPdf);

    addChart(0, 0, QStringLiteral("agingChart"), &DashboardTables::agingByBucket);
    addChart(0, 1, QStringLiteral("collectorChart"), &DashboardTables::agingByCollector);
    addChart(1, 0, QStringLiteral("currencyChart"), &DashboardTables::agingByCurrency);
    addChart(1, 1, QStringLiteral("overdueChart"), &DashboardTables::topOverdue);
    addChart(2, 0, QStringLiteral("dsoChart"), &DashboardTables::kpiTrend);
    addChart(2, 1, QStringLiteral("ceiChart"), &DashboardTables::kpiTrend);
    addChart(3, 0, QStringLiteral("promiseChart"), &DashboardTables::promisesAndDisputes);
    addChart(3, 1, QStringLiteral("disputeChart"), &DashboardTables::promisesAndDisputes);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_charts);
    scroll->setWidgetResizable(true);
    m_charts->setMinimumHeight(4 * 280);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(scroll, tr("&Overview"));
    tabs->addTab(m_forecast, tr("Cash &forecast"));
    connect(m_forecast, &ForecastPage::invoiceRequested, this, &DashboardWindow::invoiceRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_subtitle);
    layout->addWidget(tabs);

    connect(refresh, &QPushButton::clicked, this, &DashboardWindow::reload);
    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardWindow::reload);
    connect(m_base, &QComboBox::activated, this, &DashboardWindow::reload);
    connect(rates, &QPushButton::clicked, this, &DashboardWindow::importRates);
    connect(exportPdf, &QPushButton::clicked, this, &DashboardWindow::exportPage);
    reload();
}

QChartView *DashboardWindow::addChart(
    int row, int column, const QString &name, std::function<documents::ReportTable(const analytics::Dashboard &)> table)
{
    auto *view = new QChartView(m_charts);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->setToolTip(tr("Click a bar or point for the invoices behind it; right-click to export its table"));
    connect(view, &QWidget::customContextMenuRequested, this, [this, view, table](const QPoint &at) {
        QMenu menu;
        menu.addAction(tr("Export table…"), this, [this, table] { TableExport::ask(this, table(m_dashboard)); });
        menu.exec(view->mapToGlobal(at));
    });
    m_grid->addWidget(view, row, column);
    return view;
}

void DashboardWindow::setChart(const QString &name, QChart *chart)
{
    auto *view = m_charts->findChild<QChartView *>(name);
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardWindow::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    const QDate asOf = m_asOf->date();
    const QString base = m_base->currentText();
    auto future = m_session.run<Result<analytics::Dashboard>>(
        [asOf, base](storage::Workspace &workspace, services::JobControl &control) {
            auto reader = workspace.reader();
            return storage::DashboardQuery(workspace.database(), reader ? *reader : nullptr)
                .run(asOf, base, AgingBuckets(), 3, control);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Computing the dashboard…"), 800, this);
    whenReady(this, future, [this](const Result<analytics::Dashboard> &dashboard) {
        m_loading = false;
        if (!dashboard) {
            m_subtitle->setText(ErrorMessages::describe(dashboard.error()));
            return;
        }
        present(*dashboard);
        emit loaded();
    });
}

void DashboardWindow::present(const analytics::Dashboard &dashboard)
{
    m_dashboard = dashboard;
    const Currency base = *Currency::fromCode(dashboard.base);
    m_subtitle->setText(DashboardTables::subtitle(dashboard));
    QStringList currencies { dashboard.base };
    for (const analytics::AgingSeries &series : dashboard.byCurrency)
        currencies << series.key;
    currencies << dashboard.withoutRate;
    currencies.removeDuplicates();
    std::sort(currencies.begin(), currencies.end());
    m_base->clear();
    m_base->addItems(currencies);
    m_base->setCurrentText(dashboard.base);
    m_forecast->setView(dashboard.asOf, dashboard.base);

    QStringList bucketNames;
    for (int b = 0; b < dashboard.buckets.count(); ++b)
        bucketNames << DomainText::agingBucket(dashboard.buckets, b);
    const auto bucketDrill
        = [asOf = dashboard.asOf, leftOut = dashboard.withoutRate, buckets = dashboard.buckets](int bucket) {
              analytics::DrillDown drillDown;
              drillDown.asOf = asOf;
              drillDown.leftOut = leftOut;
              std::tie(drillDown.minDaysPastDue, drillDown.maxDaysPastDue) = buckets.daysPastDue(bucket);
              return drillDown;
          };

    // Aging by bucket: one bar per bucket.
    {
        QChart *chart = newChart(tr("Aging (%1)").arg(dashboard.base));
        auto *series = new QBarSeries;
        auto *set = new QBarSet(tr("Open"));
        for (qint64 minor : dashboard.aging)
            *set << major(minor, base);
        set->setColor(Theme::agingBucket(1, 3));
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, bucketDrill, bucketNames](int index) {
            drill(bucketDrill(index), tr("Open: %1").arg(bucketNames[index]));
        });
        attach(chart, series, bucketNames);
        chart->legend()->hide();
        setChart(QStringLiteral("agingChart"), chart);
    }
    // Aging by collector and by currency: stacked by bucket.
    for (const bool collectors : { true, false }) {
        const QList<analytics::AgingSeries> &rows = collectors ? dashboard.byCollector : dashboard.byCurrency;
        QChart *chart = newChart(collectors ? tr("Aging by collector (%1)").arg(dashboard.base)
                                            : tr("Aging by currency (%1)").arg(dashboard.base));
        QStringList categories;
        for (const analytics::AgingSeries &row : rows)
            categories << (collectors ? DashboardTables::collectorName(row.key) : row.key);
        auto *series = new QStackedBarSeries;
        for (int b = 0; b < dashboard.buckets.count(); ++b) {
            auto *set = new QBarSet(bucketNames[b]);
            for (const analytics::AgingSeries &row : rows)
                *set << major(row.buckets[b], base);
            set->setColor(Theme::agingBucket(b, dashboard.buckets.count()));
            series->append(set);
            connect(set, &QBarSet::clicked, this,
                [this, bucketDrill, rows, collectors, b, categories, bucketNames](int index) {
                    analytics::DrillDown drillDown = bucketDrill(b);
                    if (collectors)
                        drillDown.collector = rows[index].key;
                    else
                        drillDown.currency = rows[index].key;
                    drill(drillDown, tr("Open: %1, %2").arg(categories[index], bucketNames[b]));
                });
        }
        attach(chart, series, categories);
        setChart(collectors ? QStringLiteral("collectorChart") : QStringLiteral("currencyChart"), chart);
    }
    // The most overdue customers, the largest at the top.
    {
        QChart *chart = newChart(tr("Most overdue customers (%1)").arg(dashboard.base));
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Overdue"));
        QStringList names;
        QList<analytics::OverdueAccount> accounts = dashboard.topOverdue;
        std::reverse(accounts.begin(), accounts.end());
        for (const analytics::OverdueAccount &account : accounts) {
            *set << major(account.overdueMinor, base);
            names << account.name;
        }
        set->setColor(Theme::warning());
        series->append(set);
        const QDate asOf = dashboard.asOf;
        const QStringList leftOut = dashboard.withoutRate;
        connect(set, &QBarSet::clicked, this, [this, accounts, asOf, leftOut](int index) {
            analytics::DrillDown drillDown;
            drillDown.asOf = asOf;
            drillDown.leftOut = leftOut;
            drillDown.minDaysPastDue = 0;
            drillDown.customerId = accounts[index].customerId;
            drill(drillDown, tr("Overdue: %1").arg(accounts[index].name));
        });
        attach(chart, series, names, true);
        chart->legend()->hide();
        setChart(QStringLiteral("overdueChart"), chart);
    }
    setChart(QStringLiteral("dsoChart"),
        trendChart(tr("Days sales outstanding (each over %n month(s))", nullptr, dashboard.kpiWindowMonths),
            { { tr("DSO"), [](const analytics::Kpis &k) { return k.dso; } },
                { tr("Count-back DSO"), [](const analytics::Kpis &k) { return k.countBackDso; } },
                { tr("Best possible DSO"), [](const analytics::Kpis &k) { return k.bestPossibleDso; } },
                { tr("Avg. days delinquent"), [](const analytics::Kpis &k) { return k.averageDaysDelinquent; } } }));
    setChart(QStringLiteral("ceiChart"),
        trendChart(tr("Collection effectiveness and current share (%)"),
            { { tr("CEI"), [](const analytics::Kpis &k) { return k.cei; } },
                { tr("Current"), [](const analytics::Kpis &k) { return k.percentCurrent; } } }));
    // Promises kept and dispute cycle time by month.
    {
        QStringList months;
        auto *kept = new QBarSet(tr("Kept %"));
        auto *cycle = new QBarSet(tr("Average days"));
        for (int m = 0; m < dashboard.promises.size(); ++m) {
            months << monthLabel(dashboard.promises[m].end);
            *kept << dashboard.promises[m].keptPercent().value_or(0);
            *cycle << dashboard.disputes[m].averageCycleDays().value_or(0);
        }
        kept->setColor(Theme::positive());
        cycle->setColor(Theme::caution());
        connect(kept, &QBarSet::clicked, this, [this, months](int m) {
            const analytics::PromiseMonth month = m_dashboard.promises[m];
            const QDate asOf = m_dashboard.asOf;
            showDetail(tr("Promises due in %1").arg(months[m]), [month, asOf](storage::DashboardQuery &query) {
                auto due = query.promisesDue(month.start, month.end, asOf);
                return due ? Result<documents::ReportTable>(DashboardTables::promisesDue(QString(), *due))
                           : Result<documents::ReportTable>(due.error());
            });
        });
        connect(cycle, &QBarSet::clicked, this, [this, months](int m) {
            const analytics::DisputeMonth month = m_dashboard.disputes[m];
            showDetail(tr("Disputes resolved in %1").arg(months[m]), [month](storage::DashboardQuery &query) {
                auto resolved = query.disputesResolved(month.start, month.end);
                return resolved
                    ? Result<documents::ReportTable>(DashboardTables::disputesResolved(QString(), *resolved))
                    : Result<documents::ReportTable>(resolved.error());
            });
        });
        QChart *promises = newChart(tr("Promises to pay kept (%)"));
        auto *promiseSeries = new QBarSeries;
        promiseSeries->append(kept);
        attach(promises, promiseSeries, months);
        promises->legend()->hide();
        setChart(QStringLiteral("promiseChart"), promises);
        QChart *disputes = newChart(tr("Dispute cycle time (days, by month resolved)"));
        auto *disputeSeries = new QBarSeries;
        disputeSeries->append(cycle);
        attach(disputes, disputeSeries, months);
        disputes->legend()->hide();
        setChart(QStringLiteral("disputeChart"), disputes);
    }
}

QChart *DashboardWindow::trendChart(const QString &title,
    const QList<std::pair<QString, std::function<std::optional<double>(const analytics::Kpis &)>>> &lines)
{
    QChart *chart = newChart(title);
    QStringList months;
    for (const analytics::KpiPoint &point : m_dashboard.trend)
        months << monthLabel(point.asOf);
    auto *categoryAxis = new QBarCategoryAxis(chart);
    categoryAxis->append(months);
    categoryAxis->setTruncateLabels(false);
    auto *valueAxis = new QValueAxis(chart);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    double top = 1;
    for (const auto &[name, value] : lines) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPointsVisible(true);
        for (int p = 0; p < m_dashboard.trend.size(); ++p) {
            if (const std::optional<double> figure = value(m_dashboard.trend[p].kpis)) {
                series->append(p, *figure);
                top = std::max(top, *figure);
            }
        }
        chart->addSeries(series);
        series->attachAxis(categoryAxis);
        series->attachAxis(valueAxis);
        const analytics::Dashboard &dashboard = m_dashboard;
        connect(series, &QLineSeries::clicked, this,
            [this, trend = dashboard.trend, leftOut = dashboard.withoutRate](const QPointF &at) {
                const int p = std::clamp(int(std::lround(at.x())), 0, int(trend.size()) - 1);
                analytics::DrillDown drillDown;
                drillDown.asOf = trend[p].asOf;
                drillDown.leftOut = leftOut;
                drillDown.invoicesOnly = true;
                drill(drillDown, tr("Receivables on %1").arg(QLocale().toString(trend[p].asOf, QLocale::ShortFormat)));
            });
    }
    valueAxis->setRange(0, top * 1.1);
    valueAxis->applyNiceNumbers();
    return chart;
}

void DashboardWindow::drill(analytics::DrillDown drillDown, const QString &title)
{
    auto *dialog = new DrillDownDialog(m_session, std::move(drillDown), title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::invoiceRequested, this, &DashboardWindow::invoiceRequested);
    dialog->open();
    emit drillDownOpened(dialog);
}

void DashboardWindow::showDetail(
    const QString &title, std::function<Result<documents::ReportTable>(storage::DashboardQuery &)> read)
{
    auto *dialog = new ReportTableDialog(title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportTableDialog::invoiceRequested, this, &DashboardWindow::invoiceRequested);
    dialog->open();
    emit drillDownOpened(dialog);
    auto future
        = m_session.run<Result<documents::ReportTable>>([read](storage::Workspace &workspace, services::JobControl &) {
              storage::DashboardQuery query(workspace.database());
              return read(query);
          });
    whenReady(dialog, future, [dialog, title](const Result<documents::ReportTable> &table) {
        if (!table) {
            dialog->setSummary(ErrorMessages::describe(table.error()));
            return;
        }
        documents::ReportTable titled = *table;
        titled.title = title;
        const int rows = int(titled.rows.size());
        dialog->setTable(std::move(titled), tr("%n row(s)", nullptr, rows));
    });
}

void DashboardWindow::importRates()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import exchange rates"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto future = m_session.run<Result<int>>([path](storage::Workspace &workspace, services::JobControl &) {
        return services::FxRateImport::fromCsv(workspace.database(), path);
    });
    whenReady(this, future, [this](const Result<int> &imported) {
        if (!imported) {
            ErrorMessages::show(this, tr("Exchange rates not imported"), imported.error());
            return;
        }
        QMessageBox::information(this, tr("Exchange rates imported"), tr("%n rate(s) imported.", nullptr, *imported));
        reload();
    });
}

QByteArray DashboardWindow::pagePdf() const
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(windowTitle());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    writer.setResolution(150);
    QPainter painter(&writer);
    const QRect page = painter.viewport();
    QFont heading = painter.font();
    heading.setPointSizeF(14);
    heading.setBold(true);
    painter.setFont(heading);
    const int headingHeight = painter.fontMetrics().height() * 2;
    painter.drawText(QRect(0, 0, page.width(), headingHeight), Qt::AlignLeft | Qt::AlignTop,
        tr("CFO dashboard") + QStringLiteral("\n"));
    QFont small = painter.font();
    small.setPointSizeF(9);
    small.setBold(false);
    painter.setFont(small);
    painter.drawText(QRect(0, headingHeight / 2, page.width(), headingHeight / 2), Qt::AlignLeft | Qt::AlignVCenter,
        m_subtitle->text());
    // The charts as shown, scaled to fill the rest of the page.
    const QSize shown = m_charts->size();
    const double scale
        = std::min(double(page.width()) / shown.width(), double(page.height() - headingHeight) / shown.height());
    painter.translate(0, headingHeight);
    painter.scale(scale, scale);
    m_charts->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    painter.end();
    return pdf;
}

void DashboardWindow::exportPage()
{
    const QString stem = documents::PdfFiles::name(tr("CFO dashboard %1").arg(m_dashboard.asOf.toString(Qt::ISODate)));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the dashboard"), stem, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (auto written = documents::PdfFiles::write(path, pagePdf()); !written)
        ErrorMessages::show(this, tr("Export failed"), written.error());
}

} // namespace cc::ui
