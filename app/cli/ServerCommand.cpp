// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerCommand.h"

#include "CliWorkspace.h"
#include "server/PgConnection.h"
#include "server/ServerAdmin.h"
#include "server/ServerMigrations.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace cc::cli {
namespace {

std::unique_ptr<server::PgConnection> connect(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("server"))) {
        printError(QStringLiteral("--server URL is required (postgresql://user@host:port/database?sslmode=...)"));
        return nullptr;
    }
    auto conn = server::PgConnection::open(parser.value(QStringLiteral("server")));
    if (!conn) {
        printError(describe(conn.error()));
        return nullptr;
    }
    return std::move(conn).value();
}

int init(const QCommandLineParser &parser)
{
    auto conn = connect(parser);
    if (!conn)
        return 1;
    auto before = server::ServerMigrations::currentVersion(*conn);
    if (!before) {
        printError(describe(before.error()));
        return 1;
    }
    if (auto status = server::ServerMigrations::apply(*conn); !status) {
        printError(describe(status.error()));
        return 1;
    }
    const int latest = server::ServerMigrations::latestVersion();
    QTextStream out(stdout);
    if (*before == latest)
        out << "The server schema is up to date (version " << latest << ")." << Qt::endl;
    else
        out << "The server schema is now at version " << latest << " (was " << *before << ")." << Qt::endl;
    return 0;
}

int addUser(const QCommandLineParser &parser, const QString &name)
{
    const auto role = server::serverRoleFromName(parser.value(QStringLiteral("role")));
    if (!role) {
        printError(QStringLiteral("--role must be collector, credit_manager, cfo or admin"));
        return 2;
    }
    QString password;
    const bool generated = !parser.isSet(QStringLiteral("password-file"));
    if (generated) {
        password = server::ServerAdmin::generatePassword();
    } else {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read the password file %1: %2").arg(file.fileName(), file.errorString()));
            return 1;
        }
        password = QString::fromUtf8(file.readAll());
        while (password.endsWith(QLatin1Char('\n')) || password.endsWith(QLatin1Char('\r')))
            password.chop(1);
    }
    auto conn = connect(parser);
    if (!conn)
        return 1;
    if (auto status = server::ServerAdmin::addUser(*conn, name, *role, password); !status) {
        printError(describe(status.error()));
        return 1;
    }
    QTextStream out(stdout);
    out << "Created user " << name << " with role " << parser.value(QStringLiteral("role")) << "." << Qt::endl;
    if (generated)
        out << "Password: " << password << Qt::endl
            << "Give it to " << name << "; it is not stored anywhere." << Qt::endl;
    return 0;
}

} // namespace

int runServerCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sets up the shared PostgreSQL server.\n"
                       "  server init --server URL                     create or upgrade the schema\n"
                       "  server add-user NAME --role ROLE --server URL [--password-file F]\n"
                       "                                               create a login (SCRAM); ROLE is collector,\n"
                       "                                               credit_manager, cfo or admin"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init or add-user"));
    parser.addOption({ QStringLiteral("server"),
        QStringLiteral("libpq connection URI of a user who may create roles and tables."), QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("role"), QStringLiteral("The new user's role."), QStringLiteral("ROLE") });
    parser.addOption({ QStringLiteral("password-file"),
        QStringLiteral("The new user's password (default: a random one, printed once)."), QStringLiteral("FILE") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("init") && positional.size() == 1)
        return init(parser);
    if (action == QLatin1String("add-user") && positional.size() == 2)
        return addUser(parser, positional[1]);
    printError(QStringLiteral("usage: cashcycle-cli server init --server URL | "
                              "server add-user NAME --role ROLE --server URL [--password-file F]"));
    return 2;
}

} // namespace cc::cli
