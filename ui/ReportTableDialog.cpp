// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTableDialog.h"

#include "ItemRoles.h"
#include "ReportTableModel.h"
#include "TableExport.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

ReportTableDialog::ReportTableDialog(const QString &title, QWidget *parent)
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
    m_view->setObjectName(QStringLiteral("reportTable"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, [this] { TableExport::ask(this, m_model->table()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit invoiceRequested(index.siblingAtColumn(0).data().toString().section(QLatin1Char(','), 0, 0).trimmed());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
}

void ReportTableDialog::setTable(documents::ReportTable table, const QString &summary)
{
    m_model->setTable(std::move(table));
    m_summary->setText(summary);
    m_view->resizeColumnsToContents();
    emit loaded();
}

void ReportTableDialog::setSummary(const QString &summary)
{
    m_summary->setText(summary);
}

} // namespace cc::ui
