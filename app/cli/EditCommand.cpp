// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "storage/Transaction.h"
#include "sync/Outbox.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace cc::cli {

int runEditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Changes fields of a customer, invoice, payment or allocation in the workspace. The change is queued "
        "and goes to the server with the next sync."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("delete"), QStringLiteral("Delete the row instead.") });
    parser.addPositionalArgument(
        QStringLiteral("table"), QStringLiteral("customers, invoices, payments or allocations"));
    parser.addPositionalArgument(QStringLiteral("key"), QStringLiteral("The row's id or number."));
    parser.addPositionalArgument(QStringLiteral("changes"),
        QStringLiteral("FIELD=VALUE, as the server names them "
                       "(e.g. due_date=2026-12-31)."),
        QStringLiteral("[FIELD=VALUE...]"));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    const bool remove = parser.isSet(QStringLiteral("delete"));
    if (positional.size() < 2 || (remove != (positional.size() == 2))) {
        printError(QStringLiteral("give TABLE KEY and either FIELD=VALUE changes or --delete"));
        return 2;
    }
    sync::FieldValues changes;
    for (const QString &change : positional.mid(2)) {
        const qsizetype equals = change.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            printError(QStringLiteral("\"%1\" is not FIELD=VALUE").arg(change));
            return 2;
        }
        changes.insert(change.left(equals), change.mid(equals + 1));
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    SystemClock clock;
    storage::Transaction transaction(workspace->database());
    Result<QString> change = transaction.begin().ok()
        ? (remove ? sync::Outbox(workspace->database(), clock).remove(positional[0], positional[1])
                  : sync::Outbox(workspace->database(), clock).update(positional[0], positional[1], changes))
        : Result<QString>(makeError(ErrorCode::Storage, QStringLiteral("cannot start a transaction")));
    if (change) {
        if (auto committed = transaction.commit(); !committed)
            change = committed.error();
    }
    if (!change) {
        printError(describe(change.error()));
        return 1;
    }
    QTextStream(stdout) << (change->isEmpty() ? QStringLiteral("Nothing to change.")
                                              : QStringLiteral("Queued change %1.").arg(*change))
                        << Qt::endl;
    return 0;
}

} // namespace cc::cli
