// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrderCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/SalesOrders.h"
#include "storage/CustomerRepository.h"
#include "storage/SalesOrderRepository.h"

#include <QTextStream>

namespace cc::cli {
namespace {

int fail(const Error &error)
{
    printError(
        error.code == ErrorCode::InvalidInput || error.code == ErrorCode::NotFound || error.code == ErrorCode::Duplicate
            ? error.detail
            : describe(error));
    return 1;
}

void printOrder(const SalesOrder &order)
{
    QTextStream out(stdout);
    out << order.number << ' ' << SalesOrder::toText(order.status) << ' ' << order.total.toDecimalString() << ' '
        << order.total.currency().code();
    if (order.status == SalesOrder::Status::Held)
        out << ": " << order.holdReason;
    out << Qt::endl;
}

int listOrders(storage::SqlDatabase &db, const QCommandLineParser &parser)
{
    std::optional<SalesOrder::Status> status;
    if (parser.isSet(QStringLiteral("status")))
        status = SalesOrder::statusFrom(parser.value(QStringLiteral("status")));
    auto orders = storage::SalesOrderRepository(db).list(parser.value(QStringLiteral("customer")), status);
    if (!orders)
        return fail(orders.error());
    QList<QStringList> records;
    for (const SalesOrder &o : std::as_const(*orders)) {
        records.append({ o.number, o.customerId, o.orderDate.toString(Qt::ISODate), o.total.currency().code(),
            o.total.toDecimalString(), SalesOrder::toText(o.status), o.holdReason, o.customerReference });
    }
    printRecords({ QStringLiteral("number"), QStringLiteral("customer_id"), QStringLiteral("order_date"),
                     QStringLiteral("currency"), QStringLiteral("total"), QStringLiteral("status"),
                     QStringLiteral("hold_reason"), QStringLiteral("customer_reference") },
        records, parser.value(QStringLiteral("format")) == QLatin1String("json"));
    return 0;
}

} // namespace

int runOrderCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sales orders.\n"
        "enter --customer ID --line SPEC... [--number N] [--reference PO]: a new open order (SPEC: ITEM|QUANTITY|"
        "UNIT PRICE|TAX %[|DISCOUNT %[|DESCRIPTION]]); --release runs the credit check at once.\n"
        "list [--customer ID] [--status open|held|released|invoiced|cancelled] [--format csv|json].\n"
        "release NUMBER: the credit check; the order is released, or held with the reasons.\n"
        "approve NUMBER: a credit manager releases a held order; cancel NUMBER: any order not invoiced yet.\n"
        "invoice NUMBER: a draft invoice with the released order's lines (issue it with `invoice issue`)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("action"), QStringLiteral("enter, list, release, approve, cancel or invoice"));
    parser.addOption({ QStringLiteral("customer"), QStringLiteral("The customer."), QStringLiteral("ID") });
    parser.addOption(
        { QStringLiteral("line"), QStringLiteral("A line of the order; repeat for more."), QStringLiteral("SPEC") });
    parser.addOption({ QStringLiteral("number"), QStringLiteral("The order's number (default: one is made)."),
        QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("reference"), QStringLiteral("The customer's purchase order."), QStringLiteral("PO") });
    parser.addOption({ QStringLiteral("release"), QStringLiteral("Run the credit check right away.") });
    parser.addOption({ QStringLiteral("status"), QStringLiteral("Only orders in this state."), QStringLiteral("S") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QStringList onOrder { QStringLiteral("release"), QStringLiteral("approve"), QStringLiteral("cancel"),
        QStringLiteral("invoice") };
    if (!onOrder.contains(action) && action != QLatin1String("enter") && action != QLatin1String("list")) {
        printError(QStringLiteral("give enter, list, release, approve, cancel or invoice"));
        return 2;
    }
    if (onOrder.contains(action) && positional.size() != 2) {
        printError(QStringLiteral("give the order's number"));
        return 2;
    }
    if (action == QLatin1String("enter")
        && (!parser.isSet(QStringLiteral("customer")) || !parser.isSet(QStringLiteral("line")))) {
        printError(QStringLiteral("give --customer ID and at least one --line SPEC"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    if (action == QLatin1String("list"))
        return listOrders(db, parser);
    SystemClock clock;
    services::SalesOrders orders(db, clock, qEnvironmentVariable("USER"));
    if (action == QLatin1String("invoice")) {
        auto draft = orders.invoice(positional.at(1));
        if (!draft)
            return fail(draft.error());
        QTextStream(stdout) << draft->number << ' ' << draft->total.toDecimalString() << ' '
                            << draft->total.currency().code() << Qt::endl;
        return 0;
    }
    Result<SalesOrder> done = makeError(ErrorCode::InvalidInput, QString());
    if (action == QLatin1String("enter")) {
        auto customer = storage::CustomerRepository(db).find(parser.value(QStringLiteral("customer")));
        if (!customer)
            return fail(customer.error());
        if (!*customer) {
            printError(QStringLiteral("there is no customer %1").arg(parser.value(QStringLiteral("customer"))));
            return 1;
        }
        SalesOrder order { parser.value(QStringLiteral("number")), (*customer)->id, clock.today(),
            Money::zero((*customer)->currency) };
        order.customerReference = parser.value(QStringLiteral("reference"));
        for (const QString &spec : parser.values(QStringLiteral("line"))) {
            auto line = parseLineSpec(spec, (*customer)->currency);
            if (!line) {
                printError(line.error().detail);
                return 2;
            }
            order.lines << *line;
        }
        done = orders.enter(order);
        if (done && parser.isSet(QStringLiteral("release")))
            done = orders.release(done->number);
    } else if (action == QLatin1String("release")) {
        done = orders.release(positional.at(1));
    } else {
        done = action == QLatin1String("approve") ? orders.decide(positional.at(1), true)
                                                  : orders.cancel(positional.at(1));
    }
    if (!done)
        return fail(done.error());
    printOrder(*done);
    return 0;
}

} // namespace cc::cli
