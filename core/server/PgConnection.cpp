// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgConnection.h"

#include <libpq-fe.h>
#include <vector>

namespace cc::server {
namespace {

// SQLSTATE classes that mean the user may not do this, rather than a broken statement.
ErrorCode codeFor(const QByteArray &state)
{
    if (state == "42501" || state.startsWith("28"))
        return ErrorCode::PermissionDenied;
    if (state == "23505")
        return ErrorCode::Duplicate;
    if (state.startsWith("23") || state.startsWith("22"))
        return ErrorCode::InvalidInput;
    if (state.startsWith("08"))
        return ErrorCode::ServerUnavailable;
    return ErrorCode::Storage;
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &uri)
{
    PGconn *conn = PQconnectdb(uri.toUtf8().constData());
    std::unique_ptr<PgConnection> connection(new PgConnection(conn));
    if (!conn)
        return makeError(ErrorCode::ServerUnavailable, tr("out of memory while connecting"));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        const bool refused = message.contains(QLatin1String("password authentication failed"))
            || message.contains(QLatin1String("no password supplied"))
            || message.contains(QLatin1String("permission denied"));
        return makeError(refused ? ErrorCode::PermissionDenied : ErrorCode::ServerUnavailable,
            tr("cannot connect to the server: %1").arg(message));
    }
    // Notices (e.g. "relation exists, skipping") are not errors; keep them off stderr.
    PQsetNoticeProcessor(
        conn, [](void *, const char *) {}, nullptr);
    // Row-level security inflates the planner's cost estimates past the point where it
    // compiles each statement to machine code: some 160 ms a statement, which CashCycle's
    // short statements and streamed pulls never win back.
    if (auto status = connection->execute(QStringLiteral("SET jit = off")); !status)
        return status.error();
    return connection;
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

Error PgConnection::lastError(ErrorCode code) const
{
    return makeError(code, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
}

Result<PgResult> PgConnection::exec(const QString &sql, const QStringList &parameters)
{
    std::vector<QByteArray> values;
    values.reserve(parameters.size());
    std::vector<const char *> pointers;
    pointers.reserve(parameters.size());
    for (const QString &parameter : parameters) {
        values.push_back(parameter.toUtf8());
        pointers.push_back(parameter.isNull() ? nullptr : values.back().constData());
    }
    PgResult result(PQexecParams(
        m_conn, sql.toUtf8().constData(), int(pointers.size()), nullptr, pointers.data(), nullptr, nullptr, 0));
    if (result.succeeded())
        return result;
    return makeError(isBroken() ? ErrorCode::ServerUnavailable : codeFor(result.sqlState()),
        QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
}

Status PgConnection::execute(const QString &sql)
{
    PgResult result(PQexec(m_conn, sql.toUtf8().constData()));
    if (result.succeeded())
        return success();
    return makeError(isBroken() ? ErrorCode::ServerUnavailable : codeFor(result.sqlState()),
        QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
}

Status PgConnection::send(const QString &sql)
{
    if (PQsendQuery(m_conn, sql.toUtf8().constData()) == 1)
        return success();
    return lastError(isBroken() ? ErrorCode::ServerUnavailable : ErrorCode::Storage);
}

Result<PgResult> PgConnection::receive()
{
    // The statement's result, then a null that says it is complete.
    PgResult result(PQgetResult(m_conn));
    while (PGresult *extra = PQgetResult(m_conn))
        PQclear(extra);
    if (result.succeeded())
        return result;
    return makeError(isBroken() ? ErrorCode::ServerUnavailable : codeFor(result.sqlState()),
        QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
}

QString PgConnection::quoteIdentifier(const QString &name) const
{
    const QByteArray utf8 = name.toUtf8();
    char *quoted = PQescapeIdentifier(m_conn, utf8.constData(), size_t(utf8.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

QString PgConnection::quoteLiteral(const QString &value) const
{
    const QByteArray utf8 = value.toUtf8();
    char *quoted = PQescapeLiteral(m_conn, utf8.constData(), size_t(utf8.size()));
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

Result<QString> PgConnection::scramVerifier(const QString &user, const QString &password) const
{
    char *verifier
        = PQencryptPasswordConn(m_conn, password.toUtf8().constData(), user.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return lastError(ErrorCode::Storage);
    const QString result = QString::fromUtf8(verifier);
    PQfreemem(verifier);
    return result;
}

bool PgConnection::isBroken() const
{
    return PQstatus(m_conn) == CONNECTION_BAD;
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

Result<int> PgConnection::takeNotifications()
{
    if (PQconsumeInput(m_conn) == 0 || isBroken())
        return lastError(ErrorCode::ServerUnavailable);
    int count = 0;
    while (PGnotify *notification = PQnotifies(m_conn)) {
        PQfreemem(notification);
        ++count;
    }
    return count;
}

QString PgConnection::userName() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

} // namespace cc::server
