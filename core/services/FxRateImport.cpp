// SPDX-License-Identifier: GPL-3.0-or-later
#include "FxRateImport.h"

#include "CsvReader.h"
#include "storage/FxRateRepository.h"

namespace cc::services {

Result<int> FxRateImport::fromCsv(storage::SqlDatabase &db, const QString &path)
{
    auto reader = CsvReader::fromFile(path);
    if (!reader)
        return reader.error();
    QList<FxRate> rates;
    while (true) {
        auto record = reader->next();
        if (!record)
            return record.error();
        if (!*record)
            break;
        const QStringList &fields = (*record)->fields;
        const int line = (*record)->line;
        if (rates.isEmpty() && fields.value(0).trimmed().compare(QLatin1String("date"), Qt::CaseInsensitive) == 0)
            continue;
        if (fields.size() != 4)
            return makeError(ErrorCode::InvalidInput,
                tr("line %1: give date,base,quote,rate, not %2 fields").arg(line).arg(fields.size()));
        const QDate day = QDate::fromString(fields[0].trimmed(), Qt::ISODate);
        if (!day.isValid())
            return makeError(
                ErrorCode::InvalidInput, tr("line %1: \"%2\" is not a date (YYYY-MM-DD)").arg(line).arg(fields[0]));
        auto base = Currency::fromCode(fields[1].trimmed().toUpper());
        auto quote = Currency::fromCode(fields[2].trimmed().toUpper());
        if (!base || !quote)
            return makeError(ErrorCode::InvalidInput,
                tr("line %1: %2").arg(line).arg(!base ? base.error().detail : quote.error().detail));
        if (*base == *quote)
            return makeError(ErrorCode::InvalidInput, tr("line %1: a rate is between two currencies").arg(line));
        auto rate = FxRate::parse(*base, *quote, fields[3].trimmed(), day);
        if (!rate)
            return makeError(ErrorCode::InvalidInput, tr("line %1: %2").arg(line).arg(rate.error().detail));
        rates.append(*rate);
    }
    if (auto stored = storage::FxRateRepository(db).store(rates); !stored)
        return stored.error();
    return int(rates.size());
}

} // namespace cc::services
