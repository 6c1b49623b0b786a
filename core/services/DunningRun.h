// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"
#include "collections/DunningProposal.h"
#include "collections/DunningStrategy.h"
#include "common/Clock.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// The daily dunning run. It proposes one consolidated notice per customer whose invoices
/// reached their next level, for preview and approval; approving one queues its message and
/// records the notice (synced), so no level is ever sent twice.
///
/// Each invoice climbs the strategy's levels one at a time: the next level is due once the
/// invoice is that many days past due and the interval since its previous notice has passed;
/// a level whose window has closed (a reminder before the due date) is passed over. So a run
/// after days when nothing ran catches up one step per run, never skipping a notice, never
/// repeating one. Disputed invoices and invoices under an open promise are left out, and a
/// customer whose open promise covers the whole account gets nothing.
class DunningRun {
    Q_DECLARE_TR_FUNCTIONS(DunningRun)

public:
    DunningRun(storage::SqlDatabase &db, const Clock &clock, QString sender)
        : m_db(db)
        , m_clock(clock)
        , m_sender(std::move(sender))
    {
    }

    /// The strategy kept in the workspace (setting dunning.strategy), or the standard one.
    Result<collections::DunningStrategy> strategy();
    Status saveStrategy(const collections::DunningStrategy &strategy);

    Result<QList<collections::DunningProposal>> propose(const QDate &day, JobControl &control);

    struct Outcome {
        QString customerId;
        QString messageId; ///< empty when it could not be queued
        QString error;
    };
    /// Queues each proposal's message and records its notice, each customer in one transaction.
    Result<QList<Outcome>> approve(const QList<collections::DunningProposal> &proposals, const QDate &day);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_sender;
};

} // namespace cc::services
