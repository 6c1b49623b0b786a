// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"

#include <QPromise>
#include <atomic>

namespace cc::services {

/// JobControl over a QPromise, so the GUI follows progress through QFutureWatcher; a job also
/// stops when its owner shuts down.
template <typename T> class PromiseJobControl final : public JobControl {
public:
    PromiseJobControl(QPromise<T> &promise, const std::atomic_bool &shuttingDown)
        : m_promise(promise)
        , m_shuttingDown(shuttingDown)
    {
    }
    bool isCanceled() const override { return m_shuttingDown || m_promise.isCanceled(); }
    void setProgress(qint64 done, qint64 total) override
    {
        // QFuture progress is int: scale to per mille for very large jobs.
        m_promise.setProgressRange(0, 1000);
        m_promise.setProgressValue(total > 0 ? int(done * 1000 / total) : 0);
    }

private:
    QPromise<T> &m_promise;
    const std::atomic_bool &m_shuttingDown;
};

} // namespace cc::services
