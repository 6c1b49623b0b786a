// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFutureWatcher>

namespace cc::ui {

/// Calls `handler` with the result of `future` on `context`'s thread once it finishes; not at
/// all when the future is cancelled or `context` is destroyed first. A watcher owned by the
/// context rather than QFuture::then(context, …): in Qt 6.4 a continuation whose context dies
/// first asserts in debug builds and reads the dead context from the worker thread.
template<typename T, typename Handler>
void whenReady(QObject *context, const QFuture<T> &future, Handler handler)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, handler = std::move(handler)]() mutable {
            watcher->deleteLater();
            if (!watcher->isCanceled() && watcher->future().resultCount() > 0)
                handler(watcher->result());
        });
    watcher->setFuture(future);
}

} // namespace cc::ui
