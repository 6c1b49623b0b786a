// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "server/PgConnection.h"
#include "services/CreditDesk.h"
#include "services/NoJobControl.h"
#include "storage/CreditRequestRepository.h"
#include "storage/CreditReviewRepository.h"
#include "storage/CustomerRepository.h"
#include "sync/ConflictStore.h"
#include "sync/SyncRound.h"

#include <QTextStream>

namespace cc::cli {
namespace {

using credit::CreditRequest;

int fail(const Error &error)
{
    printError(describe(error));
    return 1;
}

/// With --server, the workspace syncs before the command, so it decides on what the team knows,
/// and after it, so a change the server refuses (a collector approving, say) fails here with
/// the server's reason; the workspace then holds the server's state.
int syncNow(storage::SqlDatabase &db, const Clock &clock, const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("server")))
        return 0;
    auto connection = server::PgConnection::open(withKeychainPassword(parser.value(QStringLiteral("server"))));
    if (!connection)
        return fail(connection.error());
    services::NoJobControl control;
    auto report = sync::SyncRound(**connection, db, clock).run(control);
    if (!report)
        return fail(report.error());
    if (report->pushed.conflicts == 0)
        return 0;
    auto conflicts = sync::ConflictStore(db, clock).list();
    printError(conflicts && !conflicts->isEmpty() ? conflicts->last().message
                                                  : QStringLiteral("the server refused the change"));
    return 1;
}

void printRequests(const QList<CreditRequest> &requests, bool json)
{
    QList<QStringList> records;
    for (const CreditRequest &r : requests)
        records.append({ r.id, r.customerId, r.limit.currency().code(), r.limit.toDecimalString(),
            r.expiresOn.toString(Qt::ISODate), CreditRequest::toText(r.status), r.requestedBy,
            r.requestedOn.toString(Qt::ISODate), r.managerBy, r.cfoBy, r.decidedOn.toString(Qt::ISODate),
            r.justification, r.decisionNote });
    printRecords(
        { QStringLiteral("id"), QStringLiteral("customer_id"), QStringLiteral("currency"), QStringLiteral("limit"),
            QStringLiteral("expires"), QStringLiteral("status"), QStringLiteral("requested_by"),
            QStringLiteral("requested"), QStringLiteral("manager"), QStringLiteral("cfo"), QStringLiteral("decided"),
            QStringLiteral("justification"), QStringLiteral("decision_note") },
        records, json);
}

int reviewsDue(storage::SqlDatabase &db, services::CreditDesk &desk, const Clock &clock, bool json)
{
    auto due = storage::CreditReviewRepository(db).dueOn(clock.today());
    if (!due)
        return fail(due.error());
    QList<QStringList> records;
    for (const auto &account : std::as_const(*due)) {
        auto score = desk.riskScore(account.customerId);
        if (!score)
            return fail(score.error());
        records.append(
            { account.customerId, account.customerName, account.collector, account.lastReviewed.toString(Qt::ISODate),
                account.dueOn.toString(Qt::ISODate), QString::number(score->score), score->grade() });
    }
    printRecords({ QStringLiteral("customer_id"), QStringLiteral("name"), QStringLiteral("collector"),
                     QStringLiteral("last_reviewed"), QStringLiteral("due"), QStringLiteral("risk_score"),
                     QStringLiteral("grade") },
        records, json);
    return 0;
}

} // namespace

int runCreditCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Credit management.\n"
        "request CUSTOMER --limit AMOUNT --reason TEXT [--expires YYYY-MM-DD]: asks for a credit limit (temporary "
        "with --expires). Prints the request's id on its last line.\n"
        "approve ID [--note TEXT] | reject ID --note TEXT: a credit manager decides; above the CFO threshold the "
        "CFO approves after them. With --server the decision goes to the server at once and fails if it refuses.\n"
        "list [CUSTOMER] [--format csv|json]: undecided requests, or all of a customer's.\n"
        "hold CUSTOMER --reason TEXT | release CUSTOMER --reason TEXT: credit holds.\n"
        "risk CUSTOMER: the risk score and why. review CUSTOMER --note TEXT: records a periodic review.\n"
        "reviews [--format csv|json]: accounts due for review.\n"
        "threshold [--set CURRENCY=AMOUNT]: the largest limit approved without the CFO."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"),
        QStringLiteral("request, approve, reject, list, hold, release, risk, review, reviews or threshold"));
    parser.addOption(
        { QStringLiteral("limit"), QStringLiteral("The credit limit asked for."), QStringLiteral("AMOUNT") });
    parser.addOption({ QStringLiteral("reason"), QStringLiteral("Why."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("expires"), QStringLiteral("Last day of a temporary limit."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("note"), QStringLiteral("A note on the decision or review."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("server"),
        QStringLiteral("libpq URI of the shared server; the change goes "
                       "up at once."),
        QStringLiteral("URI") });
    parser.addOption({ QStringLiteral("set"), QStringLiteral("Change the CFO threshold for a currency."),
        QStringLiteral("CURRENCY=AMOUNT") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList withTarget { QStringLiteral("request"), QStringLiteral("approve"), QStringLiteral("reject"),
        QStringLiteral("hold"), QStringLiteral("release"), QStringLiteral("risk"), QStringLiteral("review") };
    const QStringList withoutTarget { QStringLiteral("reviews"), QStringLiteral("threshold") };
    if (!withTarget.contains(action) && !withoutTarget.contains(action) && action != QLatin1String("list")) {
        printError(
            QStringLiteral("give request, approve, reject, list, hold, release, risk, review, reviews or threshold"));
        return 2;
    }
    if ((withTarget.contains(action) && positional.size() != 2)
        || (withoutTarget.contains(action) && positional.size() != 1) || positional.size() > 2) {
        printError(action == QLatin1String("approve") || action == QLatin1String("reject")
                ? QStringLiteral("give the request's id")
                : QStringLiteral("give one customer id"));
        return 2;
    }
    if (action == QLatin1String("request")
        && (!parser.isSet(QStringLiteral("limit")) || parser.value(QStringLiteral("reason")).trimmed().isEmpty())) {
        printError(QStringLiteral("give --limit AMOUNT and --reason TEXT"));
        return 2;
    }
    QDate expires;
    if (parser.isSet(QStringLiteral("expires"))) {
        expires = QDate::fromString(parser.value(QStringLiteral("expires")), Qt::ISODate);
        if (!expires.isValid()) {
            printError(QStringLiteral("--expires: give a date as YYYY-MM-DD"));
            return 2;
        }
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    SystemClock clock;
    services::CreditDesk desk(db, clock, qEnvironmentVariable("USER"));
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    const QString target = positional.value(1);
    if (int synced = syncNow(db, clock, parser); synced != 0)
        return synced;
    QTextStream out(stdout);

    if (action == QLatin1String("list")) {
        auto requests = storage::CreditRequestRepository(db).list(target);
        if (!requests)
            return fail(requests.error());
        printRequests(*requests, json);
        return 0;
    }
    if (action == QLatin1String("reviews"))
        return reviewsDue(db, desk, clock, json);
    if (action == QLatin1String("threshold")) {
        return amountsPerCurrency(
            db, parser, QStringLiteral("cfo_above"),
            [&](const Money &threshold) { return desk.setCfoThreshold(threshold); },
            [&](const Currency &currency) -> Result<QString> {
                auto threshold = desk.cfoThreshold(currency);
                if (!threshold)
                    return threshold.error();
                return *threshold ? (*threshold)->toDecimalString() : QString();
            });
    }
    if (action == QLatin1String("risk")) {
        auto score = desk.riskScore(target);
        if (!score)
            return fail(score.error());
        out << "risk score " << score->score << " (" << score->grade() << ")\n";
        for (const QString &line : std::as_const(score->explanation))
            out << "  " << line << '\n';
        return 0;
    }
    if (action == QLatin1String("review")) {
        auto id = desk.review(target, parser.value(QStringLiteral("note")));
        if (!id)
            return fail(id.error());
        out << *id << Qt::endl;
        return syncNow(db, clock, parser);
    }
    if (action == QLatin1String("hold") || action == QLatin1String("release")) {
        const QString reason = parser.value(QStringLiteral("reason"));
        auto status = action == QLatin1String("hold") ? desk.hold(target, reason) : desk.release(target, reason);
        if (!status)
            return fail(status.error());
        return syncNow(db, clock, parser);
    }

    Result<CreditRequest> done = makeError(ErrorCode::InvalidInput, QString());
    if (action == QLatin1String("request")) {
        auto customer = storage::CustomerRepository(db).find(target);
        if (!customer || !*customer) {
            printError(customer ? QStringLiteral("there is no customer %1").arg(target) : describe(customer.error()));
            return 1;
        }
        auto limit = Money::parse(parser.value(QStringLiteral("limit")), (*customer)->currency);
        if (!limit) {
            printError(QStringLiteral("--limit: %1").arg(limit.error().detail));
            return 2;
        }
        done = desk.request(target, *limit, parser.value(QStringLiteral("reason")), expires);
    } else if (action == QLatin1String("approve")) {
        done = desk.approve(target, parser.value(QStringLiteral("note")));
    } else {
        done = desk.reject(target, parser.value(QStringLiteral("note")));
    }
    if (!done)
        return fail(done.error());
    if (int pushed = syncNow(db, clock, parser); pushed != 0)
        return pushed;
    out << done->customerId << ' ' << done->limit.toDecimalString() << ' ' << done->limit.currency().code() << ' '
        << CreditRequest::toText(done->status)
        << (done->isTemporary() ? QStringLiteral(" until ") + done->expiresOn.toString(Qt::ISODate) : QString()) << '\n'
        << done->id << Qt::endl;
    return 0;
}

} // namespace cc::cli
