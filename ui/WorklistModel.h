// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/WorklistEntry.h"
#include "services/WorklistText.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A collector's worklist, one row per account, in rank order. Holds a snapshot handed over
/// by the page; data() never touches the workspace.
class WorklistModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        CustomerColumn,
        CollectibleColumn,
        ScoreColumn,
        ChannelColumn,
        ReasonsColumn,
        ColumnCount
    };

    explicit WorklistModel(QObject *parent = nullptr);

    void setEntries(QList<collections::WorklistEntry> entries);
    const collections::WorklistEntry *entry(int row) const;
    /// The row of a customer's account, or -1.
    int rowOf(const QString &customerId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<collections::WorklistEntry> m_entries;
    QList<QString> m_reasons; // one line per entry, made once
    services::WorklistText m_text;
};

} // namespace cc::ui
