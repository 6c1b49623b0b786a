// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderDialog.h"

#include "ErrorMessages.h"
#include "InvoiceDraftModel.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "domain/InvoiceTotals.h"
#include "services/SalesOrders.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {

OrderDialog::OrderDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QString customerId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_customerId(std::move(customerId))
    , m_lines(new InvoiceDraftModel(this))
    , m_table(new QTableView(this))
    , m_number(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
    , m_release(new QCheckBox(tr("&Run the credit check and release it now"), this))
    , m_total(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_enter(nullptr)
{
    setWindowTitle(tr("New order for %1").arg(m_customerId));
    setObjectName(QStringLiteral("orderDialog"));
    m_number->setObjectName(QStringLiteral("orderNumber"));
    m_number->setPlaceholderText(tr("Made for you when empty"));
    m_reference->setObjectName(QStringLiteral("orderReference"));
    m_reference->setPlaceholderText(tr("The customer's purchase order"));
    m_release->setObjectName(QStringLiteral("orderRelease"));
    m_release->setChecked(true);
    m_table->setObjectName(QStringLiteral("orderLines"));
    m_table->setModel(m_lines);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(InvoiceLineModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(
        QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_total->setObjectName(QStringLiteral("orderTotal"));
    m_problem->setObjectName(QStringLiteral("orderProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);
    // No undo here: an order is short, and each edit is taken as it comes.
    connect(m_lines, &InvoiceDraftModel::editRequested, this,
        [this](const Invoice &edited) { m_lines->setContent(edited); });
    connect(m_lines, &InvoiceDraftModel::contentChanged, this, &OrderDialog::refreshTotal);
    connect(m_lines, &InvoiceDraftModel::inputRefused, m_problem, &QLabel::setText);

    auto *form = new QFormLayout;
    form->addRow(tr("Order &number:"), m_number);
    form->addRow(tr("Customer's &PO:"), m_reference);
    auto *add = new QPushButton(tr("&Add line"), this);
    add->setObjectName(QStringLiteral("orderAddLine"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    auto *remove = new QPushButton(tr("Re&move line"), this);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    connect(add, &QPushButton::clicked, this, &OrderDialog::addLine);
    connect(remove, &QPushButton::clicked, this, &OrderDialog::removeLine);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(add);
    lineButtons->addWidget(remove);
    lineButtons->addStretch();
    lineButtons->addWidget(m_total);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enter = buttons->addButton(tr("&Enter order"), QDialogButtonBox::AcceptRole);
    m_enter->setObjectName(QStringLiteral("orderEnter"));
    m_enter->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &OrderDialog::enter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(lineButtons);
    layout->addWidget(m_release);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(860, 460);

    auto customer = m_session.run<Result<std::optional<Customer>>>(
        [id = m_customerId](storage::Workspace &ws, services::JobControl &) {
            return storage::CustomerRepository(ws.database()).find(id);
        });
    whenReady(this, customer, [this](const Result<std::optional<Customer>> &found) {
        if (!found || !*found) {
            m_problem->setText(
                found ? tr("There is no customer %1.").arg(m_customerId) : ErrorMessages::describe(found.error()));
            return;
        }
        setWindowTitle(tr("New order for %1").arg((*found)->name));
        Invoice lines;
        lines.customerId = m_customerId;
        lines.total = Money::zero((*found)->currency);
        lines.status = InvoiceStatus::Draft;
        m_lines->setDraft(lines);
        addLine();
        m_enter->setEnabled(true);
    });
}

void OrderDialog::addLine()
{
    Invoice edited = m_lines->draft();
    InvoiceLine line;
    line.unitPrice = Money::zero(edited.total.currency());
    if (!edited.lines.isEmpty())
        line.taxBp = edited.lines.last().taxBp;
    edited.lines << line;
    m_lines->setContent(edited);
    const QModelIndex first = m_lines->index(m_lines->rowCount() - 1, InvoiceLineModel::ItemColumn);
    m_table->setCurrentIndex(first);
    m_table->edit(first);
}

void OrderDialog::removeLine()
{
    Invoice edited = m_lines->draft();
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= edited.lines.size())
        return;
    edited.lines.removeAt(row);
    m_lines->setContent(edited);
}

void OrderDialog::refreshTotal()
{
    const Invoice &draft = m_lines->draft();
    const InvoiceTotals totals = InvoiceTotals::compute(draft.lines, draft.total.currency(), TaxRounding::PerLine);
    m_total->setText(tr("Total %1").arg(m_format.format(totals.gross)));
}

void OrderDialog::enter()
{
    SalesOrder order { m_number->text().trimmed(), m_customerId, m_clock.today(),
        Money::zero(m_lines->draft().total.currency()) };
    for (const InvoiceLine &line : m_lines->draft().lines) {
        if (!line.item.isEmpty() || !line.description.isEmpty() || !line.unitPrice.isZero())
            order.lines << line;
    }
    order.customerReference = m_reference->text();
    m_enter->setEnabled(false);
    auto done = m_session.run<Result<SalesOrder>>(
        [order, release = m_release->isChecked(), author = m_author, clock = &m_clock](
            storage::Workspace &ws, services::JobControl &) -> Result<SalesOrder> {
            services::SalesOrders orders(ws.database(), *clock, author);
            auto entered = orders.enter(order);
            if (!entered || !release)
                return entered;
            return orders.release(entered->number);
        });
    whenReady(this, done, [this](const Result<SalesOrder> &order) {
        if (!order) {
            m_problem->setText(ErrorMessages::describe(order.error()));
            m_enter->setEnabled(true);
            return;
        }
        emit entered(*order);
        accept();
    });
}

} // namespace cc::ui
