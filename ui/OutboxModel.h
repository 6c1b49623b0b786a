// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/OutgoingMessage.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// Messages to customers, newest first: what went out, what waits, what failed and why.
class OutboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CreatedColumn,
        CustomerColumn,
        ChannelColumn,
        StatusColumn,
        AttemptsColumn,
        SubjectColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit OutboxModel(QObject *parent = nullptr);

    void setMessages(QList<messaging::OutgoingMessage> messages);
    const messaging::OutgoingMessage *message(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<messaging::OutgoingMessage> m_messages;
};

} // namespace cc::ui
