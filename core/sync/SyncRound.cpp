// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyncRound.h"

#include "server/ServerMigrations.h"

namespace cc::sync {

Result<SyncReport> SyncRound::run(services::JobControl &control)
{
    if (auto status = server::ServerMigrations::checkCompatible(m_server); !status)
        return status.error();
    SyncReport report;
    auto pushed = PushSync(m_server, m_local, m_clock).run(control);
    if (!pushed)
        return pushed.error();
    report.pushed = *pushed;
    auto waiting = Outbox(m_local, m_clock).count();
    if (!waiting)
        return waiting.error();
    report.waiting = *waiting;
    if (report.waiting == 0) {
        auto pulled = PullSync(m_server, m_local).run(control);
        if (!pulled)
            return pulled.error();
        report.pulled = *pulled;
    }
    auto conflicts = ConflictStore(m_local, m_clock).count();
    if (!conflicts)
        return conflicts.error();
    report.conflicts = *conflicts;
    return report;
}

} // namespace cc::sync
