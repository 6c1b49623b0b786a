// SPDX-License-Identifier: GPL-3.0-or-later
#include "WriteOffCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/WriteOffs.h"
#include "storage/InvoiceRepository.h"
#include "storage/WriteOffRepository.h"

#include <QTextStream>

namespace cc::cli {
namespace {

int fail(const Error &error)
{
    printError(
        error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound ? error.detail : describe(error));
    return 1;
}

int listWriteOffs(storage::SqlDatabase &db, const QString &status, bool json)
{
    std::optional<WriteOff::Status> filter;
    if (!status.isEmpty())
        filter = WriteOff::statusFrom(status);
    auto rows = storage::WriteOffRepository(db).list(filter);
    if (!rows)
        return fail(rows.error());
    QList<QStringList> records;
    for (const WriteOff &w : std::as_const(*rows)) {
        records.append({ w.id, w.invoiceNumber, w.customerId, w.amount.currency().code(), w.amount.toDecimalString(),
            WriteOff::toText(w.status), w.requestedBy, w.requestedOn.toString(Qt::ISODate), w.decidedBy,
            w.decidedOn.toString(Qt::ISODate), w.reason });
    }
    printRecords({ QStringLiteral("id"), QStringLiteral("invoice"), QStringLiteral("customer_id"),
                     QStringLiteral("currency"), QStringLiteral("amount"), QStringLiteral("status"),
                     QStringLiteral("requested_by"), QStringLiteral("requested"), QStringLiteral("decided_by"),
                     QStringLiteral("decided"), QStringLiteral("reason") },
        records, json);
    return 0;
}

int limits(storage::SqlDatabase &db, services::WriteOffs &writeOffs, const QCommandLineParser &parser)
{
    return amountsPerCurrency(
        db, parser, QStringLiteral("approved_up_to"),
        [&](const Money &limit) { return writeOffs.setApprovalLimit(limit); },
        [&](const Currency &currency) -> Result<QString> {
            auto limit = writeOffs.approvalLimit(currency);
            return limit ? Result<QString>(limit->toDecimalString()) : Result<QString>(limit.error());
        });
}

} // namespace

int runWriteOffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Write-offs.\n"
        "request INVOICE --amount A --reason TEXT: writes off part of an open invoice; approved at once up to the "
        "team's limit, otherwise waiting for a credit manager. Prints the write-off's id and status.\n"
        "list [--status requested|approved|rejected] [--format csv|json]: the write-offs.\n"
        "approve ID | reject ID: a credit manager's decision (the server checks who decides).\n"
        "limit [--set CURRENCY=AMOUNT]: the largest write-off per currency approved without a credit manager."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("request, list, approve, reject or limit"));
    parser.addOption({ QStringLiteral("amount"), QStringLiteral("The amount, e.g. 12.50."), QStringLiteral("A") });
    parser.addOption({ QStringLiteral("reason"), QStringLiteral("Why it is written off."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("status"), QStringLiteral("Only write-offs in this state."), QStringLiteral("STATUS") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.addOption({ QStringLiteral("set"), QStringLiteral("Change the limit for a currency."),
        QStringLiteral("CURRENCY=AMOUNT") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList withTarget { QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("reject") };
    if (!withTarget.contains(action) && action != QLatin1String("list") && action != QLatin1String("limit")) {
        printError(QStringLiteral("give request, list, approve, reject or limit"));
        return 2;
    }
    if (withTarget.contains(action) && positional.size() != 2) {
        printError(action == QLatin1String("request") ? QStringLiteral("give the invoice's number")
                                                      : QStringLiteral("give the write-off's id"));
        return 2;
    }
    if (action == QLatin1String("request")
        && (!parser.isSet(QStringLiteral("amount")) || !parser.isSet(QStringLiteral("reason")))) {
        printError(QStringLiteral("give --amount A and --reason TEXT"));
        return 2;
    }
    const QStringList statuses { QString(), QStringLiteral("requested"), QStringLiteral("approved"),
        QStringLiteral("rejected") };
    if (!statuses.contains(parser.value(QStringLiteral("status")))) {
        printError(QStringLiteral("--status must be requested, approved or rejected"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    services::WriteOffs writeOffs(db, clock, qEnvironmentVariable("USER"));
    if (action == QLatin1String("list"))
        return listWriteOffs(db, parser.value(QStringLiteral("status")),
            parser.value(QStringLiteral("format")) == QLatin1String("json"));
    if (action == QLatin1String("limit"))
        return limits(db, writeOffs, parser);
    if (action != QLatin1String("request")) {
        if (auto status = writeOffs.decide(positional.at(1), action == QLatin1String("approve")); !status)
            return fail(status.error());
        QTextStream(stdout) << positional.at(1) << ' ' << (action == QLatin1String("approve") ? "approved" : "rejected")
                            << Qt::endl;
        return 0;
    }
    auto invoice = storage::InvoiceRepository(db).summaryByNumber(positional.at(1));
    if (!invoice)
        return fail(invoice.error());
    if (!*invoice) {
        printError(QStringLiteral("there is no invoice %1").arg(positional.at(1)));
        return 1;
    }
    auto amount = Money::parse(parser.value(QStringLiteral("amount")), (*invoice)->open.currency());
    if (!amount) {
        printError(QStringLiteral("--amount: %1").arg(amount.error().detail));
        return 2;
    }
    auto made = writeOffs.request(positional.at(1), *amount, parser.value(QStringLiteral("reason")));
    if (!made)
        return fail(made.error());
    QTextStream(stdout) << made->id << ' ' << WriteOff::toText(made->status) << Qt::endl;
    return 0;
}

} // namespace cc::cli
