// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDatabase.h"

#include <QDate>

namespace cc::services {

/// The collection history of a demo workspace: calls, emails and notes of the past weeks on
/// accounts with overdue money, promises to pay (which payments then keep or break) and
/// follow-ups, so the worklist shows reasons a collector knows. Deterministic for a seed.
class DemoCollections {
public:
    static Status generate(storage::SqlDatabase &db, quint64 seed, const QDate &today);
};

} // namespace cc::services
