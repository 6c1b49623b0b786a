// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningProposalModel.h"

#include "ItemRoles.h"

namespace cc::ui {

DunningProposalModel::DunningProposalModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DunningProposalModel::setProposals(QList<collections::DunningProposal> proposals)
{
    beginResetModel();
    m_proposals = std::move(proposals);
    m_checked = QList<bool>(m_proposals.size(), true);
    endResetModel();
}

const collections::DunningProposal *DunningProposalModel::proposal(int row) const
{
    return row >= 0 && row < m_proposals.size() ? &m_proposals[row] : nullptr;
}

QList<collections::DunningProposal> DunningProposalModel::checked() const
{
    QList<collections::DunningProposal> list;
    for (int row = 0; row < m_proposals.size(); ++row) {
        if (m_checked[row])
            list << m_proposals[row];
    }
    return list;
}

int DunningProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proposals.size());
}

int DunningProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DunningProposalModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_proposals.size())
        return {};
    const collections::DunningProposal &p = m_proposals[index.row()];
    if (role == Qt::CheckStateRole && index.column() == CustomerColumn)
        return m_checked[index.row()] ? Qt::Checked : Qt::Unchecked;
    if (role == CustomerIdRole)
        return p.customerId;
    if (role == Qt::TextAlignmentRole && (index.column() == AmountColumn || index.column() == FeeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CustomerColumn:
        return tr("%1 (%2)").arg(p.customerName, p.customerId);
    case LevelColumn:
        return p.levelName;
    case ChannelColumn:
        return p.channel == QLatin1String("sms") ? tr("SMS") : tr("Email");
    case InvoicesColumn:
        return p.invoiceNumbers.join(QStringLiteral(", "));
    case AmountColumn:
        return m_format.format(p.amount);
    case FeeColumn:
        return p.fee.isPositive() ? m_format.format(p.fee) : QString();
    case LeftOutColumn:
        return p.excludedInvoices.join(QStringLiteral(", "));
    }
    return {};
}

bool DunningProposalModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != CustomerColumn || index.row() >= m_proposals.size())
        return false;
    m_checked[index.row()] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, { Qt::CheckStateRole });
    return true;
}

Qt::ItemFlags DunningProposalModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == CustomerColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant DunningProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CustomerColumn:
        return tr("Customer");
    case LevelColumn:
        return tr("Level");
    case ChannelColumn:
        return tr("Channel");
    case InvoicesColumn:
        return tr("Invoices");
    case AmountColumn:
        return tr("Amount");
    case FeeColumn:
        return tr("Fee");
    case LeftOutColumn:
        return tr("Left out (disputed, promised)");
    }
    return {};
}

} // namespace cc::ui
