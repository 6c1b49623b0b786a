// SPDX-License-Identifier: GPL-3.0-or-later
#include "DrillDownDialog.h"

#include "DashboardTables.h"
#include "ErrorMessages.h"
#include "ItemRoles.h"
#include "JobProgressDialog.h"
#include "ReportTableModel.h"
#include "TableExport.h"
#include "WhenReady.h"
#include "services/MoneyFormatter.h"
#include "services/WorkspaceSession.h"
#include "storage/DrillDownQuery.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

DrillDownDialog::DrillDownDialog(
    services::WorkspaceSession &session, analytics::DrillDown drillDown, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(tr("Loading…"), this))
    , m_view(new QTableView(this))
    , m_model(new ReportTableModel(this))
{
    setWindowTitle(title);
    resize(900, 520);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(SortValueRole);
    m_view->setModel(sorted);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setObjectName(QStringLiteral("drillDownTable"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, [this] { TableExport::ask(this, m_model->table()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { emit invoiceRequested(index.siblingAtColumn(0).data().toString()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(buttons);

    auto future = session.run<Result<QList<analytics::DrillDownRow>>>(
        [drillDown](storage::Workspace &workspace, services::JobControl &) {
            return storage::DrillDownQuery(workspace.database()).run(drillDown);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Finding the invoices…"), 500, this);
    whenReady(this, future, [this, title, drillDown](const Result<QList<analytics::DrillDownRow>> &rows) {
        if (!rows) {
            m_summary->setText(ErrorMessages::describe(rows.error()));
            return;
        }
        QList<analytics::DrillDownRow> shown = *rows;
        const bool cut = shown.size() > storage::DrillDownQuery::MaxRows;
        if (cut)
            shown.resize(storage::DrillDownQuery::MaxRows);
        m_model->setTable(DashboardTables::drillDown(title, drillDown.asOf, shown));
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
        m_summary->setText(cut
                ? tr("The %n most overdue documents (there are more), open: %1", nullptr, int(shown.size()))
                      .arg(amounts.join(QStringLiteral(", ")))
                : tr("%n document(s), open: %1", nullptr, int(shown.size())).arg(amounts.join(QStringLiteral(", "))));
        m_view->resizeColumnsToContents();
        emit loaded();
    });
}

} // namespace cc::ui
