// SPDX-License-Identifier: GPL-3.0-or-later
#include "FxRateRepository.h"

#include "Transaction.h"

namespace cc::storage {

Status FxRateRepository::store(const QList<FxRate> &rates)
{
    auto upsert = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO fx_rates (day, base, quote, scaled_rate) VALUES (?1, ?2, ?3, ?4)"));
    if (!upsert)
        return upsert.error();
    return inTransaction(m_db, [&]() -> Status {
        for (const FxRate &rate : std::as_const(rates)) {
            upsert->bind(1, rate.date())
                .bind(2, rate.base().code())
                .bind(3, rate.quote().code())
                .bind(4, rate.scaledRate());
            if (auto status = upsert->run(); !status)
                return status;
            upsert->reset();
        }
        return success();
    });
}

Result<std::optional<FxRate>> FxRateRepository::rateOn(const Currency &from, const Currency &to, const QDate &day)
{
    if (from == to)
        return std::optional<FxRate>(FxRate(from, to, FxRate::ScaleFactor, day));
    auto query = m_db.prepare(QStringLiteral("SELECT base, scaled_rate, day FROM fx_rates WHERE day <= ?3 AND "
                                             "((base = ?1 AND quote = ?2) OR (base = ?2 AND quote = ?1)) "
                                             "ORDER BY day DESC, base = ?1 DESC LIMIT 1"));
    if (!query)
        return query.error();
    auto found = query->bind(1, from.code()).bind(2, to.code()).bind(3, day).next();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<FxRate>();
    const FxRate rate = query->text(0) == from.code() ? FxRate(from, to, query->int64(1), query->date(2))
                                                      : FxRate(to, from, query->int64(1), query->date(2)).inverted();
    return std::optional<FxRate>(rate);
}

Result<Money> FxRateRepository::convert(const Money &amount, const Currency &to, const QDate &day)
{
    auto rate = rateOn(amount.currency(), to, day);
    if (!rate)
        return rate.error();
    if (!*rate)
        return makeError(ErrorCode::NotFound,
            tr("there is no %1/%2 exchange rate on or before %3; import one")
                .arg(amount.currency().code(), to.code(), day.toString(Qt::ISODate)));
    return (*rate)->convert(amount, RoundingMode::HalfEven);
}

} // namespace cc::storage
