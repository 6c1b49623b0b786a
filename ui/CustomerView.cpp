// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerView.h"

#include "AgingStrip.h"
#include "ContactModel.h"
#include "CreditPanel.h"
#include "DomainText.h"
#include "ErrorMessages.h"
#include "HistoryModel.h"
#include "InvoiceTableModel.h"
#include "ItemRoles.h"
#include "ListView.h"
#include "OrderModel.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/WorkspaceSession.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SalesOrderRepository.h"

#include <QAction>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

// A customer's history is shown whole up to this many documents, the newest ones.
constexpr int kMaxDocuments = 10000;

ListView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new ListView(name, parent);
    view->setModel(model);
    return view;
}

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    return label;
}

} // namespace

struct CustomerView::Details {
    Customer customer;
    QString parentName;
    AgingReport aging;
    QList<InvoiceSummary> openItems;
    QList<InvoiceSummary> documents;
    qint64 documentCount = 0;
    QList<PaymentSummary> payments;
    QList<SalesOrder> orders;
};

CustomerView::CustomerView(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_name(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_number(valueLabel(this))
    , m_parent(valueLabel(this))
    , m_terms(valueLabel(this))
    , m_creditLimit(valueLabel(this))
    , m_collector(valueLabel(this))
    , m_risk(valueLabel(this))
    , m_segment(valueLabel(this))
    , m_agingTitle(new QLabel(this))
    , m_aging(new AgingStrip(this))
    , m_tabs(new QTabWidget(this))
    , m_openItems(new InvoiceTableModel(this))
    , m_contacts(new ContactModel(this))
    , m_history(new HistoryModel(this))
    , m_orders(new OrderModel(this))
    , m_credit(new CreditPanel(session, clock, this))
{
    auto *back = new QToolButton(this);
    back->setText(tr("‹ All customers"));
    back->setToolTip(tr("Back to the customer list (Esc)"));
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &CustomerView::backRequested);
    for (const QKeySequence &key : { QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back) }) {
        auto *shortcut = new QShortcut(key, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CustomerView::backRequested);
    }

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_parent->setObjectName(QStringLiteral("customerParent"));
    connect(m_parent, &QLabel::linkActivated, this, &CustomerView::customerRequested);

    auto *identity = new QVBoxLayout;
    identity->addWidget(m_name);
    identity->addWidget(m_subtitle);
    auto *newInvoice = new QPushButton(tr("&New invoice…"), this);
    newInvoice->setObjectName(QStringLiteral("customerNewInvoice"));
    newInvoice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newInvoice, &QPushButton::clicked, this, [this] { emit newInvoiceRequested(m_customerId); });
    auto *recordPayment = new QPushButton(tr("Record &payment…"), this);
    recordPayment->setObjectName(QStringLiteral("customerRecordPayment"));
    recordPayment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    recordPayment->setToolTip(tr("Record cash received and apply it (Ctrl+Shift+P)"));
    connect(recordPayment, &QPushButton::clicked, this, [this] { emit paymentRequested(m_customerId, QString()); });
    auto *lateFees = new QPushButton(tr("Charge &late fees…"), this);
    lateFees->setObjectName(QStringLiteral("customerLateFees"));
    lateFees->setToolTip(tr("Interest and fees on overdue invoices, by the team's policy"));
    connect(lateFees, &QPushButton::clicked, this, [this] { emit lateFeesRequested(m_customerId); });
    auto *newOrder = new QPushButton(tr("New &order…"), this);
    newOrder->setObjectName(QStringLiteral("customerNewOrder"));
    connect(newOrder, &QPushButton::clicked, this, [this] { emit newOrderRequested(m_customerId); });
    auto *actions = new QHBoxLayout;
    actions->addWidget(newInvoice);
    actions->addWidget(newOrder);
    actions->addWidget(recordPayment);
    actions->addWidget(lateFees);
    actions->addStretch();
    identity->addLayout(actions);
    identity->addStretch();

    auto *left = new QFormLayout;
    left->addRow(tr("Customer no.:"), m_number);
    left->addRow(tr("Parent account:"), m_parent);
    left->addRow(tr("Payment terms:"), m_terms);
    left->addRow(tr("Segment:"), m_segment);
    auto *right = new QFormLayout;
    right->addRow(tr("Credit limit:"), m_creditLimit);
    right->addRow(tr("Collector:"), m_collector);
    right->addRow(tr("Risk class:"), m_risk);

    auto *header = new QHBoxLayout;
    header->addLayout(identity, 3);
    header->addSpacing(24);
    header->addLayout(left, 2);
    header->addSpacing(24);
    header->addLayout(right, 2);

    QFont titleFont = m_agingTitle->font();
    titleFont.setBold(true);
    m_agingTitle->setFont(titleFont);
    m_aging->setObjectName(QStringLiteral("agingStrip"));

    auto *openView = makeTable(m_openItems, QStringLiteral("customerOpenItems"), this);
    openView->setColumnHidden(InvoiceTableModel::CustomerColumn, true);
    openView->setColumnHidden(InvoiceTableModel::CollectorColumn, true);
    auto *contactView = makeTable(m_contacts, QStringLiteral("customerContacts"), this);
    auto *historyView = makeTable(m_history, QStringLiteral("customerHistory"), this);
    connect(openView, &ListView::activated, this, &CustomerView::openDocument);
    connect(historyView, &ListView::activated, this, &CustomerView::openDocument);
    addPaymentActions(historyView);
    m_tabs->addTab(openView, QString());
    m_tabs->addTab(contactView, QString());
    m_tabs->addTab(historyView, QString());
    auto *orderView = makeTable(m_orders, QStringLiteral("customerOrders"), this);
    m_tabs->addTab(orderView, QString());
    addOrderActions(orderView);
    m_tabs->addTab(m_credit, tr("Credit"));
    orderView->header()->resizeSection(OrderModel::DateColumn, 90);
    orderView->header()->resizeSection(OrderModel::NumberColumn, 140);
    orderView->header()->resizeSection(OrderModel::AmountColumn, 150);
    orderView->header()->resizeSection(OrderModel::StatusColumn, 130);
    QHeaderView *openHeader = openView->header();
    openHeader->resizeSection(InvoiceTableModel::NumberColumn, 130);
    openHeader->resizeSection(InvoiceTableModel::DateColumn, 90);
    openHeader->resizeSection(InvoiceTableModel::DueColumn, 90);
    openHeader->resizeSection(InvoiceTableModel::DaysOverdueColumn, 110);
    openHeader->resizeSection(InvoiceTableModel::TotalColumn, 160);
    openHeader->resizeSection(InvoiceTableModel::OpenColumn, 160);
    QHeaderView *historyHeader = historyView->header();
    historyHeader->resizeSection(HistoryModel::DateColumn, 90);
    historyHeader->resizeSection(HistoryModel::TypeColumn, 110);
    historyHeader->resizeSection(HistoryModel::DocumentColumn, 130);
    historyHeader->resizeSection(HistoryModel::AmountColumn, 160);
    historyHeader->resizeSection(HistoryModel::OpenColumn, 190);
    contactView->header()->resizeSection(ContactModel::NameColumn, 200);
    contactView->header()->resizeSection(ContactModel::RoleColumn, 160);
    contactView->header()->resizeSection(ContactModel::EmailColumn, 240);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(back, 0, Qt::AlignLeft);
    layout->addLayout(header);
    layout->addSpacing(12);
    layout->addWidget(m_agingTitle);
    layout->addWidget(m_aging);
    layout->addSpacing(12);
    layout->addWidget(m_tabs, 1);
}

