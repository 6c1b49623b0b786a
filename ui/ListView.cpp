// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListView.h"

#include "PaddedRowDelegate.h"

#include <QHeaderView>

namespace cc::ui {

ListView::ListView(const QString &name, QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(name);
    setItemDelegate(new PaddedRowDelegate(this));
    setRootIsDecorated(false);
    setItemsExpandable(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

int ListView::rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 6;
}

} // namespace cc::ui
