// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportColumns.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>

namespace cc::services {
namespace {

struct ColumnSpec {
    QString name;
    bool required;
    QStringList aliases; ///< normalized, tried in this order
};

ColumnSpec column(const char *name, bool required, const char *aliases = "")
{
    return { QString::fromLatin1(name), required,
        QString::fromUtf8(aliases).split(QLatin1Char(' '), Qt::SkipEmptyParts) };
}

// Aliases cover ERPNext (posting_date, grand_total, party), Akaunting (invoiced_at, due_at,
// currency_code, paid_at) and common English and German headers; the rest needs a mapping file.
const QList<ColumnSpec> &specs(ImportKind kind)
{
    static const QList<ColumnSpec> customers = {
        column("customer_id", true,
            "id customerno customernumber customercode accountno accountnumber debtorno debtor kundennummer"),
        column("name", true, "customername customer company companyname displayname kunde"),
        column("currency", true, "currencycode defaultcurrency billingcurrency ccy währung waehrung"),
        column("credit_limit", false, "limit kreditlimit"),
        column("payment_terms", false, "terms termscode paymentterm paymenttermstemplate zahlungsbedingung"),
        column("collector", false, "accountmanager collectorname"),
        column("email", false, "emailid emailaddress mail"),
        column("phone", false, "telephone phoneno phonenumber mobile mobileno tel telefon"),
        column("parent_id", false, "parent parentcustomer parentaccount"),
        column("billing_address", false,
            "address billingaddress invoiceaddress addressdisplay anschrift rechnungsadresse"),
        column("vat_id", false, "taxid vatno vatnumber vatregistrationnumber ustidnr ustid"),
    };
    static const QList<ColumnSpec> invoices = {
        column("invoice_number", true,
            "invoiceno invoicenumber invoice number invoiceid documentno documentnumber docno rechnungsnummer"),
        column("customer_id", true, "customer customerno customernumber customercode debtorno debtor kundennummer"),
        column("invoice_date", true, "postingdate date invoicedat invoiced issuedate documentdate rechnungsdatum"),
        column("due_date", false, "dueat due paymentduedate fälligkeit faelligkeit"),
        column("currency", false, "currencycode ccy währung waehrung"),
        column("total", true, "amount grandtotal invoicetotal totalamount betrag"),
    };
    static const QList<ColumnSpec> payments = {
        column("payment_id", true, "paymentno paymentnumber payment receiptno receiptnumber transactionid id"),
        column("customer_id", true, "customer party customerno customernumber customercode debtorno kundennummer"),
        column("payment_date", true, "date postingdate paidat receiptdate valuedate"),
        column("currency", false, "currencycode ccy währung waehrung"),
        column("amount", true, "paidamount paymentamount receivedamount total betrag"),
        column("invoice_number", false, "invoice invoiceno invoicenumber againstinvoice referencename rechnungsnummer"),
    };
    static const QList<ColumnSpec> orders = {
        column("order_number", true, "orderno ordernumber order salesorder salesorderno orderid auftragsnummer"),
        column("customer_id", true, "customer customerno customernumber customercode debtorno kundennummer"),
        column("order_date", true, "date orderdate transactiondate postingdate auftragsdatum"),
        column("currency", false, "currencycode ccy währung waehrung"),
        column("total", true, "amount grandtotal ordertotal totalamount betrag"),
        column("customer_reference", false, "po ponumber purchaseorder customerpo reference bestellnummer"),
    };
    switch (kind) {
    case ImportKind::Customers:
        return customers;
    case ImportKind::Invoices:
        return invoices;
    case ImportKind::Orders:
        return orders;
    case ImportKind::Payments:
        break;
    }
    return payments;
}

QString kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers:
        return QStringLiteral("customers");
    case ImportKind::Invoices:
        return QStringLiteral("invoices");
    case ImportKind::Orders:
        return QStringLiteral("orders");
    case ImportKind::Payments:
        break;
    }
    return QStringLiteral("payments");
}

/// "Invoice No." → "invoiceno": what header comparisons look at.
QString normalized(QStringView header)
{
    QString key;
    for (QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toCaseFolded());
    }
    return key;
}

struct MappingEntry {
    QString column;
    QString source;
};

