// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <optional>

namespace cc::storage {

/// The one record `sql` (with the id as ?1) finds, read from its row by `read` (a function
/// from the statement to Result<T>), or none when there is no such row.
template <typename T, typename Read>
Result<std::optional<T>> findById(SqlDatabase &db, const QString &sql, const QString &id, Read read)
{
    auto query = db.prepare(sql);
    if (!query)
        return query.error();
    auto found = query->bind(1, id).next();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<T>();
    Result<T> record = read(*query);
    if (!record)
        return record.error();
    return std::optional<T>(*record);
}

} // namespace cc::storage
