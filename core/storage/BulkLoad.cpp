// SPDX-License-Identifier: GPL-3.0-or-later
#include "BulkLoad.h"

namespace cc::storage {

Status BulkLoad::begin()
{
    auto previous = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
    if (!previous)
        return previous.error();
    m_previousCache = *previous;
    // 640 MiB holds a workspace of a million invoices.
    return m_db.execute(QStringLiteral("PRAGMA cache_size = -655360; PRAGMA journal_mode = DELETE"));
}

BulkLoad::~BulkLoad()
{
    if (m_previousCache)
        (void)m_db.execute(QStringLiteral("PRAGMA cache_size = %1; PRAGMA journal_mode = WAL").arg(*m_previousCache));
}

} // namespace cc::storage
