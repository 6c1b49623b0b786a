// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDocument.h"

#include "PdfFiles.h"
#include "QrCodeImage.h"
#include "domain/GiroCode.h"
#include "domain/Iban.h"
#include "messaging/MessageTemplate.h"
#include "services/CompanyProfile.h"
#include "services/MoneyFormatter.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QUrl>

namespace cc::documents {
namespace {

constexpr int kGiroCodeMaxVersion = 13; // EPC069-12
constexpr int kQrModulePixels = 8;

const char *const kTemplate = R"(<html><body style="font-family: 'DejaVu Sans', sans-serif; font-size: 9pt;">
<table width="100%"><tr>
<td valign="top">{{#logo}}<img src="logo" height="60">{{/logo}}</td>
<td align="right" valign="top"><b>{{company.name}}</b>{{#company.address_lines}}<br>{{.}}{{/company.address_lines}}
{{#company.vat_id}}<br>{{labels.vat_id}} {{company.vat_id}}{{/company.vat_id}}</td>
</tr></table>
<p><span style="font-size: 7pt; color: #555555;">{{company.name}}{{#company.address_lines}} · {{.}}{{/company.address_lines}}</span><br>
<b>{{customer.name}}</b>{{#customer.address_lines}}<br>{{.}}{{/customer.address_lines}}</p>
<table width="100%"><tr><td valign="bottom"><h2>{{document.title}}{{#document.number}} {{document.number}}{{/document.number}}</h2></td>
<td align="right" valign="bottom"><table cellpadding="1">
<tr><td>{{labels.date}}</td><td align="right">{{document.date}}</td></tr>
<tr><td>{{labels.customer_number}}</td><td align="right">{{customer.id}}</td></tr>
{{#customer.vat_id}}<tr><td>{{labels.customer_vat_id}}</td><td align="right">{{customer.vat_id}}</td></tr>{{/customer.vat_id}}
{{#document.customer_reference}}<tr><td>{{labels.your_reference}}</td><td align="right">{{document.customer_reference}}</td></tr>{{/document.customer_reference}}
{{#document.corrects}}<tr><td>{{labels.corrects}}</td><td align="right">{{document.corrects}}</td></tr>{{/document.corrects}}
</table></td></tr></table>
{{#document.draft}}<p style="color: #b00020;"><b>{{labels.draft_notice}}</b></p>{{/document.draft}}
{{#itemized}}<table width="100%" cellspacing="0" cellpadding="3">
<tr style="background-color: #e8e8e8;"><th align="left">{{labels.position}}</th><th align="left">{{labels.item}}</th>
<th align="left">{{labels.description}}</th><th align="right">{{labels.quantity}}</th><th align="right">{{labels.unit_price}}</th>
<th align="right">{{labels.discount}}</th><th align="right">{{labels.tax_rate}}</th><th align="right">{{labels.amount}} ({{currency}})</th></tr>
{{#lines}}<tr><td>{{position}}</td><td>{{item}}</td><td>{{description}}</td><td align="right">{{quantity}}</td>
<td align="right">{{unit_price}}</td><td align="right">{{discount}}</td><td align="right">{{tax_rate}}</td><td align="right">{{amount}}</td></tr>
{{/lines}}</table>{{/itemized}}
<table width="100%" cellpadding="2"><tr><td width="45%"></td><td><table width="100%" cellpadding="2">
{{#itemized}}<tr><td>{{labels.net}}</td><td align="right">{{totals.net}}</td></tr>
{{#taxes}}<tr><td>{{labels.tax}} {{rate}} {{labels.on}} {{base}}</td><td align="right">{{amount}}</td></tr>
{{/taxes}}{{/itemized}}<tr><td><b>{{labels.total}}</b></td><td align="right"><b>{{totals.gross}}</b></td></tr>
</table></td></tr></table>
{{#installments}}<p>{{labels.installments}}</p><table cellpadding="2">{{#schedule}}<tr><td>{{due_date}}</td>
<td align="right">{{amount}}</td></tr>{{/schedule}}</table>{{/installments}}
{{#terms_text}}<p>{{terms_text}}</p>{{/terms_text}}
{{#payment}}<table cellpadding="4"><tr>{{#qr}}<td><img src="qr" width="110" height="110"></td>{{/qr}}
<td valign="middle">{{labels.transfer}} <b>{{amount}}</b><br>{{labels.iban}} {{iban}}{{#bic}}<br>{{labels.bic}} {{bic}}{{/bic}}
<br>{{labels.reference}} <b>{{reference}}</b>{{#qr}}<br><span style="color: #555555;">{{labels.scan}}</span>{{/qr}}</td>
</tr></table>{{/payment}}
{{#payment_link}}<p>{{labels.pay}} {{payment_link}}</p>{{/payment_link}}
{{#document.notes_lines}}{{.}}<br>{{/document.notes_lines}}
</body></html>)";

QVariantMap labels(const QString &language, DocumentKind kind)
{
    const bool credit = kind == DocumentKind::CreditNote;
    if (language.startsWith(QLatin1String("de"))) {
        return { { QStringLiteral("title"), credit ? QStringLiteral("Gutschrift") : QStringLiteral("Rechnung") },
            { QStringLiteral("draft_title"),
                credit ? QStringLiteral("Entwurf einer Gutschrift") : QStringLiteral("Rechnungsentwurf") },
            { QStringLiteral("draft_notice"), QStringLiteral("Entwurf – kein gültiges Dokument") },
            { QStringLiteral("date"), QStringLiteral("Datum") },
            { QStringLiteral("customer_number"), QStringLiteral("Kundennummer") },
            { QStringLiteral("customer_vat_id"), QStringLiteral("Ihre USt-IdNr.") },
            { QStringLiteral("vat_id"), QStringLiteral("USt-IdNr.") },
            { QStringLiteral("your_reference"), QStringLiteral("Ihre Referenz") },
            { QStringLiteral("corrects"), QStringLiteral("Zu Rechnung") },
            { QStringLiteral("position"), QStringLiteral("Pos.") },
            { QStringLiteral("item"), QStringLiteral("Artikel") },
            { QStringLiteral("description"), QStringLiteral("Beschreibung") },
            { QStringLiteral("quantity"), QStringLiteral("Menge") },
            { QStringLiteral("unit_price"), QStringLiteral("Einzelpreis") },
            { QStringLiteral("discount"), QStringLiteral("Rabatt") },
            { QStringLiteral("tax_rate"), QStringLiteral("USt.") },
            { QStringLiteral("amount"), QStringLiteral("Betrag") },
            { QStringLiteral("net"), QStringLiteral("Nettobetrag") }, { QStringLiteral("tax"), QStringLiteral("USt.") },
            { QStringLiteral("on"), QStringLiteral("auf") },
            { QStringLiteral("total"),
                credit ? QStringLiteral("Gutschriftsbetrag") : QStringLiteral("Rechnungsbetrag") },
            { QStringLiteral("installments"), QStringLiteral("Zahlbar in Raten:") },
            { QStringLiteral("due_by"), QStringLiteral("Zahlbar ohne Abzug bis %1.") },
            { QStringLiteral("discount_by"),
                QStringLiteral("Bei Zahlung bis %1 gewähren wir %2 Skonto (%3 zu zahlen).") },
            { QStringLiteral("credited"),
                QStringLiteral("Der Betrag wird mit offenen Posten verrechnet oder erstattet.") },
            { QStringLiteral("transfer"), QStringLiteral("Bitte überweisen Sie") },
            { QStringLiteral("iban"), QStringLiteral("IBAN") }, { QStringLiteral("bic"), QStringLiteral("BIC") },
            { QStringLiteral("reference"), QStringLiteral("Verwendungszweck (Referenz):") },
            { QStringLiteral("scan"), QStringLiteral("Mit der Banking-App scannen (GiroCode).") },
            { QStringLiteral("pay"), QStringLiteral("Online bezahlen:") } };
    }
    return { { QStringLiteral("title"), credit ? QStringLiteral("Credit note") : QStringLiteral("Invoice") },
        { QStringLiteral("draft_title"),
            credit ? QStringLiteral("Draft credit note") : QStringLiteral("Draft invoice") },
        { QStringLiteral("draft_notice"), QStringLiteral("Draft – not a valid document") },
        { QStringLiteral("date"), QStringLiteral("Date") },
        { QStringLiteral("customer_number"), QStringLiteral("Customer number") },
        { QStringLiteral("customer_vat_id"), QStringLiteral("Your VAT ID") },
        { QStringLiteral("vat_id"), QStringLiteral("VAT ID") },
        { QStringLiteral("your_reference"), QStringLiteral("Your reference") },
        { QStringLiteral("corrects"), QStringLiteral("For invoice") },
        { QStringLiteral("position"), QStringLiteral("No.") }, { QStringLiteral("item"), QStringLiteral("Item") },
        { QStringLiteral("description"), QStringLiteral("Description") },
        { QStringLiteral("quantity"), QStringLiteral("Qty") },
        { QStringLiteral("unit_price"), QStringLiteral("Unit price") },
        { QStringLiteral("discount"), QStringLiteral("Discount") },
        { QStringLiteral("tax_rate"), QStringLiteral("Tax") }, { QStringLiteral("amount"), QStringLiteral("Amount") },
        { QStringLiteral("net"), QStringLiteral("Net") }, { QStringLiteral("tax"), QStringLiteral("Tax") },
        { QStringLiteral("on"), QStringLiteral("on") },
        { QStringLiteral("total"), credit ? QStringLiteral("Total credited") : QStringLiteral("Total due") },
        { QStringLiteral("installments"), QStringLiteral("Payable in installments:") },
        { QStringLiteral("due_by"), QStringLiteral("Payable without deduction by %1.") },
        { QStringLiteral("discount_by"), QStringLiteral("Pay by %1 to take a %2 early-payment discount (%3 to pay).") },
        { QStringLiteral("credited"), QStringLiteral("This amount is set against open items or refunded.") },
        { QStringLiteral("transfer"), QStringLiteral("Please transfer") },
        { QStringLiteral("iban"), QStringLiteral("IBAN") }, { QStringLiteral("bic"), QStringLiteral("BIC") },
        { QStringLiteral("reference"), QStringLiteral("Quote the reference") },
        { QStringLiteral("scan"), QStringLiteral("Scan with your banking app (GiroCode).") },
        { QStringLiteral("pay"), QStringLiteral("Pay online:") } };
}

QVariantList linesOf(const QString &text)
{
    QVariantList lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        lines << line.trimmed();
    return lines;
}

bool isIssued(const Invoice &invoice)
{
    return invoice.status != InvoiceStatus::Draft && !invoice.number.startsWith(kDraftNumberPrefix);
}

// What is still to pay on an issued invoice: copies sent later ask only for the rest.
Result<Money> amountToPay(storage::SqlDatabase &db, const Invoice &invoice)
{
    if (invoice.kind != DocumentKind::Invoice || !isIssued(invoice) || invoice.id == 0)
        return Money::zero(invoice.total.currency());
    return storage::InvoiceRepository(db).openAmount(invoice.id);
}

QVariantMap termsContext(
    const Invoice &invoice, const Money &gross, const services::MoneyFormatter &format, const QVariantMap &words)
{
    QVariantMap context;
    if (invoice.kind == DocumentKind::CreditNote) {
        context.insert(QStringLiteral("terms_text"), words.value(QStringLiteral("credited")));
        return context;
    }
    auto terms = PaymentTerms::parse(invoice.terms);
    if (!terms || invoice.terms.isEmpty()) {
        context.insert(QStringLiteral("terms_text"),
            words.value(QStringLiteral("due_by")).toString().arg(format.documentDate(invoice.dueDate)));
        return context;
    }
    const auto schedule = terms->schedule(invoice.invoiceDate, gross);
    QString text;
    if (terms->hasDiscount()) {
        const Money discount = terms->earnedDiscount(gross, invoice.invoiceDate, invoice.invoiceDate);
        text = words.value(QStringLiteral("discount_by"))
                   .toString()
                   .arg(format.documentDate(terms->discountDeadline(invoice.invoiceDate)),
                       format.percent(terms->discountBasisPoints()), format.format(gross - discount))
            + QLatin1Char(' ');
    }
    if (schedule.size() > 1) {
        QVariantList rows;
        for (const PaymentTerms::ScheduledAmount &part : schedule)
            rows << QVariantMap { { QStringLiteral("due_date"), format.documentDate(part.dueDate) },
                { QStringLiteral("amount"), format.format(part.amount) } };
        context.insert(QStringLiteral("installments"), QVariantMap { { QStringLiteral("schedule"), rows } });
    } else {
        text += words.value(QStringLiteral("due_by")).toString().arg(format.documentDate(invoice.dueDate));
    }
    context.insert(QStringLiteral("terms_text"), text.trimmed());
    return context;
}

// The GiroCode asking for `due` to the company's account, quoting `reference`.
Result<QByteArray> transferCode(
    const services::CompanyProfile &company, const Money &due, const CreditorReference &reference)
{
    GiroCode::Transfer transfer;
    transfer.beneficiaryName = company.name;
    transfer.iban = company.iban;
    transfer.bic = company.bic;
    transfer.amount = due;
    transfer.reference = reference;
    return GiroCode::payload(transfer);
}

} // namespace

QString InvoiceDocument::fileName(const QString &number)
{
    return PdfFiles::name(number);
}

Result<QByteArray> InvoiceDocument::giroCode(storage::SqlDatabase &db, const Invoice &invoice)
{
    auto company = services::CompanyProfile::load(db);
    if (!company)
        return company.error();
    if (company->iban.isEmpty())
        return makeError(ErrorCode::NotFound, tr("no bank account is set (company.iban)"));
    if (!isIssued(invoice))
        return makeError(ErrorCode::InvalidInput, tr("%1 is a draft and cannot be paid yet").arg(invoice.number));
    auto due = amountToPay(db, invoice);
    if (!due)
        return due.error();
    auto reference = CreditorReference::forDocument(invoice.number);
    if (!reference)
        return reference.error();
    return transferCode(*company, *due, *reference);
}

Result<std::unique_ptr<HtmlPage>> InvoiceDocument::layout(storage::SqlDatabase &db, const Invoice &invoice)
{
    auto customer = storage::CustomerRepository(db).find(invoice.customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::NotFound, tr("there is no customer %1").arg(invoice.customerId));
    auto company = services::CompanyProfile::load(db);
    if (!company)
        return company.error();
    const QString language = (*customer)->language.isEmpty() ? QStringLiteral("en") : (*customer)->language;
    const QVariantMap words = labels(language, invoice.kind);
    const services::MoneyFormatter format { QLocale(language) };
    const Currency currency = invoice.total.currency();
    const bool issued = isIssued(invoice);

    QVariantList lines;
    QMap<int, Money> baseByRate;
    for (qsizetype i = 0; i < invoice.lines.size(); ++i) {
        const InvoiceLine &line = invoice.lines[i];
        const Money net = line.netAmount();
        baseByRate[line.taxBp] = baseByRate.value(line.taxBp, Money::zero(currency)) + net;
        lines << QVariantMap { { QStringLiteral("position"), QString::number(i + 1) },
            { QStringLiteral("item"), line.item }, { QStringLiteral("description"), line.description },
            { QStringLiteral("quantity"), format.decimal(line.quantityMilli, 3) },
            { QStringLiteral("unit_price"), format.amount(line.unitPrice) },
            { QStringLiteral("discount"), line.discountBp ? format.percent(line.discountBp) : QString() },
            { QStringLiteral("tax_rate"), format.percent(line.taxBp) },
            { QStringLiteral("amount"), format.amount(net) } };
    }
    const InvoiceTotals totals = invoice.lines.isEmpty()
        ? InvoiceTotals { invoice.total.isNegative() ? -invoice.total : invoice.total, {}, Money::zero(currency),
              invoice.total.isNegative() ? -invoice.total : invoice.total }
        : InvoiceTotals::compute(invoice.lines, currency, invoice.taxRounding);
    QVariantList taxes;
    for (auto it = totals.taxByRate.cbegin(); it != totals.taxByRate.cend(); ++it)
        taxes << QVariantMap { { QStringLiteral("rate"), format.percent(it.key()) },
            { QStringLiteral("base"), format.format(baseByRate.value(it.key(), Money::zero(currency))) },
            { QStringLiteral("amount"), format.format(it.value()) } };

    QVariantMap context = termsContext(invoice, totals.gross, format, words);
    context.insert(QStringLiteral("labels"), words);
    context.insert(QStringLiteral("currency"), currency.code());
    context.insert(QStringLiteral("company"),
        QVariantMap { { QStringLiteral("name"), company->name },
            { QStringLiteral("address_lines"), linesOf(company->address) },
            { QStringLiteral("vat_id"), company->vatId } });
    context.insert(QStringLiteral("customer"),
        QVariantMap { { QStringLiteral("id"), (*customer)->id }, { QStringLiteral("name"), (*customer)->name },
            { QStringLiteral("address_lines"), linesOf((*customer)->billingAddress) },
            { QStringLiteral("vat_id"), (*customer)->vatId } });
    context.insert(QStringLiteral("document"),
        QVariantMap {
            { QStringLiteral("title"), words.value(issued ? QStringLiteral("title") : QStringLiteral("draft_title")) },
            { QStringLiteral("number"), issued ? invoice.number : QString() }, { QStringLiteral("draft"), !issued },
            { QStringLiteral("date"), format.documentDate(invoice.invoiceDate) },
            { QStringLiteral("customer_reference"), invoice.customerReference },
            { QStringLiteral("corrects"), invoice.correctsNumber },
            { QStringLiteral("notes_lines"), linesOf(invoice.notes) } });
    // Imported documents carry only their total: no lines, and no tax to show.
    context.insert(QStringLiteral("itemized"), !invoice.lines.isEmpty());
    context.insert(QStringLiteral("lines"), lines);
    context.insert(QStringLiteral("taxes"), taxes);
    context.insert(QStringLiteral("totals"),
        QVariantMap { { QStringLiteral("net"), format.format(totals.net) },
            { QStringLiteral("tax"), format.format(totals.tax) },
            { QStringLiteral("gross"), format.format(totals.gross) } });

    auto page = std::make_unique<HtmlPage>();
    auto due = amountToPay(db, invoice);
    if (!due)
        return due.error();
    if (due->isPositive() && !company->iban.isEmpty()) {
        auto iban = Iban::parse(company->iban);
        if (!iban)
            return iban.error();
        // A number too long for an RF reference is quoted as it is, and gets no code.
        auto reference = CreditorReference::forDocument(invoice.number);
        QVariantMap payment { { QStringLiteral("amount"), format.format(*due) },
            { QStringLiteral("iban"), iban->printed() }, { QStringLiteral("bic"), company->bic },
            { QStringLiteral("reference"), reference ? reference->printed() : invoice.number } };
        // Only euro amounts go by SEPA transfer; other currencies get the details without a code.
        if (currency.code() == QLatin1String("EUR") && reference) {
            auto payload = transferCode(*company, *due, *reference);
            if (!payload)
                return payload.error();
            auto image = QrCodeImage::encode(*payload, kGiroCodeMaxVersion, kQrModulePixels);
            if (!image)
                return image.error();
            page->addImage(QStringLiteral("qr"), *image);
            payment.insert(QStringLiteral("qr"), true);
        }
        context.insert(QStringLiteral("payment"), payment);
    }
    auto link = storage::SettingsRepository(db).value(QStringLiteral("payment.link"));
    if (!link)
        return link.error();
    if (issued && *link && !(*link)->isEmpty() && due->isPositive())
        context.insert(QStringLiteral("payment_link"),
            QString(**link).replace(
                QStringLiteral("{customer}"), QString::fromUtf8(QUrl::toPercentEncoding(invoice.customerId))));

    auto logo = page->addLogo(company->logoPath);
    if (!logo)
        return logo.error();
    context.insert(QStringLiteral("logo"), *logo);
    auto layoutText = HtmlPage::layout(db, QStringLiteral("invoice.template"), QString::fromUtf8(kTemplate));
    if (!layoutText)
        return layoutText.error();
    const messaging::MessageTemplate document { QStringLiteral("invoice"), language, QString(), *layoutText };
    auto html = document.render(context, messaging::MessageTemplate::Escaping::Html);
    if (!html)
        return html.error();
    page->setHtml(html->second);
    return page;
}

Result<QByteArray> InvoiceDocument::render(storage::SqlDatabase &db, const QString &number)
{
    auto invoice = storage::InvoiceRepository(db).findByNumber(number);
    if (!invoice)
        return invoice.error();
    if (!*invoice)
        return makeError(ErrorCode::NotFound, tr("there is no invoice or credit note %1").arg(number));
    auto page = layout(db, **invoice);
    if (!page)
        return page.error();
    return (*page)->toPdf(number);
}

Result<int> InvoiceDocument::renderBatch(
    storage::SqlDatabase &db, const QStringList &numbers, const QString &directory, services::JobControl &control)
{
    control.setProgress(0, int(numbers.size()));
    int written = 0;
    for (const QString &number : numbers) {
        if (control.isCanceled())
            return makeError(ErrorCode::Cancelled, tr("cancelled after %1 documents").arg(written));
        auto pdf = render(db, number);
        if (!pdf)
            return pdf.error();
        if (auto saved = PdfFiles::write(QDir(directory).filePath(fileName(number)), *pdf); !saved)
            return saved.error();
        control.setProgress(++written, int(numbers.size()));
    }
    return written;
}

} // namespace cc::documents
