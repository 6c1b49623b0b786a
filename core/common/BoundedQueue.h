// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace cc {

/// Hands items from one producer thread to one consumer thread, holding at most `capacity`
/// so a fast producer cannot fill the memory. Either side ends it with close(): push() then
/// returns false, and pop() returns nothing once the items left are taken.
template<typename T>
class BoundedQueue {
public:
    explicit BoundedQueue(qsizetype capacity) : m_capacity(capacity) {}

    /// Waits while the queue is full; false when it was closed and `item` was dropped.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || qsizetype(m_items.size()) < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    /// Waits for an item; nothing when the queue is closed and empty.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

private:
    const qsizetype m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
};

} // namespace cc
