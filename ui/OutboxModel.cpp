// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutboxModel.h"

#include <QLocale>
#include <QPalette>

namespace cc::ui {

using messaging::DeliveryStatus;

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OutboxModel::setMessages(QList<messaging::OutgoingMessage> messages)
{
    beginResetModel();
    m_messages = std::move(messages);
    endResetModel();
}

const messaging::OutgoingMessage *OutboxModel::message(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages[row] : nullptr;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const messaging::OutgoingMessage &m = m_messages[index.row()];
    if (role == Qt::ForegroundRole && m.status == DeliveryStatus::Failed)
        return QPalette().brush(QPalette::Highlight);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case CreatedColumn:
        return QLocale().toString(m.createdAt.toLocalTime(), QLocale::ShortFormat);
    case CustomerColumn:
        return m.customerId;
    case ChannelColumn:
        return m.channel == messaging::Channel::Sms ? tr("SMS") : tr("Email");
    case StatusColumn:
        return m.status == DeliveryStatus::Sent  ? tr("Sent")
            : m.status == DeliveryStatus::Failed ? tr("Failed")
                                                 : tr("Waiting");
    case AttemptsColumn:
        return m.attempts;
    case SubjectColumn:
        return m.subject.isEmpty() ? m.body.left(80) : m.subject;
    case ErrorColumn:
        return m.lastError;
    }
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn:
        return tr("Created");
    case CustomerColumn:
        return tr("Customer");
    case ChannelColumn:
        return tr("Channel");
    case StatusColumn:
        return tr("Status");
    case AttemptsColumn:
        return tr("Attempts");
    case SubjectColumn:
        return tr("Subject");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace cc::ui
