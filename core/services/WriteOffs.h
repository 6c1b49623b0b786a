// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "domain/WriteOff.h"
#include "storage/SqlDatabase.h"
#include "sync/FieldValues.h"

#include <QCoreApplication>

namespace cc::services {

/// Writing off what a customer will not pay. A write-off up to the team's limit in its currency
/// is approved when asked for and settles the invoice at once; above it, it waits for a credit
/// manager other than the requester (the server enforces who decides). Each step goes to the
/// server through the sync outbox and onto the customer's timeline.
class WriteOffs {
    Q_DECLARE_TR_FUNCTIONS(WriteOffs)

public:
    /// Team setting: per currency, the largest write-off approved without a credit manager, in
    /// minor units, as a JSON object ({"EUR": 5000}). A currency not named needs approval always.
    static const QString LimitsKey;

    WriteOffs(storage::SqlDatabase &db, const Clock &clock, QString author)
        : m_db(db)
        , m_clock(clock)
        , m_author(sync::notNull(author)) // never NULL, which sync reads as none
    {
    }

    /// The largest write-off in `currency` that needs no approval.
    Result<Money> approvalLimit(const Currency &currency);
    /// Changes the team's limit for the limit's currency.
    Status setApprovalLimit(const Money &limit);
    /// Whether a write-off waits for a credit manager above the limit, or was approved where it
    /// was decided (a dispute's resolution: the server checks that decision too).
    enum class Approval { ByLimit, Given };

    /// Asks to write off `amount` of an open invoice; returns the write-off, approved already
    /// when within the limit or when the approval is given.
    Result<WriteOff> request(const QString &invoiceNumber, const Money &amount, const QString &reason,
        Approval approval = Approval::ByLimit);
    /// Approves or rejects a requested write-off. Approval settles the invoice; refused when
    /// the invoice no longer has that much open.
    Status decide(const QString &writeOffId, bool approve);

private:
    /// Writes the allocation with which an approved write-off settles its invoice.
    Status settle(const WriteOff &writeOff);

    storage::SqlDatabase &m_db;
    const Clock &m_clock;
    QString m_author;
};

} // namespace cc::services
