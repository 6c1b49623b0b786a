// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/DunningProposal.h"
#include "services/MoneyFormatter.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// The notices a dunning run proposes, one row per customer, each checkable for approval.
class DunningProposalModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CustomerColumn,
        LevelColumn,
        ChannelColumn,
        InvoicesColumn,
        AmountColumn,
        FeeColumn,
        LeftOutColumn,
        ColumnCount
    };

    explicit DunningProposalModel(QObject *parent = nullptr);

    void setProposals(QList<collections::DunningProposal> proposals);
    const collections::DunningProposal *proposal(int row) const;
    /// The proposals checked for approval.
    QList<collections::DunningProposal> checked() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<collections::DunningProposal> m_proposals;
    QList<bool> m_checked;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
