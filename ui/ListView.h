// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace cc::ui {

/// A flat, sortable-if-asked table in CashCycle's list style: whole-row selection, alternating
/// rows, uniform and slightly padded row heights (fast and readable with 100k rows).
class ListView : public QTreeView {
    Q_OBJECT
public:
    /// `name` is the object name, under which the column layout is remembered.
    explicit ListView(const QString &name, QWidget *parent = nullptr);

    /// Row height shared with the paged QTableView, so every list reads the same.
    static int rowHeight(const QFontMetrics &metrics);
};

} // namespace cc::ui
