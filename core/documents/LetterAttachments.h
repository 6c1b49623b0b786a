// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messaging/OutgoingMessage.h"
#include "storage/SqlDatabase.h"

#include <QDate>

namespace cc::documents {

/// The PDFs a letter to a customer can carry: their statement of account, or copies of the
/// invoices it is about.
class LetterAttachments {
public:
    static Result<messaging::Attachment> statement(
        storage::SqlDatabase &db, const QString &customerId, const QDate &asOf);
    /// A copy of each invoice open for the customer on `asOf` (only those past due when
    /// `onlyOverdue`), leaving out `exclude` as the letter does.
    static Result<QList<messaging::Attachment>> invoiceCopies(storage::SqlDatabase &db, const QString &customerId,
        const QDate &asOf, bool onlyOverdue = false, const QStringList &exclude = {});
    /// A copy of each of these documents.
    static Result<QList<messaging::Attachment>> copiesOf(storage::SqlDatabase &db, const QStringList &numbers);
};

} // namespace cc::documents
