// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorklistReason.h"

#include <QList>

namespace cc::collections {

enum class ContactChannel { Call, Email };

/// One account on a collector's worklist.
struct WorklistEntry {
    int rank = 0;
    QString customerId;
    QString name;
    QString segment;
    Money collectible; ///< overdue and not disputed
    Money openTotal; ///< everything open, due or not, disputed or not
    double score = 0;
    ContactChannel channel = ContactChannel::Call;
    /// Largest contribution first; reasons that lower the score or only inform come last.
    QList<WorklistReason> reasons;
    bool done = false;
};

} // namespace cc::collections
