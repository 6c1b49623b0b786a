// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListView.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace cc::ui {
namespace {

class PaddedRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), ListView::rowHeight(option.fontMetrics)));
        return size;
    }
};

} // namespace

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
