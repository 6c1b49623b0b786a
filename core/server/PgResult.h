// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

struct pg_result;

namespace cc::server {

/// The rows a PostgreSQL statement returned (RAII over libpq's PGresult), in text format.
class PgResult {
public:
    explicit PgResult(pg_result *result)
        : m_result(result)
    {
    }
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    /// False when the statement failed; sqlState() then says why.
    bool succeeded() const;
    QByteArray sqlState() const;
    int rowCount() const;
    /// Rows an INSERT, UPDATE or DELETE touched (after row-level security filtered them).
    qint64 affectedRows() const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool isNull(int row, int column) const;

private:
    pg_result *m_result;
};

} // namespace cc::server
