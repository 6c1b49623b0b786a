// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "messaging/MessageTemplate.h"

namespace cc::storage {

/// Message templates: the team's own, kept in the workspace, over the built-in ones.
class TemplateRepository {
public:
    explicit TemplateRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// The template for `key` in `language` ("de-CH" falls back to "de"), else in English;
    /// the workspace's own before the built-in. NotFound when no language has it.
    Result<messaging::MessageTemplate> find(const QString &key, const QString &language);
    Status save(const messaging::MessageTemplate &messageTemplate);
    /// Every template key there is, built-in or the workspace's own, sorted.
    Result<QStringList> keys();

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