void CustomerView::showCustomer(const QString &id)
{
    m_customerId = id;
    m_credit->setCustomer(id);
    reload();
}

void CustomerView::reload()
{
    if (m_customerId.isEmpty())
        return;
    m_credit->reload();
    const quint64 generation = ++m_generation;
    const QString id = m_customerId;
    const QDate today = m_clock.today();
    whenReady(this,
        m_session.run<Result<Details>>([id, today](storage::Workspace &ws, services::JobControl &) -> Result<Details> {
            storage::CustomerRepository customers(ws.database());
            auto customer = customers.find(id);
            if (!customer)
                return customer.error();
            if (!*customer)
                return makeError(ErrorCode::NotFound, tr("customer %1").arg(id));
            Details details;
            details.customer = std::move(**customer);
            if (!details.customer.parentId.isEmpty()) {
                auto parent = customers.find(details.customer.parentId);
                if (!parent)
                    return parent.error();
                if (*parent)
                    details.parentName = (*parent)->name;
            }
            auto aging = storage::AgingQuery(ws.database()).run(today, AgingBuckets(), id);
            if (!aging)
                return aging.error();
            details.aging = std::move(aging).value();

            storage::InvoiceRepository invoices(ws.database());
            InvoiceFilter open;
            open.state = InvoiceFilter::State::Open;
            open.customerId = id;
            auto openItems = invoices.list(open, kMaxDocuments);
            if (!openItems)
                return openItems.error();
            details.openItems = std::move(openItems).value();
            InvoiceFilter all;
            all.customerId = id;
            auto documents = invoices.list(all, kMaxDocuments);
            if (!documents)
                return documents.error();
            details.documents = std::move(documents).value();
            auto count = invoices.count(all);
            if (!count)
                return count.error();
            details.documentCount = *count;
            auto payments = storage::PaymentRepository(ws.database()).forCustomer(id);
            if (!payments)
                return payments.error();
            details.payments = std::move(payments).value();
            auto orders = storage::SalesOrderRepository(ws.database()).list(id);
            if (!orders)
                return orders.error();
            details.orders = std::move(orders).value();
            return details;
        }),
        [this, generation](const Result<Details> &details) {
            if (generation != m_generation)
                return;
            if (!details) {
                ErrorMessages::show(this, tr("Customer"), details.error());
                return;
            }
            showDetails(*details);
            emit loaded();
        });
}

