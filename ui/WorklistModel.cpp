// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace cc::ui {

using collections::ContactChannel;

WorklistModel::WorklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorklistModel::setEntries(QList<collections::WorklistEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_reasons.clear();
    m_reasons.reserve(m_entries.size());
    for (const collections::WorklistEntry &entry : std::as_const(m_entries))
        m_reasons << m_text.summary(entry);
    endResetModel();
}

const collections::WorklistEntry *WorklistModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int WorklistModel::rowOf(const QString &customerId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].customerId == customerId)
            return row;
    }
    return -1;
}

int WorklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const collections::WorklistEntry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return e.rank;
        case CustomerColumn:
            return e.done ? tr("✓ %1").arg(e.name) : e.name;
        case CollectibleColumn:
            return m_text.format().format(e.collectible);
        case ScoreColumn:
            return m_text.format().locale().toString(e.score, 'f', 1);
        case ChannelColumn:
            return e.channel == ContactChannel::Call ? tr("Call") : tr("Email");
        case ReasonsColumn:
            return m_reasons.value(index.row());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonsColumn || index.column() == CustomerColumn)
            return m_text.reasons(e).join(QLatin1Char('\n'));
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RankColumn || index.column() == CollectibleColumn || index.column() == ScoreColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (e.done)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case CustomerIdRole:
        return e.customerId;
    case ChannelRole:
        return int(e.channel);
    case DoneRole:
        return e.done;
    case CurrencyRole:
        return e.collectible.currency().code();
    case SegmentRole:
        return e.segment;
    }
    return {};
}

QVariant WorklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case CustomerColumn:
        return tr("Customer");
    case CollectibleColumn:
        return tr("Collectible");
    case ScoreColumn:
        return tr("Score");
    case ChannelColumn:
        return tr("Channel");
    case ReasonsColumn:
        return tr("Why now");
    }
    return {};
}

} // namespace cc::ui
