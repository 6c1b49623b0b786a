// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/AccountHistory.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// One account's contacts, promises and follow-ups on one timeline, newest first. Open
/// follow-ups and promises say so (OpenFollowUpRole, OpenPromiseRole), for acting on them.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhatColumn, DetailColumn, ByColumn, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setHistory(const collections::AccountHistory &history);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Kind { Activity, Promise, Task };
    struct Item {
        QDateTime when;
        QString what;
        QString detail;
        QString by;
        bool open = false; ///< an open promise or task: shown in bold
        Kind kind = Kind::Activity;
        QString id;
    };

    QList<Item> m_items;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
