// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JobControl.h"
#include "storage/Workspace.h"

#include <QDate>

namespace cc::services {

struct DemoOptions {
    qint64 invoices = 2000;
    int customers = 0; ///< 0: chosen from the invoice count
    quint64 seed = 1;
    QDate today;       ///< the last day of the 24 months of history (from the caller's Clock)
};

/// Fills an empty workspace with believable, deterministic receivables: customers with
/// payment-behaviour profiles, several currencies, parent and child accounts, 24 months of
/// invoices with full, partial, early-discount and late payments, credit notes, unapplied
/// cash and 3–5 collectors, and the collection history of the past weeks (DemoCollections).
/// Streams rows in one transaction, so it scales to 1M invoices; a
/// second thread plans the invoices while the caller's thread writes them.
class DemoGenerator {
public:
    static Status generate(storage::Workspace &workspace, const DemoOptions &options, JobControl &control);
};

} // namespace cc::services
