// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/Disputes.h"
#include "storage/DisputeAttachmentRepository.h"
#include "storage/DisputeRepository.h"
#include "storage/InvoiceRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace cc::cli {
namespace {

int fail(const Error &error)
{
    printError(describe(error));
    return 1;
}

int list(storage::SqlDatabase &db, const Clock &clock, const QCommandLineParser &parser)
{
    auto disputes = storage::DisputeRepository(db).list(
        parser.isSet(QStringLiteral("all")), parser.value(QStringLiteral("owner")));
    if (!disputes)
        return fail(disputes.error());
    QList<QStringList> records;
    for (const Dispute &d : std::as_const(*disputes)) {
        const bool resolved = d.resolution.has_value();
        records.append(
            { d.id, d.invoiceNumber, d.customerId, d.amount.currency().code(), d.amount.toDecimalString(), d.reason,
                Dispute::toText(d.status), d.owner, d.openedOn.toString(Qt::ISODate), d.slaDue().toString(Qt::ISODate),
                d.breachesSla(clock.today()) ? QStringLiteral("yes") : QStringLiteral("no"),
                QString::number(d.openedOn.daysTo(d.resolvedOn.isValid() ? d.resolvedOn : clock.today())),
                resolved ? DisputeResolution::toText(d.resolution->kind) : QString(),
                resolved ? d.resolution->amount.toDecimalString() : QString(),
                resolved ? DisputeResolution::toText(d.resolution->state) : QString(),
                resolved ? d.resolution->document : QString() });
    }
    printRecords(
        { QStringLiteral("id"), QStringLiteral("invoice"), QStringLiteral("customer_id"), QStringLiteral("currency"),
            QStringLiteral("amount"), QStringLiteral("reason"), QStringLiteral("status"), QStringLiteral("owner"),
            QStringLiteral("opened"), QStringLiteral("sla_due"), QStringLiteral("sla_breached"),
            QStringLiteral("age_days"), QStringLiteral("resolution"), QStringLiteral("resolution_amount"),
            QStringLiteral("resolution_state"), QStringLiteral("resolution_document") },
        records, parser.value(QStringLiteral("format")) == QLatin1String("json"));
    return 0;
}

int limits(storage::SqlDatabase &db, services::Disputes &disputes, const QCommandLineParser &parser)
{
    const auto kind = DisputeResolution::kindFrom(parser.value(QStringLiteral("by")));
    if (!kind) {
        printError(QStringLiteral("give --by credit_note, write_off or rejected"));
        return 2;
    }
    return amountsPerCurrency(
        db, parser, QStringLiteral("approved_up_to"),
        [&](const Money &limit) { return disputes.setApprovalLimit(*kind, limit); },
        [&](const Currency &currency) -> Result<QString> {
            auto limit = disputes.approvalLimit(*kind, currency);
            return limit ? Result<QString>(limit->toDecimalString()) : Result<QString>(limit.error());
        });
}

int attach(services::Disputes &disputes, const QString &id, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return 1;
    }
    auto attached = disputes.attach(id, QFileInfo(path).fileName(), file.readAll());
    if (!attached)
        return fail(attached.error());
    QTextStream(stdout) << *attached << Qt::endl;
    return 0;
}

int attachments(storage::SqlDatabase &db, const QString &id, const QCommandLineParser &parser)
{
    storage::DisputeAttachmentRepository files(db);
    if (parser.isSet(QStringLiteral("save"))) {
        auto content = files.content(parser.value(QStringLiteral("save")));
        if (!content)
            return fail(content.error());
        if (!*content) {
            printError(QStringLiteral("there is no file %1").arg(parser.value(QStringLiteral("save"))));
            return 1;
        }
        QFile out(parser.value(QStringLiteral("out")));
        if (!out.open(QIODevice::WriteOnly) || out.write(**content) != (*content)->size()) {
            printError(QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString()));
            return 1;
        }
        return 0;
    }
    auto listed = files.list(id);
    if (!listed)
        return fail(listed.error());
    QList<QStringList> records;
    for (const DisputeAttachment &a : std::as_const(*listed))
        records.append(
            { a.id, a.fileName, a.mediaType, QString::number(a.size), a.addedBy, a.addedOn.toString(Qt::ISODate) });
    printRecords({ QStringLiteral("id"), QStringLiteral("file_name"), QStringLiteral("media_type"),
                     QStringLiteral("bytes"), QStringLiteral("added_by"), QStringLiteral("added") },
        records, parser.value(QStringLiteral("format")) == QLatin1String("json"));
    return 0;
}

} // namespace

int runDisputeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Disputes.\n"
        "open INVOICE --amount A --reason R [--owner U] [--note TEXT]: R is one of pricing, quantity, damaged, "
        "not_received, duplicate_billing, tax, other. Prints the dispute's id on its last line.\n"
        "list [--all] [--owner U] [--format csv|json]: the queue, oldest first, with each one's service-level "
        "due date, whether it is breached, and its resolution.\n"
        "move ID --to investigating|waiting [--note TEXT]: the workflow; a resolved one is reopened with "
        "--to investigating.\n"
        "resolve ID --by credit_note|write_off|rejected [--amount A] [--approve] [--note TEXT] [--server URI]: "
        "within the team's limit (or with --approve, as a credit manager) it is carried out: a credit note is "
        "issued (through --server in a synced workspace) or the amount written off; above it, it is proposed.\n"
        "decide ID --approve|--decline [--note TEXT] [--server URI]: a credit manager carries out or declines "
        "a proposed resolution.\n"
        "attach ID FILE: adds a file to the dispute. attachments ID [--save FILE_ID --out PATH]: lists them or "
        "saves one.\n"
        "limit --by KIND [--set CURRENCY=AMOUNT]: the largest resolution of that kind without a credit manager."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"), QStringLiteral("open, list, move, resolve, decide, attach, attachments or limit"));
    parser.addOption({ QStringLiteral("amount"), QStringLiteral("The disputed, credited or written-off amount."),
        QStringLiteral("A") });
    parser.addOption({ QStringLiteral("reason"), QStringLiteral("The reason code."), QStringLiteral("R") });
    parser.addOption({ QStringLiteral("owner"), QStringLiteral("Who works it (default: you)."), QStringLiteral("U") });
    parser.addOption({ QStringLiteral("note"), QStringLiteral("A note."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("to"), QStringLiteral("The state to move to."), QStringLiteral("STATE") });
    parser.addOption(
        { QStringLiteral("by"), QStringLiteral("credit_note, write_off or rejected."), QStringLiteral("KIND") });
    parser.addOption({ QStringLiteral("approve"), QStringLiteral("Carry the resolution out now.") });
    parser.addOption({ QStringLiteral("decline"), QStringLiteral("Decline the proposed resolution.") });
    parser.addOption({ QStringLiteral("server"), QStringLiteral("libpq URI of the shared server that numbers."),
        QStringLiteral("URI") });
    parser.addOption({ QStringLiteral("set"), QStringLiteral("Change the limit for a currency."),
        QStringLiteral("CURRENCY=AMOUNT") });
    parser.addOption({ QStringLiteral("save"), QStringLiteral("The file to save."), QStringLiteral("FILE_ID") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("Where to save it."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("all"), QStringLiteral("Resolved ones too.") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList withTarget { QStringLiteral("open"), QStringLiteral("move"), QStringLiteral("resolve"),
        QStringLiteral("decide"), QStringLiteral("attachments") };
    if (!withTarget.contains(action) && action != QLatin1String("list") && action != QLatin1String("limit")
        && action != QLatin1String("attach")) {
        printError(QStringLiteral("give open, list, move, resolve, decide, attach, attachments or limit"));
        return 2;
    }
    if ((withTarget.contains(action) && positional.size() != 2)
        || (action == QLatin1String("attach") && positional.size() != 3)) {
        printError(action == QLatin1String("open")  ? QStringLiteral("give the invoice's number")
                : action == QLatin1String("attach") ? QStringLiteral("give the dispute's id and the file")
                                                    : QStringLiteral("give the dispute's id"));
        return 2;
    }
    if (action == QLatin1String("open")
        && (!parser.isSet(QStringLiteral("amount")) || !parser.isSet(QStringLiteral("reason")))) {
        printError(QStringLiteral("give --amount A and --reason R"));
        return 2;
    }
    const QStringList states { QStringLiteral("investigating"), QStringLiteral("waiting") };
    if (action == QLatin1String("move") && !states.contains(parser.value(QStringLiteral("to")))) {
        printError(QStringLiteral("give --to investigating or waiting; a dispute is resolved with resolve"));
        return 2;
    }
    const auto kind = DisputeResolution::kindFrom(parser.value(QStringLiteral("by")));
    if (action == QLatin1String("resolve")
        && (!kind || (*kind != DisputeResolution::Kind::Rejected && !parser.isSet(QStringLiteral("amount"))))) {
        printError(QStringLiteral("give --by credit_note or write_off with --amount A, or --by rejected"));
        return 2;
    }
    if (action == QLatin1String("decide")
        && parser.isSet(QStringLiteral("approve")) == parser.isSet(QStringLiteral("decline"))) {
        printError(QStringLiteral("give --approve or --decline"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    if (action == QLatin1String("list"))
        return list(db, clock, parser);
    if (action == QLatin1String("attachments"))
        return attachments(db, positional.at(1), parser);
    services::Disputes disputes(db, clock, qEnvironmentVariable("USER"));
    if (action == QLatin1String("limit"))
        return limits(db, disputes, parser);
    if (action == QLatin1String("attach"))
        return attach(disputes, positional.at(1), positional.at(2));

    const auto issue = [&](qint64 draftId) { return issueDraft(db, clock, parser, draftId); };
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
    } else if (action == QLatin1String("resolve")) {
        auto dispute = storage::DisputeRepository(db).find(positional.at(1));
        if (!dispute || !*dispute) {
            printError(
                dispute ? QStringLiteral("there is no dispute %1").arg(positional.at(1)) : describe(dispute.error()));
            return 1;
        }
        const Currency currency = (*dispute)->amount.currency();
        auto amount = *kind == DisputeResolution::Kind::Rejected
            ? Result<Money>(Money::zero(currency))
            : Money::parse(parser.value(QStringLiteral("amount")), currency);
        if (!amount) {
            printError(QStringLiteral("--amount: %1").arg(amount.error().detail));
            return 2;
        }
        done = disputes.resolve(positional.at(1), *kind, *amount, parser.value(QStringLiteral("note")), issue,
            parser.isSet(QStringLiteral("approve")));
    } else if (action == QLatin1String("decide")) {
        done = disputes.decide(
            positional.at(1), parser.isSet(QStringLiteral("approve")), issue, parser.value(QStringLiteral("note")));
    } else {
        done = disputes.move(positional.at(1), Dispute::statusFrom(parser.value(QStringLiteral("to"))),
            parser.value(QStringLiteral("note")));
    }
    if (!done)
        return fail(done.error());
    QTextStream out(stdout);
    out << done->invoiceNumber << ' ' << done->amount.toDecimalString() << ' ' << done->amount.currency().code() << ' '
        << Dispute::toText(done->status);
    if (done->resolution)
        out << ' ' << DisputeResolution::toText(done->resolution->kind) << ' '
            << DisputeResolution::toText(done->resolution->state) << ' ' << done->resolution->amount.toDecimalString()
            << (done->resolution->document.isEmpty() ? QString() : QLatin1Char(' ') + done->resolution->document);
    else
        out << " due " << done->slaDue().toString(Qt::ISODate);
    out << '\n' << done->id << Qt::endl;
    return 0;
}

} // namespace cc::cli
