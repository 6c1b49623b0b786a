// SPDX-License-Identifier: GPL-3.0-or-later
#include "ManualMatchPanel.h"

#include "WhenReady.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

enum Column { Number, Due, Open, Apply, Discount, ColumnCount };

struct Found {
    QList<std::pair<QString, QString>> customers; ///< id, name
    std::pair<QString, QString> invoiceCustomer; ///< the customer of the invoice numbered as typed, if any
};

} // namespace

ManualMatchPanel::ManualMatchPanel(services::WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
    , m_customer(new QComboBox(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTreeView(this))
    , m_remaining(new QLabel(this))
    , m_fill(new QPushButton(tr("Fill &oldest first"), this))
    , m_writeOff(
          new QCheckBox(tr("&Write off what a short payment leaves open (approval above the team's limit)"), this))
{
    m_search->setObjectName(QStringLiteral("manualMatchSearch"));
    m_search->setPlaceholderText(tr("Customer name or number, or an invoice number"));
    m_search->setClearButtonEnabled(true);
    m_customer->setObjectName(QStringLiteral("manualMatchCustomer"));
    m_customer->setMinimumContentsLength(30);
    m_model->setHorizontalHeaderLabels({ tr("Invoice"), tr("Due"), tr("Open"), tr("Apply"), tr("Discount") });
    m_view->setObjectName(QStringLiteral("manualMatchItems"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_remaining->setObjectName(QStringLiteral("manualMatchRemaining"));
    m_fill->setObjectName(QStringLiteral("manualMatchFill"));
    m_writeOff->setObjectName(QStringLiteral("manualMatchWriteOff"));

    auto *find = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    find->addWidget(searchLabel);
    find->addWidget(m_search, 1);
    find->addWidget(m_customer, 1);
    auto *sums = new QHBoxLayout;
    sums->addWidget(m_remaining, 1);
    sums->addWidget(m_fill);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(find);
    layout->addWidget(m_view, 1);
    layout->addLayout(sums);
    layout->addWidget(m_writeOff);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &ManualMatchPanel::search);
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        search();
    });
    connect(
        m_customer, &QComboBox::activated, this, [this] { loadCustomer(m_customer->currentData().toString(), {}); });
    connect(m_fill, &QPushButton::clicked, this, &ManualMatchPanel::fillOldestFirst);
    connect(m_model, &QStandardItemModel::itemChanged, this, [this] {
        if (!m_filling)
            updateRemaining();
    });
    clear();
}

void ManualMatchPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ManualMatchPanel::clear()
{
    m_line.reset();
    m_items.clear();
    m_customer->clear();
    m_model->removeRows(0, m_model->rowCount());
    m_remaining->clear();
    setEnabled(false);
}

void ManualMatchPanel::start(
    const bank::BankTransaction &line, const cash::MatchProposal *proposal, const QString &customerText)
{
    m_line = line;
    setEnabled(true);
    m_search->clear();
    m_customer->clear();
    m_model->removeRows(0, m_model->rowCount());
    m_writeOff->setChecked(false);
    if (!proposal) {
        updateRemaining();
        return;
    }
    QMap<QString, qint64> apply;
    for (const auto &planned : proposal->plan.lines)
        apply.insert(planned.number, planned.cash.minorUnits());
    m_customer->addItem(customerText, proposal->customerId);
    loadCustomer(proposal->customerId, apply);
}

void ManualMatchPanel::search()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    auto found = m_session.run<Result<Found>>([text](storage::Workspace &ws, services::JobControl &) -> Result<Found> {
        Found result;
        auto invoice = storage::InvoiceRepository(ws.database()).findByNumber(text);
        if (!invoice)
            return invoice.error();
        storage::CustomerRepository customerRepository(ws.database());
        if (*invoice) {
            auto customer = customerRepository.find((*invoice)->customerId);
            if (!customer)
                return customer.error();
            result.invoiceCustomer = { (*invoice)->customerId, *customer ? (*customer)->name : QString() };
        }
        auto customers = customerRepository.lookup(text, 30);
        if (!customers)
            return customers.error();
        result.customers = *customers;
        return result;
    });
    whenReady(this, found, [this](const Result<Found> &result) {
        if (!result) {
            m_remaining->setText(result.error().detail);
            return;
        }
        m_customer->clear();
        const auto &[invoiceCustomer, invoiceCustomerName] = result->invoiceCustomer;
        if (!invoiceCustomer.isEmpty())
            m_customer->addItem(
                tr("%1 — %2 (by the invoice)").arg(invoiceCustomer, invoiceCustomerName), invoiceCustomer);
        for (const auto &[id, name] : result->customers)
            m_customer->addItem(QStringLiteral("%1 — %2").arg(id, name), id);
        if (m_customer->count() == 0) {
            m_remaining->setText(tr("No customer or invoice is called \"%1\".").arg(m_search->text()));
            return;
        }
        m_customer->setCurrentIndex(0);
        loadCustomer(m_customer->itemData(0).toString(), {});
    });
}

