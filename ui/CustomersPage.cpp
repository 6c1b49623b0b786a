// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersPage.h"

#include "CustomerListModel.h"
#include "CustomerView.h"
#include "ErrorMessages.h"
#include "ItemRoles.h"
#include "JobProgressDialog.h"
#include "ListView.h"
#include "SearchKeyForwarder.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
CustomersPage::CustomersPage(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_model(new CustomerListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_list(new ListView(QStringLiteral("customerList"), this))
    , m_view(new CustomerView(session, clock, this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search customers by name or number (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(new SearchKeyForwarder(
        m_list, [this] { openCustomer(m_list->currentIndex().data(CustomerIdRole).toString()); }, this));
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::applySearch);
    m_count->setObjectName(QStringLiteral("customerCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_list->setModel(m_model);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSortIndicator(CustomerListModel::NameColumn, Qt::AscendingOrder);
    header->resizeSection(CustomerListModel::IdColumn, 110);
    header->resizeSection(CustomerListModel::NameColumn, 340);
    header->resizeSection(CustomerListModel::CollectorColumn, 110);
    header->resizeSection(CustomerListModel::RiskColumn, 60);
    header->resizeSection(CustomerListModel::OpenBalanceColumn, 150);
    header->resizeSection(CustomerListModel::OverdueColumn, 150);
    header->resizeSection(CustomerListModel::CreditLimitColumn, 150);
    m_list->setSortingEnabled(true);
    connect(m_list, &QTreeView::activated, this,
        [this](const QModelIndex &index) { openCustomer(index.data(CustomerIdRole).toString()); });

    auto *listPage = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_list, 1);

    m_stack->addWidget(listPage);
    m_stack->addWidget(m_view);
    connect(m_view, &CustomerView::backRequested, this, &CustomersPage::showList);
    connect(m_view, &CustomerView::customerRequested, this, &CustomersPage::openCustomer);
    connect(m_view, &CustomerView::invoiceRequested, this, &CustomersPage::invoiceRequested);
    connect(m_view, &CustomerView::newInvoiceRequested, this, &CustomersPage::newInvoiceRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateCount();
}

void CustomersPage::reload()
{
    const quint64 generation = ++m_generation;
    const QDate today = m_clock.today();
    QElapsedTimer timer;
    timer.start();
    // The repository returns the customers in search-key order with their keys folded at
    // save time, so the GUI thread neither sorts nor folds 100k names.
    auto future = m_session.run<Result<QList<CustomerSummary>>>(
        [today](storage::Workspace &ws, services::JobControl &) -> Result<QList<CustomerSummary>> {
            return storage::CustomerRepository(ws.database()).summaries(today);
        });
    new JobProgressDialog(QFuture<void>(future), tr("Loading customers…"), 800, this);
    // A cancelled load never reaches this continuation: the previous list simply stays.
    whenReady(this, future, [this, generation, timer](const Result<QList<CustomerSummary>> &customers) {
        if (generation != m_generation)
            return;
        if (!customers) {
            ErrorMessages::show(this, tr("Customers"), customers.error());
            return;
        }
        const QString current = m_list->currentIndex().data(CustomerIdRole).toString();
        m_model->setCustomers(*customers);
        if (const QModelIndex index = m_model->indexOf(current); index.isValid())
            m_list->setCurrentIndex(index);
        updateCount();
        emit statusMessage(tr("Loaded %Ln customer(s) in %1 s", nullptr, m_model->totalCount())
                               .arg(QLocale().toString(timer.elapsed() / 1000.0, 'f', 1)));
        emit loaded();
    });
    if (m_stack->currentWidget() == m_view)
        m_view->reload();
}

void CustomersPage::applySearch(const QString &text)
{
    const QString current = m_list->currentIndex().data(CustomerIdRole).toString();
    m_model->setFilterText(text);
    QModelIndex index = m_model->indexOf(current);
    if (!index.isValid())
        index = m_model->index(0, 0);
    if (index.isValid())
        m_list->setCurrentIndex(index);
    updateCount();
}

void CustomersPage::updateCount()
{
    const QLocale locale;
    const int total = m_model->totalCount();
    const int shown = m_model->rowCount();
    if (m_model->filterText().isEmpty())
        m_count->setText(tr("%Ln customer(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %2 customers").arg(locale.toString(shown), locale.toString(total)));
}

void CustomersPage::focusSearch()
{
    showList();
    m_search->setFocus();
    m_search->selectAll();
}

void CustomersPage::showList()
{
    m_stack->setCurrentIndex(0);
    m_list->setFocus();
}

void CustomersPage::openCustomer(const QString &id)
{
    if (id.isEmpty())
        return;
    m_view->showCustomer(id);
    m_stack->setCurrentWidget(m_view);
}

} // namespace cc::ui
