// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <optional>

namespace cc::ui {

/// The worklist as one view shows it: calls or emails only, one currency or segment, and
/// accounts worked today hidden or kept at the bottom.
class WorklistFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit WorklistFilter(QObject *parent = nullptr);

    /// Nothing: every channel.
    void setChannel(std::optional<int> channel);
    /// Empty: every currency or segment.
    void setCurrency(const QString &code);
    void setSegment(const QString &segment);
    void setHideDone(bool hide);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<int> m_channel;
    QString m_currency;
    QString m_segment;
    bool m_hideDone = false;
};

} // namespace cc::ui
