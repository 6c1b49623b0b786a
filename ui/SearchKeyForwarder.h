// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>

class QTreeView;

namespace cc::ui {

/// Installed on a search field: the arrow and page keys move through `list` and Enter opens
/// the current match, so finding and opening a row needs no mouse.
class SearchKeyForwarder : public QObject {
public:
    SearchKeyForwarder(QTreeView *list, std::function<void()> open, QObject *parent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTreeView *m_list;
    std::function<void()> m_open;
};

} // namespace cc::ui
