// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analytics/Dashboard.h"
#include "analytics/DrillDown.h"
#include "documents/ReportTable.h"

#include <QWidget>
#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}
namespace cc::storage {
class DashboardQuery;
}

namespace cc::ui {

class ForecastPage;

/// The CFO dashboard: aging by bucket, collector and currency, the KPI trend, the most overdue
/// customers, promises kept and dispute cycle time, as of a chosen day in a chosen base
/// currency, and the cash forecast on a tab of its own (ForecastPage). Computed off the GUI thread; every bar and point
/// opens the invoices behind it; every chart's table exports, and the whole page prints to a one-page PDF.
class DashboardWindow : public QWidget {
    Q_OBJECT
public:
    DashboardWindow(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    void reload();
    const analytics::Dashboard &dashboard() const { return m_dashboard; }
    ForecastPage *forecastPage() const { return m_forecast; }
    /// The one-page PDF of the charts as they are shown.
    QByteArray pagePdf() const;

signals:
    void invoiceRequested(const QString &number);
    /// A drill-down window opened (tests follow it).
    void drillDownOpened(QWidget *dialog);
    void loaded();

private:
    void present(const analytics::Dashboard &dashboard);
    void drill(analytics::DrillDown drillDown, const QString &title);
    /// A table read on the workspace thread (promises or disputes of a month) in a window of its own.
    void showDetail(
        const QString &title, std::function<Result<documents::ReportTable>(storage::DashboardQuery &)> read);
    void importRates();
    void exportPage();
    QChartView *addChart(int row, int column, const QString &name,
        std::function<documents::ReportTable(const analytics::Dashboard &)> table);
    void setChart(const QString &name, QChart *chart);
    void fillAging(QChart *chart, bool byBucket, bool collectors);
    QChart *trendChart(const QString &title,
        const QList<std::pair<QString, std::function<std::optional<double>(const analytics::Kpis &)>>> &lines);

    services::WorkspaceSession &m_session;
    QDateEdit *m_asOf;
    QComboBox *m_base;
    QLabel *m_subtitle;
    QWidget *m_charts;
    QGridLayout *m_grid;
    ForecastPage *m_forecast;
    analytics::Dashboard m_dashboard;
    bool m_loading = false;
};

} // namespace cc::ui
