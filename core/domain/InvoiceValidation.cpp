// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceValidation.h"

#include "PaymentTerms.h"

namespace cc {

QList<FieldProblem> InvoiceValidation::forSaving(const Invoice &draft)
{
    QList<FieldProblem> problems;
    if (draft.customerId.trimmed().isEmpty())
        problems << FieldProblem { tr("customer"), tr("choose a customer"), QStringLiteral("customer") };
    if (!draft.invoiceDate.isValid())
        problems << FieldProblem { tr("invoice date"), tr("enter the date of the invoice"),
            QStringLiteral("invoice_date") };
    if (!draft.terms.isEmpty()) {
        if (auto terms = PaymentTerms::parse(draft.terms); !terms)
            problems << FieldProblem { tr("terms"), terms.error().detail, QStringLiteral("terms") };
    } else if (!draft.dueDate.isValid()) {
        problems << FieldProblem { tr("terms"), tr("choose payment terms or a due date"), QStringLiteral("terms") };
    }
    for (qsizetype i = 0; i < draft.lines.size(); ++i) {
        const InvoiceLine &line = draft.lines.at(i);
        const QString where = tr("line %1").arg(i + 1);
        if (line.item.trimmed().isEmpty() && line.description.trimmed().isEmpty())
            problems << FieldProblem { tr("%1: description").arg(where), tr("name the item or describe it"),
                QStringLiteral("description"), int(i) };
        if (line.quantityMilli == 0)
            problems << FieldProblem { tr("%1: quantity").arg(where), tr("must not be zero"),
                QStringLiteral("quantity"), int(i) };
        if (line.unitPrice.currency() != draft.total.currency())
            problems << FieldProblem { tr("%1: unit price").arg(where),
                tr("must be in %1 like the invoice").arg(draft.total.currency().code()), QStringLiteral("unit_price"),
                int(i) };
        if (line.discountBp < 0 || line.discountBp > 10'000)
            problems << FieldProblem { tr("%1: discount").arg(where), tr("must be between 0 and 100 %"),
                QStringLiteral("discount"), int(i) };
        if (line.taxBp < 0 || line.taxBp > 10'000)
            problems << FieldProblem { tr("%1: tax rate").arg(where), tr("must be between 0 and 100 %"),
                QStringLiteral("tax"), int(i) };
    }
    return problems;
}

QList<FieldProblem> InvoiceValidation::forIssuing(const Invoice &draft)
{
    QList<FieldProblem> problems = forSaving(draft);
    if (draft.lines.isEmpty())
        problems << FieldProblem { tr("lines"), tr("add at least one line"), QStringLiteral("lines") };
    else if (draft.kind == DocumentKind::Invoice && draft.total.isNegative())
        problems << FieldProblem { tr("total"), tr("an invoice cannot total less than zero; issue a credit note"),
            QStringLiteral("total") };
    if (draft.kind == DocumentKind::CreditNote && draft.correctsNumber.isEmpty())
        problems << FieldProblem { tr("corrects"), tr("name the invoice the credit note corrects"),
            QStringLiteral("corrects") };
    return problems;
}

QString InvoiceValidation::describe(const QList<FieldProblem> &problems)
{
    QStringList parts;
    for (const FieldProblem &problem : problems)
        parts << tr("%1: %2").arg(problem.field, problem.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace cc
