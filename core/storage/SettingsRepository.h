// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"

#include <optional>

namespace cc::storage {

/// Small named values kept in the workspace itself (such as the sync watermark), so they are
/// encrypted and travel with it.
class SettingsRepository {
public:
    explicit SettingsRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    Result<std::optional<QString>> value(const QString &key);
    Status setValue(const QString &key, const QString &value);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
