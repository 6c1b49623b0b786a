// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullSync.h"
#include "PushSync.h"

namespace cc::sync {

struct SyncReport {
    PushReport pushed;
    PullReport pulled;
    qint64 waiting = 0; ///< local changes still queued (the push stopped early)
    qint64 conflicts = 0; ///< conflicts waiting for the user, old and new
};

/// One full sync: the outbox goes up first, then what changed on the server comes down.
/// The pull runs only once the outbox is empty, so it never writes over an edit that has not
/// reached the server yet.
class SyncRound {
public:
    SyncRound(server::PgConnection &server, storage::SqlDatabase &local, const Clock &clock)
        : m_server(server)
        , m_local(local)
        , m_clock(clock)
    {
    }

    Result<SyncReport> run(services::JobControl &control);

private:
    server::PgConnection &m_server;
    storage::SqlDatabase &m_local;
    const Clock &m_clock;
};

} // namespace cc::sync
