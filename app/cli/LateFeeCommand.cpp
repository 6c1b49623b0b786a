// SPDX-License-Identifier: GPL-3.0-or-later
#include "LateFeeCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/LateFees.h"

#include <QTextStream>

namespace cc::cli {

int runLateFeeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Late-payment charges by the team's stated policy.\n"
        "policy [--set JSON]: the policy, e.g. {\"annual_rate_bp\": 900, \"grace_days\": 5, \"flat_fee\": "
        "{\"EUR\": 4000}, \"minimum\": {\"EUR\": 500}} (amounts in minor units).\n"
        "propose CUSTOMER [--as-of D]: what the customer's overdue invoices owe, per invoice.\n"
        "charge CUSTOMER [--as-of D]: makes that a draft invoice (issue it with `invoice issue`)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("policy, propose or charge"));
    parser.addOption({ QStringLiteral("set"), QStringLiteral("The new policy as JSON."), QStringLiteral("JSON") });
    parser.addOption(
        { QStringLiteral("as-of"), QStringLiteral("The day (default today)."), QStringLiteral("YYYY-MM-DD") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action != QLatin1String("policy") && action != QLatin1String("propose") && action != QLatin1String("charge")) {
        printError(QStringLiteral("give policy, propose or charge"));
        return 2;
    }
    if (action != QLatin1String("policy") && positional.size() != 2) {
        printError(QStringLiteral("give the customer's id"));
        return 2;
    }
    const auto asOf = dateOption(parser, QStringLiteral("as-of"));
    if (!asOf)
        return 2;
    std::optional<LateFeePolicy> newPolicy;
    if (parser.isSet(QStringLiteral("set"))) {
        auto parsed = LateFeePolicy::fromJson(parser.value(QStringLiteral("set")));
        if (!parsed) {
            printError(QStringLiteral("--set: %1").arg(parsed.error().detail));
            return 2;
        }
        newPolicy = *parsed;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    SystemClock clock;
    services::LateFees fees(workspace->database(), clock);
    QTextStream out(stdout);
    if (action == QLatin1String("policy")) {
        if (newPolicy) {
            if (auto status = fees.setPolicy(*newPolicy); !status) {
                printError(describe(status.error()));
                return 1;
            }
        }
        auto policy = fees.policy();
        if (!policy) {
            printError(describe(policy.error()));
            return 1;
        }
        out << policy->toJson() << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("propose")) {
        auto charges = fees.propose(positional.at(1), *asOf);
        if (!charges) {
            printError(charges.error().detail);
            return 1;
        }
        out << "invoice,from,to,days,open,interest,fee\n";
        for (const LateFeePolicy::Charge &c : std::as_const(*charges)) {
            out << c.number << ',' << c.from.toString(Qt::ISODate) << ',' << c.to.toString(Qt::ISODate) << ',' << c.days
                << ',' << c.base.toDecimalString() << ',' << c.interest.toDecimalString() << ','
                << c.fee.toDecimalString() << '\n';
        }
        return 0;
    }
    auto draft = fees.charge(positional.at(1), *asOf);
    if (!draft) {
        printError(draft.error().detail);
        return 1;
    }
    out << draft->number << ' ' << draft->total.toDecimalString() << ' ' << draft->total.currency().code() << Qt::endl;
    return 0;
}

} // namespace cc::cli
