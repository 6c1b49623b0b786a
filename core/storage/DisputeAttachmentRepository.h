// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlDatabase.h"
#include "domain/DisputeAttachment.h"

#include <optional>

namespace cc::storage {

/// The files of disputes as the workspace holds them (written through the sync outbox).
class DisputeAttachmentRepository {
public:
    explicit DisputeAttachmentRepository(SqlDatabase &db)
        : m_db(db)
    {
    }

    /// A dispute's files without their content, in the order they were added.
    Result<QList<DisputeAttachment>> list(const QString &disputeId);
    /// A file's content, or none when there is no such file.
    Result<std::optional<QByteArray>> content(const QString &attachmentId);

private:
    SqlDatabase &m_db;
};

} // namespace cc::storage
