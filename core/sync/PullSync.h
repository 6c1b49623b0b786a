// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PullScope.h"
#include "SyncTable.h"
#include "server/PgConnection.h"
#include "services/JobControl.h"
#include "storage/SqlDatabase.h"

#include <QHash>
#include <QSet>

namespace cc::sync {

/// What one pull brought into the workspace.
struct PullReport {
    qint64 customers = 0;
    qint64 invoices = 0;
    qint64 payments = 0;
    qint64 allocations = 0;
    qint64 records = 0; ///< activities, promises, tasks, disputes, dunning notices and team settings
    qint64 removed = 0; ///< rows deleted on the server or no longer this user's to see
};

/// Brings what changed on the server since the last pull into the workspace: everything the
/// user may see on the first pull, then only changes. Reads one consistent server snapshot
/// and writes one local transaction, so an interrupted pull leaves the workspace as it was.
///
/// The watermark is commit-safe: each pull records the oldest transaction still running on
/// the server (the snapshot's xmin) and the next pull asks for rows written by that
/// transaction or later, so a row committed after a later-numbered one is never skipped.
/// Rows seen twice are simply written again. When the user's role changes between seeing
/// every customer and seeing a portfolio, the pull reads everything visible again and drops
/// what is no longer.
class PullSync {
    Q_DECLARE_TR_FUNCTIONS(PullSync)

public:
    PullSync(server::PgConnection &server, storage::SqlDatabase &local)
        : m_server(server)
        , m_local(local)
    {
    }

    Result<PullReport> run(services::JobControl &control);
    /// Whether the workspace holds a server's data (it has pulled and not signed out).
    static Result<bool> hasPulled(storage::SqlDatabase &local);

private:
    /// Rows the workspace asked to read again, by table.
    Result<QHash<QString, QStringList>> refetchRequests();
    Status applyEvents(const PullScope &scope, PullReport &report);
    Status pullCustomers(const PullScope &scope, PullReport &report);
    Status pullInvoices(const PullScope &scope, PullReport &report);
    Status pullPayments(const PullScope &scope, PullReport &report);
    Status pullAllocations(const PullScope &scope, PullReport &report);
    /// Rows of the standalone tables (those hanging off a customer, and team settings).
    Status pullRecords(
        const SyncTable &table, const PullScope &scope, const QStringList &requested, PullReport &report);
    /// Rows asked for again that the server no longer has (or shows) leave the workspace.
    Status dropMissing(const QHash<QString, QStringList> &requested, PullReport &report);
    /// After a role change: customers the pull did not bring leave the workspace whole.
    Status dropUnseenCustomers(PullReport &report);
    Status refresh(bool everything);
    void markPulled(QSet<QString> &pulled, const QString &key) const;
    /// Reads the query's rows into Rows with `parse` on a thread of its own (ServerRowStream)
    /// and hands them to `write` here, reporting progress and stopping when cancelled.
    template <typename Row>
    Status stream(const PullScope::Query &query, std::function<Result<Row>(const server::PgResult &, int)> parse,
        const std::function<Status(Row &)> &write);

    server::PgConnection &m_server;
    storage::SqlDatabase &m_local;
    services::JobControl *m_control = nullptr;
    /// A first pull into a workspace without documents: rows are inserted without looking
    /// for an older version, and documents are found by number in memory.
    bool m_fresh = false;
    QHash<QString, qint64> m_documentIds;
    /// The currency of each document pulled, for its lines and allocations.
    QHash<QString, Currency> m_documentCurrencies;
    qint64 m_done = 0;
    qint64 m_total = 0; ///< rows a first pull brings; 0 when not known
    /// Keys written by this pull, by table, when m_trackPulled.
    QHash<QString, QSet<QString>> m_pulled;
    bool m_trackPulled = true;
};

} // namespace cc::sync
