// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerImport.h"

#include "storage/CustomerRepository.h"

namespace cc::services {
namespace {

QString differs(const QString &id, const QString &existing)
{
    return QCoreApplication::translate(
        "CustomerImport", "customer %1 exists with different values (the workspace has \"%2\")")
        .arg(id, existing);
}

} // namespace

Status CustomerImport::check(ImportFields &fields)
{
    const qsizetype problemsBefore = fields.problemCount();
    Customer row;
    row.id = fields.required(u"customer_id");
    isDuplicate(fields, u"customer_id", row.id);
    row.name = fields.required(u"name");
    std::optional<Currency> currency;
    if (!fields.required(u"currency").isEmpty())
        currency = fields.currency(u"currency");
    if (currency) {
        row.currency = *currency;
        row.creditLimit = fields.amount(u"credit_limit", *currency, false).value_or(Money::zero(*currency));
        if (row.creditLimit.isNegative())
            fields.report(u"credit_limit", tr("a credit limit cannot be negative"));
    }
    if (const QString terms = fields.text(u"payment_terms"); !terms.isEmpty()) {
        auto parsed = PaymentTerms::parse(terms);
        if (parsed)
            row.terms = *parsed;
        else
            fields.report(u"payment_terms", parsed.error().detail);
    }
    row.collector = fields.text(u"collector");
    row.billingAddress = fields.text(u"billing_address");
    row.vatId = fields.text(u"vat_id");
    const Contact contact { {}, {}, fields.text(u"email"), fields.text(u"phone") };
    if (!contact.email.isEmpty() || !contact.phone.isEmpty())
        row.contacts.append(contact);
    row.parentId = fields.text(u"parent_id");
    if (!row.parentId.isEmpty()) {
        if (row.parentId == row.id) {
            fields.report(u"parent_id", tr("a customer cannot be its own parent"));
        } else if (!seen(row.parentId)) {
            auto parent = customer(row.parentId);
            if (!parent)
                return parent.error();
            if (!*parent)
                fields.report(u"parent_id", tr("unknown customer %1").arg(row.parentId));
        }
    }
    if (fields.problemCount() != problemsBefore)
        return success();

    auto existing = customer(row.id);
    if (!existing)
        return existing.error();
    if (!*existing) {
        m_pending.append(row);
        return success();
    }
    compare(fields, row, **existing);
    if (fields.problemCount() == problemsBefore)
        ++m_unchanged;
    return success();
}

void CustomerImport::compare(ImportFields &fields, const Customer &row, const Customer &existing)
{
    // Only columns the file has are compared: a file without credit limits leaves them alone.
    if (row.name != existing.name)
        fields.report(u"name", differs(row.id, existing.name));
    if (!(row.currency == existing.currency))
        fields.report(u"currency", differs(row.id, existing.currency.code()));
    if (fields.has(u"credit_limit") && !(row.creditLimit == existing.creditLimit))
        fields.report(u"credit_limit", differs(row.id, existing.creditLimit.toDecimalString()));
    if (fields.has(u"payment_terms") && row.terms.code() != existing.terms.code())
        fields.report(u"payment_terms", differs(row.id, existing.terms.code()));
    if (fields.has(u"collector") && row.collector != existing.collector)
        fields.report(u"collector", differs(row.id, existing.collector));
    if (fields.has(u"billing_address") && row.billingAddress != existing.billingAddress)
        fields.report(u"billing_address", differs(row.id, existing.billingAddress));
    if (fields.has(u"vat_id") && row.vatId != existing.vatId)
        fields.report(u"vat_id", differs(row.id, existing.vatId));
    if (fields.has(u"parent_id") && row.parentId != existing.parentId)
        fields.report(u"parent_id", differs(row.id, existing.parentId));
    // The row's contact must be among the customer's contacts (more may have been added since).
    if (!row.contacts.isEmpty()) {
        const Contact &wanted = row.contacts.first();
        const bool known = std::any_of(existing.contacts.cbegin(), existing.contacts.cend(), [&](const Contact &c) {
            return (!fields.has(u"email") || c.email == wanted.email)
                && (!fields.has(u"phone") || c.phone == wanted.phone);
        });
        if (!known) {
            QStringList contacts;
            for (const Contact &c : existing.contacts)
                contacts.append(QStringList { c.email, c.phone }.join(QLatin1Char(' ')).trimmed());
            fields.report(
                fields.has(u"email") ? u"email" : u"phone", differs(row.id, contacts.join(QStringLiteral(", "))));
        }
    }
}

Status CustomerImport::write(qsizetype index)
{
    return storage::CustomerRepository(m_db).save(m_pending[index]);
}

} // namespace cc::services
