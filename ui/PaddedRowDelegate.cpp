// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaddedRowDelegate.h"

#include "ListView.h"

namespace cc::ui {

QSize PaddedRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), ListView::rowHeight(option.fontMetrics)));
    return size;
}

} // namespace cc::ui
