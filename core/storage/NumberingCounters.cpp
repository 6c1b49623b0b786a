// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberingCounters.h"

#include "domain/NumberingPattern.h"

namespace cc::storage {

Result<QString> NumberingCounters::pattern(const QString &series)
{
    auto query = m_db.prepare(QStringLiteral("SELECT pattern FROM numbering_series WHERE key = ?1"));
    if (!query)
        return query.error();
    auto row = query->bind(1, series).next();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no numbering series \"%1\"").arg(series));
    return query->text(0);
}

Result<QList<std::pair<QString, QString>>> NumberingCounters::series()
{
    auto query = m_db.prepare(QStringLiteral("SELECT key, pattern FROM numbering_series ORDER BY key"));
    if (!query)
        return query.error();
    QList<std::pair<QString, QString>> all;
    if (auto status = query->forEachRow([&]() -> Status {
            all.append({ query->text(0), query->text(1) });
            return success();
        });
        !status)
        return status.error();
    return all;
}

Status NumberingCounters::setPattern(const QString &series, const QString &pattern)
{
    if (auto parsed = NumberingPattern::parse(pattern); !parsed)
        return parsed.error();
    // SQLCipher 3 predates UPSERT: update, else insert.
    auto update = m_db.prepare(QStringLiteral("UPDATE numbering_series SET pattern = ?2 WHERE key = ?1"));
    if (!update)
        return update.error();
    if (auto status = update->bind(1, series).bind(2, pattern).run(); !status || m_db.changes() == 1)
        return status;
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO numbering_series (key, pattern) VALUES (?1, ?2)"));
    if (!insert)
        return insert.error();
    return insert->bind(1, series).bind(2, pattern).run();
}

Result<QString> NumberingCounters::take(const QString &series, const QDate &day)
{
    auto text = pattern(series);
    if (!text)
        return text.error();
    auto parsed = NumberingPattern::parse(*text);
    if (!parsed)
        return parsed.error();
    const QString period = parsed->period(day);
    auto bump = m_db.prepare(
        QStringLiteral("UPDATE numbering_counters SET last_value = last_value + 1 WHERE series = ?1 AND period = ?2"));
    if (!bump)
        return bump.error();
    if (auto status = bump->bind(1, series).bind(2, period).run(); !status)
        return status.error();
    if (m_db.changes() == 0) {
        auto first = m_db.prepare(
            QStringLiteral("INSERT INTO numbering_counters (series, period, last_value) VALUES (?1, ?2, 1)"));
        if (!first)
            return first.error();
        if (auto status = first->bind(1, series).bind(2, period).run(); !status)
            return status.error();
    }
    auto current
        = m_db.prepare(QStringLiteral("SELECT last_value FROM numbering_counters WHERE series = ?1 AND period = ?2"));
    if (!current)
        return current.error();
    auto row = current->bind(1, series).bind(2, period).next();
    if (!row)
        return row.error();
    const qint64 value = current->int64(0);
    return parsed->format(value, day);
}

} // namespace cc::storage
