// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/PaymentPosting.h"
#include "storage/CustomerRepository.h"
#include "storage/PaymentRepository.h"

#include <QTextStream>

namespace cc::cli {
namespace {

using services::PaymentPosting;

/// "--apply INV=CASH[+DISCOUNT]": the user's own plan instead of the oldest-first one.
Result<PaymentAllocator::Plan> planFrom(const QStringList &specs, const Money &cash)
{
    PaymentAllocator::Plan plan { {}, cash, Money::zero(cash.currency()) };
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        const QString number = spec.left(equals).trimmed();
        const QStringList amounts = spec.mid(equals + 1).split(QLatin1Char('+'));
        if (equals <= 0 || amounts.size() > 2)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("--apply \"%1\": give INVOICE=AMOUNT or INVOICE=AMOUNT+DISCOUNT").arg(spec));
        auto amount = Money::parse(amounts.at(0).trimmed(), cash.currency());
        auto discount = amounts.size() == 2 ? Money::parse(amounts.at(1).trimmed(), cash.currency())
                                            : Result<Money>(Money::zero(cash.currency()));
        if (!amount || !discount)
            return makeError(ErrorCode::InvalidInput,
                QStringLiteral("--apply \"%1\": %2").arg(spec, (!amount ? amount : discount).error().detail));
        plan.lines.append({ number, *amount, *discount, Money::zero(cash.currency()), false });
        plan.unapplied -= *amount;
        plan.discounts += *discount;
    }
    return plan;
}

void printPlan(const PaymentAllocator::Plan &plan)
{
    QTextStream out(stdout);
    for (const PaymentAllocator::Line &line : plan.lines) {
        out << line.number << '\t' << line.cash.toDecimalString();
        if (line.discount.isPositive())
            out << "\tdiscount " << line.discount.toDecimalString();
        if (line.unearnedDiscount.isPositive())
            out << "\tunearned discount " << line.unearnedDiscount.toDecimalString() << " left open";
        out << '\n';
    }
    out << "unapplied\t" << plan.unapplied.toDecimalString() << '\n';
}

int fail(const Error &error)
{
    printError(error.code == ErrorCode::InvalidInput ? error.detail : describe(error));
    return 1;
}

int listPayments(storage::SqlDatabase &db, const QString &customerId, bool json)
{
    auto payments = storage::PaymentRepository(db).forCustomer(customerId);
    if (!payments)
        return fail(payments.error());
    QList<QStringList> records;
    for (const PaymentSummary &row : std::as_const(*payments)) {
        const Payment &p = row.payment;
        const QString received
            = p.received ? p.received->toDecimalString() + QLatin1Char(' ') + p.received->currency().code() : QString();
        records.append({ p.id, p.date.toString(Qt::ISODate), p.amount.currency().code(), p.amount.toDecimalString(),
            row.unapplied.toDecimalString(), p.method, p.reference, received, p.fxRate,
            p.reversedOn.toString(Qt::ISODate), p.reversalReason });
    }
    printRecords({ QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("currency"), QStringLiteral("amount"),
                     QStringLiteral("unapplied"), QStringLiteral("method"), QStringLiteral("reference"),
                     QStringLiteral("received"), QStringLiteral("rate"), QStringLiteral("reversed"),
                     QStringLiteral("reversal_reason") },
        records, json);
    return 0;
}

Result<PaymentPosting::Receipt> receiptFrom(
    storage::SqlDatabase &db, const QCommandLineParser &parser, const QDate &day)
{
    const QString customerId = parser.value(QStringLiteral("customer"));
    auto customer = storage::CustomerRepository(db).find(customerId);
    if (!customer)
        return customer.error();
    if (!*customer)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("there is no customer %1").arg(customerId));
    const Currency billing = (*customer)->currency;
    Currency received = billing;
    if (parser.isSet(QStringLiteral("currency"))) {
        auto code = Currency::fromCode(parser.value(QStringLiteral("currency")).toUpper());
        if (!code)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--currency: %1").arg(code.error().detail));
        received = *code;
    }
    auto amount = Money::parse(parser.value(QStringLiteral("amount")), received);
    if (!amount)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--amount: %1").arg(amount.error().detail));
    PaymentPosting::Receipt receipt { customerId, day, *amount, std::nullopt, parser.value(QStringLiteral("method")),
        parser.value(QStringLiteral("reference")) };
    if (parser.isSet(QStringLiteral("rate"))) {
        auto rate = FxRate::parse(received, billing, parser.value(QStringLiteral("rate")), day);
        if (!rate)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("--rate: %1").arg(rate.error().detail));
        receipt.rate = *rate;
    }
    return receipt;
}

} // namespace

int runPaymentCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Payments: recording cash and applying it.\n"
        "record --customer ID --amount A: records a payment and applies it oldest due first (early-payment "
        "discounts only when earned); --apply INVOICE=AMOUNT[+DISCOUNT] (repeatable) applies it your way, "
        "--no-apply leaves it all unapplied. --currency C with --rate R books money in another currency at R units "
        "of the customer's currency each. Prints the allocations, then the payment's id on the last line.\n"
        "list --customer ID: the customer's payments with what is unapplied of each (--format csv|json).\n"
        "apply PAYMENT: applies what is unapplied of a payment (oldest first, or --apply).\n"
        "refund PAYMENT --amount A: pays unapplied cash back.\n"
        "reverse PAYMENT --reason TEXT: a bounced payment; its invoices are open again."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("record, list, apply, refund or reverse"));
    parser.addOption({ QStringLiteral("customer"), QStringLiteral("The customer."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("amount"), QStringLiteral("The amount, e.g. 1250.00."), QStringLiteral("A") });
    parser.addOption({ QStringLiteral("currency"), QStringLiteral("The currency received (default: the customer's)."),
        QStringLiteral("CODE") });
    parser.addOption({ QStringLiteral("rate"), QStringLiteral("Units of the customer's currency per unit received."),
        QStringLiteral("R") });
    parser.addOption(
        { QStringLiteral("date"), QStringLiteral("The day (default today)."), QStringLiteral("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("method"), QStringLiteral("How it was paid, e.g. transfer."), QStringLiteral("M") });
    parser.addOption(
        { QStringLiteral("reference"), QStringLiteral("The bank or cheque reference."), QStringLiteral("R") });
    parser.addOption({ QStringLiteral("apply"), QStringLiteral("Apply to an invoice; repeat for more."),
        QStringLiteral("INVOICE=AMOUNT[+DISCOUNT]") });
    parser.addOption({ QStringLiteral("no-apply"), QStringLiteral("Leave the whole payment unapplied.") });
    parser.addOption(
        { QStringLiteral("reason"), QStringLiteral("Why a payment is reversed."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("csv or json (default csv)."), QStringLiteral("FORMAT"),
        QStringLiteral("csv") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool onPayment
        = action == QLatin1String("apply") || action == QLatin1String("refund") || action == QLatin1String("reverse");
    if (action == QLatin1String("record") || action == QLatin1String("list")) {
        if (!parser.isSet(QStringLiteral("customer"))
            || (action == QLatin1String("record") && !parser.isSet(QStringLiteral("amount")))) {
            printError(action == QLatin1String("record") ? QStringLiteral("give --customer ID and --amount A")
                                                         : QStringLiteral("give --customer ID"));
            return 2;
        }
    } else if (!onPayment) {
        printError(QStringLiteral("give record, list, apply, refund or reverse"));
        return 2;
    } else if (positional.size() != 2) {
        printError(QStringLiteral("give the payment's id"));
        return 2;
    }
    if (action == QLatin1String("refund") && !parser.isSet(QStringLiteral("amount"))) {
        printError(QStringLiteral("give --amount A"));
        return 2;
    }
    const auto day = dateOption(parser, QStringLiteral("date"));
    if (!day)
        return 2;

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    storage::SqlDatabase &db = workspace->database();
    if (action == QLatin1String("list"))
        return listPayments(db, parser.value(QStringLiteral("customer")),
            parser.value(QStringLiteral("format")) == QLatin1String("json"));

    SystemClock clock;
    PaymentPosting posting(db, clock, qEnvironmentVariable("USER"));
    const QStringList specs = parser.values(QStringLiteral("apply"));
    if (action == QLatin1String("record")) {
        auto receipt = receiptFrom(db, parser, *day);
        if (!receipt)
            return fail(receipt.error());
        auto amount = PaymentPosting::bookedAmount(*receipt);
        if (!amount)
            return fail(amount.error());
        auto plan = parser.isSet(QStringLiteral("no-apply")) ? planFrom({}, *amount)
            : specs.isEmpty()                                ? posting.suggest(*receipt)
                                                             : planFrom(specs, *amount);
        if (!plan)
            return fail(plan.error());
        auto id = posting.record(*receipt, *plan);
        if (!id)
            return fail(id.error());
        printPlan(*plan);
        QTextStream(stdout) << *id << Qt::endl;
        return 0;
    }

    const QString paymentId = positional.at(1);
    if (action == QLatin1String("reverse")) {
        if (auto status = posting.reverse(paymentId, *day, parser.value(QStringLiteral("reason"))); !status)
            return fail(status.error());
        QTextStream(stdout) << paymentId << " reversed" << Qt::endl;
        return 0;
    }
    auto payment = storage::PaymentRepository(db).find(paymentId);
    if (!payment)
        return fail(payment.error());
    if (!*payment) {
        printError(QStringLiteral("there is no payment %1").arg(paymentId));
        return 1;
    }
    const Currency currency = (*payment)->amount.currency();
    if (action == QLatin1String("refund")) {
        auto amount = Money::parse(parser.value(QStringLiteral("amount")), currency);
        if (!amount)
            return fail(makeError(ErrorCode::InvalidInput, QStringLiteral("--amount: %1").arg(amount.error().detail)));
        auto refund = posting.refund(paymentId, *amount, *day, parser.value(QStringLiteral("method")),
            parser.value(QStringLiteral("reference")));
        if (!refund)
            return fail(refund.error());
        QTextStream(stdout) << *refund << Qt::endl;
        return 0;
    }
    auto rest = storage::PaymentRepository(db).unapplied(**payment);
    if (!rest)
        return fail(rest.error());
    auto plan = specs.isEmpty() ? posting.suggestApplication(paymentId) : planFrom(specs, *rest);
    if (!plan)
        return fail(plan.error());
    if (auto status = posting.apply(paymentId, *plan); !status)
        return fail(status.error());
    printPlan(*plan);
    return 0;
}

} // namespace cc::cli