void ManualMatchPanel::loadCustomer(const QString &customerId, const QMap<QString, qint64> &apply)
{
    if (!m_line || customerId.isEmpty())
        return;
    const Currency currency = m_line->amount.currency();
    auto items = m_session.run<Result<QList<PaymentAllocator::OpenItem>>>(
        [customerId, currency](storage::Workspace &ws, services::JobControl &) {
            return storage::InvoiceRepository(ws.database()).payableItems(customerId, currency);
        });
    whenReady(this, items, [this, customerId, apply](const Result<QList<PaymentAllocator::OpenItem>> &loaded) {
        if (!loaded) {
            m_remaining->setText(loaded.error().detail);
            return;
        }
        m_items = *loaded;
        m_filling = true;
        m_model->removeRows(0, m_model->rowCount());
        for (const auto &item : std::as_const(m_items)) {
            const auto fixed = [](const QString &text) {
                auto *cell = new QStandardItem(text);
                cell->setEditable(false);
                return cell;
            };
            auto *open = fixed(m_format.format(item.open));
            open->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *applyCell = new QStandardItem(apply.contains(item.number)
                    ? m_format.amount(Money(apply.value(item.number), item.open.currency()))
                    : QString());
            applyCell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            auto *discount = fixed(QString());
            discount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_model->appendRow({ fixed(item.number), fixed(m_format.date(item.dueDate)), open, applyCell, discount });
        }
        m_filling = false;
        const int index = m_customer->findData(customerId);
        if (index >= 0)
            m_customer->setCurrentIndex(index);
        for (int column = 0; column < ColumnCount; ++column)
            m_view->resizeColumnToContents(column);
        // Room to type an amount in, however short the ones filled in.
        m_view->setColumnWidth(Apply,
            std::max(
                m_view->columnWidth(Apply), m_view->fontMetrics().horizontalAdvance(QStringLiteral("000.000.000,00"))));
        updateRemaining();
    });
}

std::optional<qint64> ManualMatchPanel::applied(int row) const
{
    const QString text = m_model->item(row, Apply)->text().trimmed();
    if (text.isEmpty())
        return 0;
    qint64 minor = 0;
    if (!m_format.readDecimal(text, m_items[row].open.currency().minorDigits(), minor) || minor < 0)
        return std::nullopt;
    return minor;
}

void ManualMatchPanel::fillOldestFirst()
{
    if (!m_line)
        return;
    // payableItems() lists them oldest due first already.
    qint64 left = m_line->amount.minorUnits();
    m_filling = true;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto &item = m_items[row];
        const qint64 due = (item.open - PaymentAllocator::earnedDiscount(item, m_line->bookingDate)).minorUnits();
        const qint64 cash = std::min(left, due);
        m_model->item(row, Apply)->setText(cash > 0 ? m_format.amount(Money(cash, item.open.currency())) : QString());
        left -= std::max<qint64>(cash, 0);
    }
    m_filling = false;
    updateRemaining();
}

void ManualMatchPanel::updateRemaining()
{
    if (!m_line) {
        m_remaining->clear();
        return;
    }
    auto typed = proposal();
    qint64 used = 0;
    const QScopedValueRollback<bool> marking(m_filling, true); // the marks below are no edits
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto cash = applied(row);
        used += cash.value_or(0);
        const auto &item = m_items[row];
        const Money earned = PaymentAllocator::earnedDiscount(item, m_line->bookingDate);
        const bool takesDiscount = cash && earned.isPositive() && *cash + earned.minorUnits() == item.open.minorUnits();
        m_model->item(row, Discount)->setText(takesDiscount ? m_format.format(earned) : QString());
        m_model->item(row, Apply)->setForeground(cash ? palette().text() : QBrush(QColor(0xb0, 0x20, 0x20)));
    }
    const Money left = m_line->amount - Money(used, m_line->amount.currency());
    m_remaining->setText(!typed ? typed.error().detail
            : left.isZero()     ? tr("All of %1 is applied.").arg(m_format.format(m_line->amount))
                                : tr("%1 of %2 is left: it stays unapplied cash.")
                                  .arg(m_format.format(left), m_format.format(m_line->amount)));
}

Result<cash::MatchProposal> ManualMatchPanel::proposal() const
{
    if (!m_line)
        return makeError(ErrorCode::InvalidInput, tr("choose a bank line first"));
    const QString customerId = m_customer->currentData().toString();
    if (customerId.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("find the customer who paid"));
    const Currency currency = m_line->amount.currency();
    cash::MatchProposal proposal;
    proposal.customerId = customerId;
    proposal.plan.discounts = Money::zero(currency);
    Money used = Money::zero(currency);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto &item = m_items[row];
        const auto cash = applied(row);
        if (!cash)
            return makeError(ErrorCode::InvalidInput,
                tr("%1: \"%2\" is no amount").arg(item.number, m_model->item(row, Apply)->text()));
        if (*cash == 0)
            continue;
        PaymentAllocator::Line line { item.number, Money(*cash, currency), Money::zero(currency), Money::zero(currency),
            false };
        const Money earned = PaymentAllocator::earnedDiscount(item, m_line->bookingDate);
        if (earned.isPositive() && line.cash + earned == item.open)
            line.discount = earned;
        if (line.cash + line.discount > item.open)
            return makeError(ErrorCode::InvalidInput,
                tr("%1: %2 is more than the %3 open")
                    .arg(item.number, m_format.format(line.cash), m_format.format(item.open)));
        line.settles = line.cash + line.discount == item.open;
        proposal.plan.discounts += line.discount;
        proposal.plan.lines << line;
        used += line.cash;
    }
    if (used > m_line->amount)
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is applied, more than the %2 received").arg(m_format.format(used), m_format.format(m_line->amount)));
    proposal.plan.unapplied = m_line->amount - used;
    proposal.confidence = 1;
    proposal.reasons << tr("matched by hand");
    return proposal;
}

bool ManualMatchPanel::writeOffShort() const
{
    return m_writeOff->isChecked();
}

} // namespace cc::ui
