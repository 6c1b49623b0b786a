// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QProgressDialog>

namespace cc::ui {

/// A progress dialog that follows a session job's future: it appears only if the job takes
/// longer than `delayMs`, shows the job's progress (or a busy bar when it reports none),
/// cancels the future when the user presses Cancel, and deletes itself when the job ends.
class JobProgressDialog : public QProgressDialog {
    Q_OBJECT
public:
    JobProgressDialog(const QFuture<void> &future, const QString &label, int delayMs, QWidget *parent);

private:
    QFutureWatcher<void> m_watcher;
};

} // namespace cc::ui
