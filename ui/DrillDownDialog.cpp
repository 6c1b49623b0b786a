// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillDownDialog.h"

#include "DashboardTables.h"
#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "WhenReady.h"
#include "services/MoneyFormatter.h"
#include "services/WorkspaceSession.h"
#include "storage/DrillDownQuery.h"

#include <QMap>

namespace cc::ui {

DrillDownDialog::DrillDownDialog(
    services::WorkspaceSession &session, analytics::DrillDown drillDown, const QString &title, QWidget *parent)
    : ReportTableDialog(title, parent)
{
    auto future = session.run<Result<QList<analytics::DrillDownRow>>>(
        [drillDown](storage::Workspace &workspace, services::JobControl &) {
            return storage::DrillDownQuery(workspace.database()).run(drillDown);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Finding the invoices…"), 500, this);
    whenReady(this, future, [this, title, drillDown](const Result<QList<analytics::DrillDownRow>> &rows) {
        if (!rows) {
            setSummary(ErrorMessages::describe(rows.error()));
            return;
        }
        QList<analytics::DrillDownRow> shown = *rows;
        const bool cut = shown.size() > storage::DrillDownQuery::MaxRows;
        if (cut)
            shown.resize(storage::DrillDownQuery::MaxRows);
        QMap<QString, Money> totals;
        for (const analytics::DrillDownRow &row : shown) {
            auto it = totals.find(row.open.currency().code());
            if (it == totals.end())
                totals.insert(row.open.currency().code(), row.open);
            else
                *it += row.open;
        }
        QStringList amounts;
        const services::MoneyFormatter formatter;
        for (const Money &total : totals)
            amounts << formatter.format(total);
        setTable(DashboardTables::drillDown(title, drillDown.asOf, shown),
            cut ? tr("The %n most overdue documents (there are more), open: %1", nullptr, int(shown.size()))
                      .arg(amounts.join(QStringLiteral(", ")))
                : tr("%n document(s), open: %1", nullptr, int(shown.size())).arg(amounts.join(QStringLiteral(", "))));
    });
}

} // namespace cc::ui
