// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryModel.h"

#include "DomainText.h"
#include "ItemRoles.h"

#include <algorithm>

namespace cc::ui {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setHistory(const QList<InvoiceSummary> &documents, const QList<PaymentSummary> &payments)
{
    QList<Entry> entries;
    entries.reserve(documents.size() + payments.size());
    for (const InvoiceSummary &d : documents)
        entries.append({ d.invoiceDate, DomainText::kind(d.kind), d.number, d.number, QString(), false, d.total, d.open,
            DomainText::status(d.status, d.kind) });
    for (const PaymentSummary &p : payments) {
        const Payment &paid = p.payment;
        QStringList detail { paid.method, paid.reference };
        if (paid.received)
            detail << tr("%1 at %2").arg(m_format.format(*paid.received), paid.fxRate);
        if (paid.reversedOn.isValid())
            detail << tr("reversed on %1: %2").arg(m_format.date(paid.reversedOn), paid.reversalReason);
        detail.removeAll(QString());
        entries.append({ paid.date, tr("Payment"), paid.id, QString(), paid.id, paid.reversedOn.isValid(), -paid.amount,
            -p.unapplied, detail.join(QStringLiteral(" · ")) });
    }
    // Newest first; on one day documents before the payments that settle them.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.date != b.date)
            return a.date > b.date;
        return !a.invoiceNumber.isEmpty() && b.invoiceNumber.isEmpty();
    });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return m_format.date(entry.date);
        case TypeColumn:
            return entry.type;
        case DocumentColumn:
            return entry.document;
        case AmountColumn:
            return m_format.format(entry.amount);
        case OpenColumn:
            return entry.open.isZero() ? QString() : m_format.format(entry.open);
        case DetailColumn:
            return entry.detail;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == OpenColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case InvoiceNumberRole:
        return entry.invoiceNumber;
    case PaymentIdRole:
        return entry.paymentId;
    case LivePaymentRole:
        return !entry.paymentId.isEmpty() && !entry.reversed;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == AmountColumn || section == OpenColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Type");
    case DocumentColumn:
        return tr("Document");
    case AmountColumn:
        return tr("Amount");
    case OpenColumn:
        return tr("Open / unapplied");
    case DetailColumn:
        return tr("Status / reference");
    }
    return {};
}

} // namespace cc::ui
