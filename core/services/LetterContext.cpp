// SPDX-License-Identifier: GPL-3.0-or-later
#include "LetterContext.h"

#include "CompanyProfile.h"
#include "MoneyFormatter.h"
#include "storage/CustomerRepository.h"
#include "storage/OpenItemsQuery.h"
#include "storage/SettingsRepository.h"

#include <QUrl>

namespace cc::services {

Result<QVariantMap> LetterContext::build(storage::SqlDatabase &db, const QString &customerId, const QDate &today,
    const QString &sender, bool onlyOverdue, const QStringList &exclude)
{
    auto customer = storage::CustomerRepository(db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no customer %1").arg(customerId));
    const Customer &c = **customer;
    const QLocale locale(c.language.isEmpty() ? QStringLiteral("en") : c.language);
    const MoneyFormatter format(locale);

    // What was open on the day, so a statement of a past date shows that day's items.
    auto invoices = storage::OpenItemsQuery(db).run(customerId, today);
    if (!invoices)
        return invoices.error();
    if (onlyOverdue) {
        invoices->removeIf([&today](const InvoiceSummary &item) { return item.dueDate >= today; });
    }
    QVariantList rows;
    Money open = Money::zero(c.currency);
    Money overdue = Money::zero(c.currency);
    for (const InvoiceSummary &invoice : std::as_const(*invoices)) {
        if (exclude.contains(invoice.number) || invoice.open.currency() != c.currency)
            continue;
        const qint64 daysOverdue = invoice.dueDate.daysTo(today);
        rows << QVariantMap { { QStringLiteral("number"), invoice.number },
            { QStringLiteral("date"), format.documentDate(invoice.invoiceDate) },
            { QStringLiteral("due_date"), format.documentDate(invoice.dueDate) },
            { QStringLiteral("open"), format.format(invoice.open) },
            { QStringLiteral("days_overdue"), daysOverdue > 0 ? QString::number(daysOverdue) : QString() } };
        open += invoice.open;
        if (daysOverdue > 0)
            overdue += invoice.open;
    }

    QVariantMap contact { { QStringLiteral("name"), c.name } };
    for (const Contact &person : c.contacts) {
        if (!person.email.isEmpty()) {
            contact = { { QStringLiteral("name"), person.name.isEmpty() ? c.name : person.name },
                { QStringLiteral("email"), person.email }, { QStringLiteral("phone"), person.phone } };
            break;
        }
    }
    auto company = CompanyProfile::load(db);
    if (!company)
        return company.error();
    auto paymentLink = storage::SettingsRepository(db).value(QStringLiteral("payment.link"));
    if (!paymentLink)
        return paymentLink.error();
    QString link = paymentLink->value_or(QString());
    link.replace(QStringLiteral("{customer}"), QString::fromUtf8(QUrl::toPercentEncoding(customerId)));
    return QVariantMap { { QStringLiteral("customer"),
                             QVariantMap { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name } } },
        { QStringLiteral("contact"), contact }, { QStringLiteral("invoices"), rows },
        { QStringLiteral("total_open"), format.format(open) },
        { QStringLiteral("total_overdue"), overdue.isPositive() ? format.format(overdue) : QString() },
        { QStringLiteral("payment_link"), link },
        { QStringLiteral("company"),
            QVariantMap {
                { QStringLiteral("name"), company->name }, { QStringLiteral("address"), company->address } } },
        { QStringLiteral("today"), format.documentDate(today) }, { QStringLiteral("sender"), sender } };
}

} // namespace cc::services
