// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forecast/ForecastOverview.h"

#include <QDate>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class ReportTableModel;
class ReportTableDialog;

/// The dashboard's cash forecast: the weeks ahead as a chart with the 80 % band and a table, a
/// click on a week showing the receipts behind it; and the forecast made as many weeks ago
/// against what came in since. Computed off the GUI thread when first shown for a day and base.
class ForecastPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int Weeks = 13;

    ForecastPage(services::WorkspaceSession &session, QWidget *parent = nullptr);

    /// The day and base the dashboard shows; recomputed now if visible, else when next shown.
    void setView(const QDate &asOf, const QString &base);
    void reload();
    const forecast::ForecastOverview &overview() const { return m_overview; }

signals:
    void loaded();
    void receiptsOpened(ReportTableDialog *dialog);
    void invoiceRequested(const QString &number);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void present(const forecast::ForecastOverview &overview);
    void showReceipts(int week);
    QChart *aheadChart();
    QChart *trackingChart();

    services::WorkspaceSession &m_session;
    QDate m_asOf;
    QString m_base;
    bool m_stale = false;
    bool m_loading = false;
    QLabel *m_status;
    QChartView *m_ahead;
    QChartView *m_tracking;
    ReportTableModel *m_aheadTable;
    ReportTableModel *m_trackingTable;
    forecast::ForecastOverview m_overview;
};

} // namespace cc::ui
