// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvStatementMapping.h"

#include <QJsonArray>

namespace cc::bank {

QJsonObject CsvStatementMapping::toJson() const
{
    QJsonObject json { { QStringLiteral("delimiter"), delimiter }, { QStringLiteral("encoding"), encoding },
        { QStringLiteral("skip_lines"), skipLines }, { QStringLiteral("header"), header },
        { QStringLiteral("date"), date }, { QStringLiteral("date_format"), dateFormat },
        { QStringLiteral("decimal"), decimal }, { QStringLiteral("text"), QJsonArray::fromStringList(text) } };
    const auto put = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    put("value_date", valueDate);
    put("amount", amount);
    put("direction", direction);
    put("credit_marker", creditMarker);
    put("credit", credit);
    put("debit", debit);
    put("currency", currency);
    put("currency_column", currencyColumn);
    put("account", account);
    put("account_column", accountColumn);
    put("payer", payer);
    put("iban", iban);
    put("reference", reference);
    put("balance", balance);
    return json;
}

Result<CsvStatementMapping> CsvStatementMapping::fromJson(const QJsonObject &json)
{
    static const QStringList known { QStringLiteral("delimiter"), QStringLiteral("encoding"),
        QStringLiteral("skip_lines"), QStringLiteral("header"), QStringLiteral("date"), QStringLiteral("date_format"),
        QStringLiteral("value_date"), QStringLiteral("decimal"), QStringLiteral("amount"), QStringLiteral("direction"),
        QStringLiteral("credit_marker"), QStringLiteral("credit"), QStringLiteral("debit"), QStringLiteral("currency"),
        QStringLiteral("currency_column"), QStringLiteral("account"), QStringLiteral("account_column"),
        QStringLiteral("payer"), QStringLiteral("iban"), QStringLiteral("text"), QStringLiteral("reference"),
        QStringLiteral("balance") };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                tr("\"%1\" is no part of a CSV mapping; it knows %2").arg(it.key(), known.join(QStringLiteral(", "))));
    }
    CsvStatementMapping mapping;
    const auto text = [&json](const char *key, QString &into) { into = json.value(QLatin1String(key)).toString(into); };
    text("delimiter", mapping.delimiter);
    text("encoding", mapping.encoding);
    text("date", mapping.date);
    text("date_format", mapping.dateFormat);
    text("value_date", mapping.valueDate);
    text("decimal", mapping.decimal);
    text("amount", mapping.amount);
    text("direction", mapping.direction);
    text("credit_marker", mapping.creditMarker);
    text("credit", mapping.credit);
    text("debit", mapping.debit);
    text("currency", mapping.currency);
    text("currency_column", mapping.currencyColumn);
    text("account", mapping.account);
    text("account_column", mapping.accountColumn);
    text("payer", mapping.payer);
    text("iban", mapping.iban);
    text("reference", mapping.reference);
    text("balance", mapping.balance);
    mapping.skipLines = json.value(QStringLiteral("skip_lines")).toInt(0);
    mapping.header = json.value(QStringLiteral("header")).toBool(true);
    const QJsonValue columns = json.value(QStringLiteral("text"));
    if (columns.isString())
        mapping.text = QStringList { columns.toString() };
    else
        for (const QJsonValue &column : columns.toArray())
            mapping.text << column.toString();

    if (mapping.delimiter == QLatin1String("\\t") || mapping.delimiter == QLatin1String("tab"))
        mapping.delimiter = QStringLiteral("\t");
    if (mapping.delimiter.size() != 1)
        return makeError(ErrorCode::InvalidInput, tr("\"delimiter\" is one character, such as \",\" or \";\""));
    if (mapping.encoding != QLatin1String("UTF-8") && mapping.encoding != QLatin1String("ISO-8859-1"))
        return makeError(ErrorCode::InvalidInput, tr("\"encoding\" is UTF-8 or ISO-8859-1"));
    if (mapping.decimal != QLatin1String(".") && mapping.decimal != QLatin1String(","))
        return makeError(ErrorCode::InvalidInput, tr("\"decimal\" is \".\" or \",\""));
    if (mapping.skipLines < 0)
        return makeError(ErrorCode::InvalidInput, tr("\"skip_lines\" cannot be negative"));
    if (mapping.date.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("name the \"date\" column"));
    const bool signedAmount = !mapping.amount.isEmpty() && mapping.direction.isEmpty();
    const bool directed = !mapping.amount.isEmpty() && !mapping.direction.isEmpty() && !mapping.creditMarker.isEmpty();
    const bool split = mapping.amount.isEmpty() && (!mapping.credit.isEmpty() || !mapping.debit.isEmpty());
    if (!signedAmount && !directed && !split)
        return makeError(ErrorCode::InvalidInput,
            tr("name the \"amount\" column (with \"direction\" and \"credit_marker\" when it has no sign), or "
               "\"credit\" and \"debit\" columns"));
    if (mapping.currency.isEmpty() == mapping.currencyColumn.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("give either a fixed \"currency\" or a \"currency_column\""));
    if (mapping.account.isEmpty() == mapping.accountColumn.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("give either a fixed \"account\" or an \"account_column\""));
    return mapping;
}

} // namespace cc::bank
