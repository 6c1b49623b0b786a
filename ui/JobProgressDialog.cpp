// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobProgressDialog.h"

namespace cc::ui {

JobProgressDialog::JobProgressDialog(const QFuture<void> &future, const QString &label, int delayMs, QWidget *parent)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent)
{
    setWindowTitle(tr("CashCycle"));
    // Not modal: a modal progress dialog runs the event loop inside setValue(), and these jobs
    // must never be re-entered from their own progress report.
    setWindowModality(Qt::NonModal);
    setMinimumDuration(delayMs);
    setAutoReset(false);
    setAutoClose(false);
    setAttribute(Qt::WA_DeleteOnClose);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, this, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, &QProgressDialog::setValue);
    const auto cancel = connect(this, &QProgressDialog::canceled, &m_watcher, &QFutureWatcherBase::cancel);
    // Closing a progress dialog reports "canceled": the finished job must not be cancelled by it.
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this, cancel] {
        disconnect(cancel);
        close();
    });
    m_watcher.setFuture(future);
}

} // namespace cc::ui