void CustomerView::showDetails(const Details &details)
{
    const Customer &c = details.customer;
    m_name->setText(c.name);
    QStringList subtitle { c.id };
    if (!c.segment.isEmpty())
        subtitle << c.segment;
    subtitle << tr("billed in %1").arg(c.currency.code());
    m_subtitle->setText(subtitle.join(QStringLiteral(" · ")));
    m_number->setText(c.id);
    if (c.parentId.isEmpty()) {
        m_parent->setText(tr("None"));
    } else {
        const QString text
            = details.parentName.isEmpty() ? c.parentId : tr("%1 (%2)").arg(details.parentName, c.parentId);
        m_parent->setText(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(c.parentId.toHtmlEscaped(), text.toHtmlEscaped()));
    }
    m_terms->setText(c.terms.code());
    m_creditLimit->setText(c.creditLimit.isZero() ? tr("None") : m_format.format(c.creditLimit));
    m_collector->setText(c.collector.isEmpty() ? tr("Unassigned") : c.collector);
    m_risk->setText(DomainText::riskClass(c.riskClass));
    m_segment->setText(c.segment);

    m_agingTitle->setText(tr("Aging as of %1").arg(m_format.date(details.aging.asOf)));
    m_aging->setReport(details.aging);

    m_openItems->setToday(details.aging.asOf);
    m_openItems->setRows(details.openItems);
    m_contacts->setContacts(c.contacts);
    m_history->setHistory(details.documents, details.payments);
    m_tabs->setTabText(0, tr("Open items (%1)").arg(m_format.locale().toString(details.openItems.size())));
    m_tabs->setTabText(1, tr("Contacts (%1)").arg(m_format.locale().toString(c.contacts.size())));
    const qint64 shown = details.documents.size() + details.payments.size();
    m_tabs->setTabText(2,
        details.documentCount > details.documents.size()
            ? tr("History (latest %1 documents of %2)")
                  .arg(m_format.locale().toString(details.documents.size()),
                      m_format.locale().toString(details.documentCount))
            : tr("History (%1)").arg(m_format.locale().toString(shown)));
    m_orders->setOrders(details.orders);
    m_tabs->setTabText(3, tr("Orders (%1)").arg(m_format.locale().toString(details.orders.size())));
}

