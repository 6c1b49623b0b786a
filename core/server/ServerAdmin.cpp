// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerAdmin.h"

#include "ServerMigrations.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace cc::server {

Status ServerAdmin::addUser(PgConnection &conn, const QString &name, ServerRole role, const QString &password)
{
    // User names become collector names on customers: keep them plain.
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    if (!plain.match(name).hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not a valid user name (lower-case letters, digits, '_', '.', '-'; at most 63)").arg(name));
    }
    if (name.startsWith(QLatin1String("cashcycle_")) || name.startsWith(QLatin1String("pg_")))
        return makeError(ErrorCode::InvalidInput, tr("user names may not start with \"cashcycle_\" or \"pg_\""));
    if (password.size() < 12)
        return makeError(ErrorCode::InvalidInput, tr("the password must have at least 12 characters"));
    if (auto status = ServerMigrations::checkCompatible(conn); !status)
        return status;
    auto exists = conn.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = $1"), { name });
    if (!exists)
        return exists.error();
    if (exists->rowCount() > 0)
        return makeError(ErrorCode::Duplicate, tr("a user named %1 exists already").arg(name));

    // The server's cashcycle_add_user() creates the login: it checks the name, role and
    // verifier again, so an admin needs no CREATEROLE. The password travels only as its
    // SCRAM verifier, computed here.
    auto verifier = conn.scramVerifier(name, password);
    if (!verifier)
        return verifier.error();
    auto created = conn.exec(QStringLiteral("SELECT public.cashcycle_add_user($1, $2, $3)"),
        { name, groupRoleName(role), *verifier });
    if (!created)
        return created.error();
    return success();
}

QString ServerAdmin::generatePassword()
{
    static const QString alphabet = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return password;
}

} // namespace cc::server
