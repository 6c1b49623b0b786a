// SPDX-License-Identifier: GPL-3.0-or-later
// One libFuzzer target per bank file format (FUZZ_FORMAT_*): any bytes must give statements or a
// refusal, never a crash, a hang or a sanitizer report.
#include "bank/Bai2Parser.h"
#include "bank/CamtParser.h"
#include "bank/CsvStatementParser.h"
#include "bank/Mt940Parser.h"
#include "bank/OfxParser.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

#if defined(FUZZ_FORMAT_csv)
namespace {

/// Mappings as banks' exports need them: with a header, a running balance and a fixed
/// currency; without a header, by column number, Latin-1, with debit and credit columns; with
/// a direction column and decimal commas.
const QList<cc::bank::CsvStatementMapping> &mappings()
{
    static const QList<cc::bank::CsvStatementMapping> list = [] {
        QList<cc::bank::CsvStatementMapping> made;
        for (const char *json :
            { R"json({"date": "Date", "date_format": "MM/dd/yyyy", "amount": "Amount", "balance": "Balance",
                      "payer": "Partner Name", "text": ["Label"], "currency": "USD", "account": "US1"})json",
                R"json({"header": false, "delimiter": ";", "encoding": "ISO-8859-1", "date": "3",
                        "date_format": "dd.MM.yyyy", "decimal": ",", "credit": "6", "debit": "5",
                        "currency_column": "4", "account_column": "1", "text": ["2"]})json",
                R"json({"date": "Datum", "date_format": "yyyyMMdd", "amount": "Bedrag (EUR)", "decimal": ",",
                        "direction": "Af Bij", "credit_marker": "Bij", "iban": "Tegenrekening",
                        "account_column": "Rekening", "currency": "EUR", "skip_lines": 0})json" })
            made << *cc::bank::CsvStatementMapping::fromJson(QJsonDocument::fromJson(json).object());
        return made;
    }();
    return list;
}

} // namespace
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#if defined(FUZZ_FORMAT_camt)
    auto statements = cc::bank::CamtParser::parse(bytes);
#elif defined(FUZZ_FORMAT_mt940)
    auto statements = cc::bank::Mt940Parser::parse(bytes);
#elif defined(FUZZ_FORMAT_bai2)
    auto statements = cc::bank::Bai2Parser::parse(bytes);
#elif defined(FUZZ_FORMAT_csv)
    // The first byte picks the mapping, the rest is the file.
    const auto &mapping = mappings()[size == 0 ? 0 : data[0] % mappings().size()];
    auto statements = cc::bank::CsvStatementParser::parse(bytes.mid(1), mapping);
#else
    auto statements = cc::bank::OfxParser::parse(bytes);
#endif
    if (statements) {
        for (const cc::bank::BankStatement &statement : *statements)
            (void)statement.balances();
    }
    return 0;
}
