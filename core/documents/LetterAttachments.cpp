// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterAttachments.h"

#include "InvoiceDocument.h"
#include "StatementDocument.h"
#include "storage/OpenItemsQuery.h"

namespace cc::documents {

Result<messaging::Attachment> LetterAttachments::statement(
    storage::SqlDatabase &db, const QString &customerId, const QDate &asOf)
{
    auto pdf = StatementDocument::render(db, customerId, asOf);
    if (!pdf)
        return pdf.error();
    return messaging::Attachment { StatementDocument::fileName(customerId, asOf), QStringLiteral("application/pdf"),
        *pdf };
}

Result<QList<messaging::Attachment>> LetterAttachments::invoiceCopies(storage::SqlDatabase &db,
    const QString &customerId, const QDate &asOf, bool onlyOverdue, const QStringList &exclude)
{
    auto open = storage::OpenItemsQuery(db).run(customerId, asOf);
    if (!open)
        return open.error();
    QStringList numbers;
    for (const InvoiceSummary &item : std::as_const(*open)) {
        if (item.kind == DocumentKind::Invoice && !exclude.contains(item.number)
            && !(onlyOverdue && item.dueDate >= asOf))
            numbers << item.number;
    }
    return copiesOf(db, numbers);
}

Result<QList<messaging::Attachment>> LetterAttachments::copiesOf(storage::SqlDatabase &db, const QStringList &numbers)
{
    QList<messaging::Attachment> copies;
    for (const QString &number : numbers) {
        auto pdf = InvoiceDocument::render(db, number);
        if (!pdf)
            return pdf.error();
        copies << messaging::Attachment { InvoiceDocument::fileName(number), QStringLiteral("application/pdf"), *pdf };
    }
    return copies;
}

} // namespace cc::documents
