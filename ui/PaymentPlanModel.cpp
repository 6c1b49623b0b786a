// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentPlanModel.h"

#include <QBrush>
#include <QPalette>

namespace cc::ui {

PaymentPlanModel::PaymentPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PaymentPlanModel::setItems(const QList<PaymentAllocator::OpenItem> &items)
{
    beginResetModel();
    m_items = items;
    m_lines.clear();
    for (const PaymentAllocator::OpenItem &item : items) {
        const Money zero = Money::zero(item.open.currency());
        m_lines.append({ item.number, zero, zero, zero, false });
    }
    endResetModel();
    emit planChanged();
}

void PaymentPlanModel::setPayment(const Money &cash, const QDate &date)
{
    m_cash = cash;
    m_date = date;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, NoteColumn), index(rowCount() - 1, NoteColumn));
    emit planChanged();
}

void PaymentPlanModel::suggest()
{
    if (m_cash.isPositive())
        setLines(PaymentAllocator::suggest(m_cash, m_date, m_items).lines);
    else
        clear();
}

void PaymentPlanModel::clear()
{
    setLines({});
}

void PaymentPlanModel::setLines(const QList<PaymentAllocator::Line> &lines)
{
    for (int row = 0; row < m_items.size(); ++row) {
        const Money zero = Money::zero(m_items[row].open.currency());
        m_lines[row] = { m_items[row].number, zero, zero, zero, false };
        for (const PaymentAllocator::Line &line : lines) {
            if (line.number == m_items[row].number)
                m_lines[row] = line;
        }
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit planChanged();
}

PaymentAllocator::Plan PaymentPlanModel::plan() const
{
    const Currency currency = m_cash.currency();
    PaymentAllocator::Plan plan { {}, m_cash, Money::zero(currency) };
    for (int row = 0; row < m_lines.size(); ++row) {
        PaymentAllocator::Line line = m_lines[row];
        if (line.cash.isZero() && line.discount.isZero())
            continue;
        line.unearnedDiscount = unearnedShortfall(row);
        plan.lines << line;
        if (line.cash.currency() == currency) {
            plan.unapplied -= line.cash;
            plan.discounts += line.discount;
        }
    }
    return plan;
}

QStringList PaymentPlanModel::problems() const
{
    const PaymentAllocator::Plan current = plan();
    if (current.unapplied.isNegative())
        return { tr("%1 is applied, more than the %2 paid")
                     .arg(m_format.format(m_cash - current.unapplied), m_format.format(m_cash)) };
    return PaymentAllocator::check(m_cash, m_date, m_items, current);
}

int PaymentPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PaymentPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Money PaymentPlanModel::unearnedShortfall(int row) const
{
    const PaymentAllocator::OpenItem &item = m_items[row];
    const PaymentAllocator::Line &line = m_lines[row];
    const Money offered = PaymentAllocator::earnedDiscount(item, item.invoiceDate);
    const bool shortByIt = line.discount.isZero() && line.cash.isPositive() && item.open - line.cash == offered;
    return offered.isPositive() && shortByIt && PaymentAllocator::earnedDiscount(item, m_date).isZero()
        ? offered
        : Money::zero(item.open.currency());
}

QString PaymentPlanModel::noteFor(int row) const
{
    const PaymentAllocator::OpenItem &item = m_items[row];
    const PaymentAllocator::Line &line = m_lines[row];
    const QDate deadline = item.terms.discountDeadline(item.invoiceDate);
    const Money earned = PaymentAllocator::earnedDiscount(item, m_date);
    if (line.discount.isPositive())
        return tr("Early-payment discount, earned until %1").arg(m_format.date(deadline));
    if (const Money unearned = unearnedShortfall(row); unearned.isPositive())
        return tr("%1 short: a discount taken after its window (%2); stays open")
            .arg(m_format.format(unearned), m_format.date(deadline));
    if (earned.isPositive())
        return tr("%1 discount if paid in full by %2").arg(m_format.format(earned), m_format.date(deadline));
    return {};
}

QVariant PaymentPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const PaymentAllocator::OpenItem &item = m_items[index.row()];
    const PaymentAllocator::Line &line = m_lines[index.row()];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case InvoiceColumn:
            return item.number;
        case DueColumn:
            return m_format.date(item.dueDate);
        case OpenColumn:
            return m_format.format(item.open);
        case CashColumn:
            return role == Qt::EditRole ? m_format.amount(line.cash)
                : line.cash.isZero()    ? QString()
                                        : m_format.format(line.cash);
        case DiscountColumn:
            return role == Qt::EditRole  ? m_format.amount(line.discount)
                : line.discount.isZero() ? QString()
                                         : m_format.format(line.discount);
        case NoteColumn:
            return noteFor(index.row());
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= OpenColumn && index.column() <= DiscountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == NoteColumn && unearnedShortfall(index.row()).isPositive())
        return QBrush(QPalette().color(QPalette::Link));
    if (role == Qt::ToolTipRole && (index.column() == CashColumn || index.column() == DiscountColumn))
        return tr("Type an amount; Delete applies nothing");
    return {};
}

bool PaymentPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || (index.column() != CashColumn && index.column() != DiscountColumn))
        return false;
    const Currency currency = m_items[index.row()].open.currency();
    qint64 scaled = 0;
    const QString text = value.toString();
    if (!text.trimmed().isEmpty() && !m_format.readDecimal(text, currency.minorDigits(), scaled))
        return false;
    PaymentAllocator::Line &line = m_lines[index.row()];
    (index.column() == CashColumn ? line.cash : line.discount) = Money(scaled, currency);
    line.settles = line.cash + line.discount == m_items[index.row()].open;
    line.unearnedDiscount = Money::zero(currency);
    emit dataChanged(this->index(index.row(), CashColumn), this->index(index.row(), NoteColumn));
    emit linesEdited();
    emit planChanged();
    return true;
}

Qt::ItemFlags PaymentPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == CashColumn || index.column() == DiscountColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant PaymentPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InvoiceColumn:
        return tr("Invoice");
    case DueColumn:
        return tr("Due");
    case OpenColumn:
        return tr("Open");
    case CashColumn:
        return tr("Apply");
    case DiscountColumn:
        return tr("Discount");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace cc::ui