void CustomerView::addOrderActions(QAbstractItemView *orders)
{
    auto *release = new QAction(tr("&Release (credit check)"), orders);
    release->setObjectName(QStringLiteral("orderRelease"));
    auto *invoice = new QAction(tr("&Invoice…"), orders);
    invoice->setObjectName(QStringLiteral("orderInvoice"));
    auto *cancel = new QAction(tr("&Cancel order"), orders);
    cancel->setObjectName(QStringLiteral("orderCancel"));
    const auto current = [orders] { return orders->currentIndex().data(OrderNumberRole).toString(); };
    connect(cancel, &QAction::triggered, this, [this, current] {
        if (const QString number = current(); !number.isEmpty())
            emit orderCancelRequested(number);
    });
    connect(release, &QAction::triggered, this, [this, current] {
        if (const QString number = current(); !number.isEmpty())
            emit orderReleaseRequested(number);
    });
    connect(invoice, &QAction::triggered, this, [this, current] {
        if (const QString number = current(); !number.isEmpty())
            emit orderInvoiceRequested(number);
    });
    orders->addActions({ release, invoice, cancel });
    orders->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto enable = [release, invoice, cancel](const QModelIndex &index) {
        const auto status = SalesOrder::Status(index.data(OrderStatusRole).toInt());
        release->setEnabled(index.isValid() && status == SalesOrder::Status::Open);
        invoice->setEnabled(index.isValid() && status == SalesOrder::Status::Released);
        cancel->setEnabled(
            index.isValid() && status != SalesOrder::Status::Invoiced && status != SalesOrder::Status::Cancelled);
    };
    enable({});
    connect(orders->selectionModel(), &QItemSelectionModel::currentChanged, this, enable);
    connect(m_orders, &QAbstractItemModel::modelReset, this, [orders, enable] { enable(orders->currentIndex()); });
}

void CustomerView::addPaymentActions(QAbstractItemView *history)
{
    const auto paymentAction = [this, history](const QString &text, const char *name, auto request) {
        auto *action = new QAction(text, history);
        action->setObjectName(QLatin1String(name));
        action->setEnabled(false);
        connect(action, &QAction::triggered, this, [this, history, request] {
            const QString id = history->currentIndex().data(PaymentIdRole).toString();
            if (!id.isEmpty())
                request(id);
        });
        history->addAction(action);
        return action;
    };
    QAction *apply = paymentAction(tr("&Apply unapplied cash…"), "historyApplyPayment",
        [this](const QString &id) { emit paymentRequested(m_customerId, id); });
    QAction *refund = paymentAction(
        tr("Re&fund…"), "historyRefundPayment", [this](const QString &id) { emit refundRequested(id); });
    QAction *reverse = paymentAction(
        tr("Re&verse (bounced)…"), "historyReversePayment", [this](const QString &id) { emit reversalRequested(id); });
    history->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(history->selectionModel(), &QItemSelectionModel::currentChanged, this, [=](const QModelIndex &current) {
        const bool live = current.data(LivePaymentRole).toBool();
        for (QAction *action : { apply, refund, reverse })
            action->setEnabled(live);
    });
}

void CustomerView::openDocument(const QModelIndex &index)
{
    const QString number = index.data(InvoiceNumberRole).toString();
    if (!number.isEmpty())
        emit invoiceRequested(number);
}

} // namespace cc::ui
