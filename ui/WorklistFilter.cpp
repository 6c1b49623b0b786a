// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistFilter.h"

#include "ItemRoles.h"

namespace cc::ui {

WorklistFilter::WorklistFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void WorklistFilter::setChannel(std::optional<int> channel)
{
    m_channel = channel;
    invalidateFilter();
}

void WorklistFilter::setCurrency(const QString &code)
{
    m_currency = code;
    invalidateFilter();
}

void WorklistFilter::setSegment(const QString &segment)
{
    m_segment = segment;
    invalidateFilter();
}

void WorklistFilter::setHideDone(bool hide)
{
    m_hideDone = hide;
    invalidateFilter();
}

bool WorklistFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_channel && index.data(ChannelRole).toInt() != *m_channel)
        return false;
    if (!m_currency.isEmpty() && index.data(CurrencyRole).toString() != m_currency)
        return false;
    if (!m_segment.isEmpty() && index.data(SegmentRole).toString() != m_segment)
        return false;
    return !(m_hideDone && index.data(DoneRole).toBool());
}

bool WorklistFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Worked accounts sink below the rest; otherwise the rank decides.
    const bool leftDone = left.data(DoneRole).toBool();
    const bool rightDone = right.data(DoneRole).toBool();
    if (leftDone != rightDone)
        return rightDone;
    return left.row() < right.row();
}

} // namespace cc::ui
