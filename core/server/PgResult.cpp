// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgResult.h"

#include <libpq-fe.h>
#include <utility>

namespace cc::server {

PgResult::~PgResult()
{
    PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept
    : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    std::swap(m_result, other.m_result);
    return *this;
}

bool PgResult::succeeded() const
{
    const ExecStatusType status = PQresultStatus(m_result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

QByteArray PgResult::sqlState() const
{
    return QByteArray(PQresultErrorField(m_result, PG_DIAG_SQLSTATE));
}

int PgResult::rowCount() const
{
    return PQntuples(m_result);
}

qint64 PgResult::affectedRows() const
{
    return QByteArray(PQcmdTuples(m_result)).toLongLong();
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)).toLongLong();
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

} // namespace cc::server
