// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/Disputes.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"

#include <QTextStream>

namespace cc::cli {

int runDisputeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Disputes.\n"
        "open INVOICE --amount A --reason R [--owner U] [--note TEXT]: R is one of pricing, quantity, damaged, "
        "not_received, duplicate_billing, tax, other. Prints the dispute's id on its last line.\n"
        "list [--all] [--owner U] [--format csv|json]: the queue, oldest first, with each one's service-level "
        "due date and whether it is breached.\n"
        "move ID --to investigating|waiting|resolved [--note TEXT]: the workflow; a resolved one is reopened "
        "with --to investigating."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("open, list or move"));
    parser.addOption({ QStringLiteral("amount"), QStringLiteral("The disputed amount."), QStringLiteral("A") });
    parser.addOption({ QStringLiteral("reason"), QStringLiteral("The reason code."), QStringLiteral("R") });
    parser.addOption({ QStringLiteral("owner"), QStringLiteral("Who works it (default: you)."), QStringLiteral("U") });
    parser.addOption({ QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("to"), QStringLiteral("The state to move to."), QStringLiteral("STATE") });
    parser.addOption({ QStringLiteral("all"), QStringLiteral("Resolved ones too.") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("open") && action != QLatin1String("list") && action != QLatin1String("move")) {
        printError(QStringLiteral("give open, list or move"));
        return 2;
    }
    if (action != QLatin1String("list") && positional.size() != 2) {
        printError(action == QLatin1String("open") ? QStringLiteral("give the invoice's number")
                                                   : QStringLiteral("give the dispute's id"));
        return 2;
    }
    if (action == QLatin1String("open")
        && (!parser.isSet(QStringLiteral("amount")) || !parser.isSet(QStringLiteral("reason")))) {
        printError(QStringLiteral("give --amount A and --reason R"));
        return 2;
    }
    const QStringList states { QStringLiteral("investigating"), QStringLiteral("waiting"), QStringLiteral("resolved") };
    if (action == QLatin1String("move") && !states.contains(parser.value(QStringLiteral("to")))) {
        printError(QStringLiteral("give --to investigating, waiting or resolved"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    if (action == QLatin1String("list")) {
        auto disputes = storage::DisputeRepository(db).list(
            parser.isSet(QStringLiteral("all")), parser.value(QStringLiteral("owner")));
        if (!disputes) {
            printError(describe(disputes.error()));
            return 1;
        }
        QList<QStringList> records;
        for (const Dispute &d : std::as_const(*disputes)) {
            records.append({ d.id, d.invoiceNumber, d.customerId, d.amount.currency().code(),
                d.amount.toDecimalString(), d.reason, Dispute::toText(d.status), d.owner,
                d.openedOn.toString(Qt::ISODate), d.slaDue().toString(Qt::ISODate),
                d.breachesSla(clock.today()) ? QStringLiteral("yes") : QStringLiteral("no"),
                QString::number(d.openedOn.daysTo(d.resolvedOn.isValid() ? d.resolvedOn : clock.today())) });
        }
        printRecords({ QStringLiteral("id"), QStringLiteral("invoice"), QStringLiteral("customer_id"),
                         QStringLiteral("currency"), QStringLiteral("amount"), QStringLiteral("reason"),
                         QStringLiteral("status"), QStringLiteral("owner"), QStringLiteral("opened"),
                         QStringLiteral("sla_due"), QStringLiteral("sla_breached"), QStringLiteral("age_days") },
            records, parser.value(QStringLiteral("format")) == QLatin1String("json"));
        return 0;
    }
    services::Disputes disputes(db, clock, qEnvironmentVariable("USER"));
    Result<Dispute> done = makeError(ErrorCode::InvalidInput, QString());
    if (action == QLatin1String("open")) {
        auto invoice = storage::InvoiceRepository(db).summaryByNumber(positional.at(1));
        if (!invoice || !*invoice) {
            printError(
                invoice ? QStringLiteral("there is no invoice %1").arg(positional.at(1)) : describe(invoice.error()));
            return 1;
        }
        auto amount = Money::parse(parser.value(QStringLiteral("amount")), (*invoice)->open.currency());
        if (!amount) {
            printError(QStringLiteral("--amount: %1").arg(amount.error().detail));
            return 2;
        }
        done = disputes.open(positional.at(1), *amount, parser.value(QStringLiteral("reason")),
            parser.value(QStringLiteral("owner")), parser.value(QStringLiteral("note")));
    } else {
        done = disputes.move(positional.at(1), Dispute::statusFrom(parser.value(QStringLiteral("to"))),
            parser.value(QStringLiteral("note")));
    }
    if (!done) {
        printError(done.error().detail);
        return 1;
    }
    QTextStream(stdout) << done->invoiceNumber << ' ' << done->amount.toDecimalString() << ' '
                        << done->amount.currency().code() << ' ' << Dispute::toText(done->status) << " due "
                        << done->slaDue().toString(Qt::ISODate) << '\n'
                        << done->id << Qt::endl;
    return 0;
}

} // namespace cc::cli
