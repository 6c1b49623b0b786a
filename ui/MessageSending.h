// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/OutboxSender.h"

#include <QObject>
#include <functional>

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Sends the outbox's due messages for the GUI in three steps, so that neither the GUI nor
/// any workspace job waits for a mail server: the transports and due messages are read on
/// the workspace's thread, the messages handed over on a thread of the pool, the outcome
/// recorded on the workspace's thread again. `done` runs on `context`'s thread.
class MessageSending {
public:
    static void start(QObject *context, services::WorkspaceSession &session, const Clock &clock, const QString &author,
        std::function<void(const Result<services::OutboxSender::Report> &)> done);
};

} // namespace cc::ui
