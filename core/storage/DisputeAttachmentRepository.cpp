// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeAttachmentRepository.h"

namespace cc::storage {

Result<QList<DisputeAttachment>> DisputeAttachmentRepository::list(const QString &disputeId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT id, dispute_id, file_name, media_type, length(content), added_by, "
                                             "added_day FROM dispute_attachments WHERE dispute_id = ?1 "
                                             "ORDER BY added_day, rowid"));
    if (!query)
        return query.error();
    query->bind(1, disputeId);
    QList<DisputeAttachment> attachments;
    if (auto read = query->forEachRow([&]() -> Status {
            attachments.append({ query->text(0), query->text(1), query->text(2), query->text(3), query->int64(4),
                query->text(5), query->date(6) });
            return success();
        });
        !read)
        return read.error();
    return attachments;
}

Result<std::optional<QByteArray>> DisputeAttachmentRepository::content(const QString &attachmentId)
{
    auto query = m_db.prepare(QStringLiteral("SELECT content FROM dispute_attachments WHERE id = ?1"));
    if (!query)
        return query.error();
    auto found = query->bind(1, attachmentId).next();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(query->blob(0));
}

} // namespace cc::storage