// The mapping file: one "column = source header" per line; '#' starts a comment line.
Result<QList<MappingEntry>> readMapping(const QString &path, ImportKind kind)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
            QCoreApplication::translate("ImportColumns", "cannot read mapping file %1: %2")
                .arg(path, file.errorString()));
    // The decoder drops a byte-order mark that Windows editors put in front of the first column name.
    const QStringList lines
        = QString(QStringDecoder(QStringDecoder::Utf8).decode(file.readAll())).split(QLatin1Char('\n'));
    const QString name = QFileInfo(path).fileName();
    QList<MappingEntry> entries;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString target = line.left(equals).trimmed().toLower();
        const QString source = line.mid(equals + 1).trimmed();
        if (equals < 0 || source.isEmpty()) {
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("ImportColumns", "%1 line %2: expected \"column = header in the file\"")
                    .arg(name)
                    .arg(i + 1));
        }
        const auto &known = specs(kind);
        if (std::none_of(known.cbegin(), known.cend(), [&](const ColumnSpec &spec) { return spec.name == target; })) {
            QStringList names;
            for (const ColumnSpec &spec : known)
                names.append(spec.name);
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("ImportColumns", "%1 line %2: %3 have no column \"%4\" (known: %5)")
                    .arg(name)
                    .arg(i + 1)
                    .arg(kindName(kind), target, names.join(QStringLiteral(", "))));
        }
        if (std::any_of(entries.cbegin(), entries.cend(), [&](const MappingEntry &e) { return e.column == target; }))
            return makeError(ErrorCode::InvalidInput,
                QCoreApplication::translate("ImportColumns", "%1 line %2: \"%3\" is mapped twice")
                    .arg(name)
                    .arg(i + 1)
                    .arg(target));
        entries.append({ target, source });
    }
    return entries;
}

} // namespace

Result<ImportColumns> ImportColumns::resolve(
    ImportKind kind, const CsvRecord &header, const QString &mappingFile, QList<ImportProblem> &problems)
{
    QList<MappingEntry> mapping;
    if (!mappingFile.isEmpty()) {
        auto read = readMapping(mappingFile, kind);
        if (!read)
            return read.error();
        mapping = std::move(read).value();
    }

    QStringList keys;
    for (const QString &field : header.fields)
        keys.append(normalized(field));
    ImportColumns columns;
    columns.m_fieldCount = header.fields.size();
    QList<bool> claimed(keys.size(), false);
    QList<const ColumnSpec *> unresolved;

    // Mapping entries and exact names first, so an alias never takes a column another target names exactly.
    for (const ColumnSpec &spec : specs(kind)) {
        auto entry = std::find_if(
            mapping.cbegin(), mapping.cend(), [&](const MappingEntry &e) { return e.column == spec.name; });
        const QString wanted = normalized(entry != mapping.cend() ? entry->source : spec.name);
        const int index = int(keys.indexOf(wanted));
        if (index >= 0) {
            columns.m_mapped.append({ spec.name, index, header.fields[index].trimmed() });
            claimed[index] = true;
        } else if (entry != mapping.cend()) {
            problems.append({ header.line, spec.name,
                tr("the mapping file names column \"%1\", which the file does not have").arg(entry->source) });
        } else {
            unresolved.append(&spec);
        }
    }
    for (const ColumnSpec *spec : unresolved) {
        int index = -1;
        for (const QString &alias : spec->aliases) {
            index = int(keys.indexOf(alias));
            if (index >= 0 && !claimed[index])
                break;
            index = -1;
        }
        if (index >= 0) {
            columns.m_mapped.append({ spec->name, index, header.fields[index].trimmed() });
            claimed[index] = true;
        } else if (spec->required) {
            problems.append({ header.line, spec->name, tr("required column is missing") });
        }
    }
    return columns;
}

QStringList ImportColumns::names(ImportKind kind)
{
    QStringList names;
    for (const ColumnSpec &spec : specs(kind))
        names.append(spec.name);
    return names;
}

int ImportColumns::indexOf(QStringView column) const
{
    for (const Mapped &mapped : m_mapped) {
        if (mapped.column == column)
            return mapped.index;
    }
    return -1;
}

QString ImportColumns::value(const CsvRecord &record, QStringView column) const
{
    const int index = indexOf(column);
    return index >= 0 && index < record.fields.size() ? record.fields[index].trimmed() : QString();
}

QString ImportColumns::header(QStringView column) const
{
    for (const Mapped &mapped : m_mapped) {
        if (mapped.column == column)
            return mapped.header;
    }
    return column.toString();
}

} // namespace cc::services
