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
    return m_db.execute(
        QStringLiteral("PRAGMA cache_size = -655360; PRAGMA journal_mode = DELETE; PRAGMA threads = 2"));
}

Status BulkLoad::deferIndexes(const QString &table)
{
    // Indexes behind PRIMARY KEY and UNIQUE constraints have no SQL and stay.
    auto indexes = m_db.prepare(QStringLiteral(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL"));
    if (!indexes)
        return indexes.error();
    QStringList names;
    QStringList &definitions = m_deferredIndexes[table];
    if (auto status = indexes->bind(1, table).forEachRow([&]() -> Status {
            names << indexes->text(0);
            definitions << indexes->text(1);
            return success();
        });
        !status)
        return status;
    for (const QString &name : std::as_const(names)) {
        // Index names come from the schema, not from input; DDL takes no parameters.
        if (auto status = m_db.execute(QStringLiteral("DROP INDEX \"%1\"").arg(name)); !status)
            return status;
    }
    return success();
}

Status BulkLoad::restoreIndexes(const QString &table)
{
    for (const QString &definition : m_deferredIndexes.take(table)) {
        if (auto status = m_db.execute(definition); !status)
            return status;
    }
    return success();
}

BulkLoad::~BulkLoad()
{
    if (m_previousCache)
        (void)m_db.execute(QStringLiteral("PRAGMA cache_size = %1; PRAGMA journal_mode = WAL").arg(*m_previousCache));
}

} // namespace cc::storage
