// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchKeyForwarder.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QTreeView>

namespace cc::ui {

SearchKeyForwarder::SearchKeyForwarder(QTreeView *list, std::function<void()> open, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_open(std::move(open))
{
}

bool SearchKeyForwarder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            m_list->setFocus();
            QCoreApplication::sendEvent(m_list, key);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            m_open();
            return true;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cc::ui
