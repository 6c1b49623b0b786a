// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementDocument.h"

#include "HtmlPage.h"
#include "PdfFiles.h"
#include "messaging/MessageTemplate.h"
#include "services/CompanyProfile.h"
#include "services/LetterContext.h"
#include "services/MoneyFormatter.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"

#include <QDir>
namespace cc::documents {
namespace {

const char *const kTemplate = R"(<html><body style="font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;">
<table width="100%"><tr>
<td>{{#logo}}<img src="logo" height="60">{{/logo}}</td>
<td align="right"><b>{{company.name}}</b><br>{{company.address}}</td>
</tr></table>
<h2>{{labels.title}}</h2>
<p><b>{{customer.name}}</b> ({{customer.id}})<br>{{contact.name}}</p>
<p>{{labels.as_of}} {{today}}</p>
<table width="100%" cellspacing="0" cellpadding="3" border="0">
<tr style="background-color: #e8e8e8;"><th align="left">{{labels.number}}</th><th align="left">{{labels.date}}</th>
<th align="left">{{labels.due}}</th><th align="right">{{labels.days}}</th><th align="right">{{labels.open}}</th></tr>
{{#invoices}}<tr><td>{{number}}</td><td>{{date}}</td><td>{{due_date}}</td><td align="right">{{days_overdue}}</td>
<td align="right">{{open}}</td></tr>
{{/invoices}}
<tr><td colspan="4" align="right"><b>{{labels.total}}</b></td><td align="right"><b>{{total_open}}</b></td></tr>
</table>
<h3>{{labels.aging}}</h3>
<table width="100%" cellspacing="0" cellpadding="3" border="0"><tr>{{#aging}}<th align="right">{{label}}</th>{{/aging}}</tr>
<tr>{{#aging}}<td align="right">{{amount}}</td>{{/aging}}</tr></table>
{{#payment_link}}<p>{{labels.pay}} {{payment_link}}</p>{{/payment_link}}
</body></html>)";

QVariantMap labels(const QString &language)
{
    if (language.startsWith(QLatin1String("de"))) {
        return { { QStringLiteral("title"), QStringLiteral("Kontoauszug") },
            { QStringLiteral("as_of"), QStringLiteral("Stand:") },
            { QStringLiteral("number"), QStringLiteral("Beleg") }, { QStringLiteral("date"), QStringLiteral("Datum") },
            { QStringLiteral("due"), QStringLiteral("Fällig") },
            { QStringLiteral("days"), QStringLiteral("Tage überfällig") },
            { QStringLiteral("open"), QStringLiteral("Offen") },
            { QStringLiteral("total"), QStringLiteral("Offen insgesamt") },
            { QStringLiteral("aging"), QStringLiteral("Altersstruktur") },
            { QStringLiteral("current"), QStringLiteral("Nicht fällig") },
            { QStringLiteral("over"), QStringLiteral("über %1 Tage") },
            { QStringLiteral("pay"), QStringLiteral("Online bezahlen:") } };
    }
    return { { QStringLiteral("title"), QStringLiteral("Statement of account") },
        { QStringLiteral("as_of"), QStringLiteral("As of") }, { QStringLiteral("number"), QStringLiteral("Document") },
        { QStringLiteral("date"), QStringLiteral("Date") }, { QStringLiteral("due"), QStringLiteral("Due") },
        { QStringLiteral("days"), QStringLiteral("Days overdue") }, { QStringLiteral("open"), QStringLiteral("Open") },
        { QStringLiteral("total"), QStringLiteral("Total open") }, { QStringLiteral("aging"), QStringLiteral("Aging") },
        { QStringLiteral("current"), QStringLiteral("Current") },
        { QStringLiteral("over"), QStringLiteral("over %1 days") },
        { QStringLiteral("pay"), QStringLiteral("Pay online:") } };
}

} // namespace

QString StatementDocument::fileName(const QString &customerId, const QDate &asOf)
{
    return PdfFiles::name(QStringLiteral("statement-%1-%2").arg(customerId, asOf.toString(Qt::ISODate)));
}

Result<QByteArray> StatementDocument::render(storage::SqlDatabase &db, const QString &customerId, const QDate &asOf)
{
    auto customer = storage::CustomerRepository(db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(customerId));
    auto context = services::LetterContext::build(db, customerId, asOf, QString());
    if (!context)
        return context.error();
    const QString language = (*customer)->language.isEmpty() ? QStringLiteral("en") : (*customer)->language;
    const QVariantMap words = labels(language);
    const services::MoneyFormatter format { QLocale(language) };
    const AgingBuckets buckets;
    auto aging = storage::AgingQuery(db).run(asOf, buckets, customerId);
    if (!aging)
        return aging.error();
    QVariantList agingColumns;
    for (int i = 0; i < buckets.count(); ++i) {
        const QString label = i == 0 ? words.value(QStringLiteral("current")).toString()
            : i <= buckets.upperBounds().size()
            ? QStringLiteral("%1–%2")
                  .arg(i == 1 ? 1 : buckets.upperBounds()[i - 2] + 1)
                  .arg(buckets.upperBounds()[i - 1])
            : words.value(QStringLiteral("over")).toString().arg(buckets.upperBounds().last());
        Money amount = Money::zero((*customer)->currency);
        for (const AgingRow &row : aging->rows) {
            if (row.currency() == amount.currency())
                amount += row.buckets[i];
        }
        agingColumns << QVariantMap { { QStringLiteral("label"), label },
            { QStringLiteral("amount"), format.format(amount) } };
    }
    context->insert(QStringLiteral("aging"), agingColumns);
    context->insert(QStringLiteral("labels"), words);

    HtmlPage page;
    auto company = services::CompanyProfile::load(db);
    if (!company)
        return company.error();
    auto logo = page.addLogo(company->logoPath);
    if (!logo)
        return logo.error();
    context->insert(QStringLiteral("logo"), *logo);
    auto layout = HtmlPage::layout(db, QStringLiteral("statement.template"), QString::fromUtf8(kTemplate));
    if (!layout)
        return layout.error();
    const messaging::MessageTemplate statement { QStringLiteral("statement"), language, QString(), *layout };
    auto html = statement.render(*context, messaging::MessageTemplate::Escaping::Html);
    if (!html)
        return html.error();
    page.setHtml(html->second);
    return page.toPdf(words.value(QStringLiteral("title")).toString() + QStringLiteral(" ") + customerId);
}

Result<int> StatementDocument::renderBatch(storage::SqlDatabase &db, const QString &segment, const QDate &asOf,
    const QString &directory, services::JobControl &control)
{
    auto query = db.prepare(QStringLiteral(
        "SELECT c.id FROM customers c WHERE (?1 = '' OR c.segment = ?1) AND EXISTS (SELECT 1 FROM invoices i "
        "WHERE i.customer_id = c.id AND i.settled_day IS NULL AND i.status NOT IN ('draft', 'cancelled')) ORDER BY "
        "c.id"));
    if (!query)
        return query.error();
    query->bind(1, segment);
    QStringList customers;
    if (auto status = query->forEachRow([&]() -> Status {
            customers << query->text(0);
            return success();
        });
        !status)
        return status.error();
    control.setProgress(0, customers.size());
    int written = 0;
    for (const QString &id : std::as_const(customers)) {
        if (control.isCanceled())
            return makeError(ErrorCode::Cancelled, tr("cancelled after %1 statements").arg(written));
        auto pdf = render(db, id, asOf);
        if (!pdf)
            return pdf.error();
        if (auto saved = PdfFiles::write(QDir(directory).filePath(fileName(id, asOf)), *pdf); !saved)
            return saved.error();
        control.setProgress(++written, customers.size());
    }
    return written;
}

} // namespace cc::documents
