// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatchCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/CashApplication.h"
#include "services/NoJobControl.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cc::cli {
namespace {

using services::CashApplication;

QJsonObject lineJson(const CashApplication::Line &line)
{
    QJsonArray matches;
    QJsonArray reasons;
    QString unapplied;
    if (!line.proposals.isEmpty()) {
        const cash::MatchProposal &best = line.proposals.first();
        for (const auto &planned : best.plan.lines) {
            QJsonObject match { { QStringLiteral("invoice_number"), planned.number },
                { QStringLiteral("amount"), planned.cash.toDecimalString() } };
            if (planned.discount.isPositive())
                match.insert(QStringLiteral("discount"), planned.discount.toDecimalString());
            if (planned.unearnedDiscount.isPositive())
                match.insert(QStringLiteral("unearned_discount"), planned.unearnedDiscount.toDecimalString());
            matches.append(match);
        }
        reasons = QJsonArray::fromStringList(best.reasons);
        if (best.plan.unapplied.isPositive())
            unapplied = best.plan.unapplied.toDecimalString();
    } else {
        reasons.append(CashApplication::nothingFound());
    }
    QJsonObject json { { QStringLiteral("line_id"), line.bank.entryReference }, { QStringLiteral("id"), line.id },
        { QStringLiteral("date"), line.bank.bookingDate.toString(Qt::ISODate) },
        { QStringLiteral("amount"), line.bank.amount.toDecimalString() },
        { QStringLiteral("currency"), line.bank.amount.currency().code() },
        { QStringLiteral("status"), storage::BankLineRepository::statusName(line.status) },
        { QStringLiteral("confidence"), qRound(line.confidence * 1000) / 1000.0 },
        { QStringLiteral("customer_id"), line.customerId }, { QStringLiteral("matches"), matches },
        { QStringLiteral("reasons"), reasons } };
    if (!unapplied.isEmpty())
        json.insert(QStringLiteral("unapplied"), unapplied);
    if (!line.paymentId.isEmpty())
        json.insert(QStringLiteral("payment_id"), line.paymentId);
    return json;
}

void printText(const QList<CashApplication::Line> &lines)
{
    QTextStream out(stdout);
    for (const auto &line : lines) {
        QStringList paid;
        if (!line.proposals.isEmpty()) {
            for (const auto &planned : line.proposals.first().plan.lines)
                paid << planned.number + QLatin1Char('=') + planned.cash.toDecimalString();
        }
        out << line.bank.bookingDate.toString(Qt::ISODate) << ' ' << line.bank.amount.toDecimalString() << ' '
            << line.bank.amount.currency().code() << ' ' << storage::BankLineRepository::statusName(line.status) << ' '
            << QString::number(line.confidence, 'f', 2) << ' ' << line.customerId << ' ' << paid.join(QLatin1Char(','))
            << Qt::endl;
    }
}

} // namespace

int runMatchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Matches the imported bank credits not yet posted to the invoices they pay. Matches at least as sure as "
        "--threshold are posted as payments; the others wait as suggestions. `undo ID` reverses a posted match; "
        "`dismiss ID` takes a line that pays no invoice out of the queue."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("threshold"),
        QStringLiteral("Post matches at least this sure, 0 to 1 (default: the team's threshold, %1 unless set).")
            .arg(CashApplication::DefaultThreshold),
        QStringLiteral("T") });
    parser.addOption({ QStringLiteral("dry-run"), QStringLiteral("Only show what would be posted.") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("json or text (default text)."), QStringLiteral("F"),
        QStringLiteral("text") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("undo ID | dismiss ID (optional)."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    bool numeric = true;
    const bool thresholdGiven = parser.isSet(QStringLiteral("threshold"));
    double threshold = thresholdGiven ? parser.value(QStringLiteral("threshold")).toDouble(&numeric) : 0;
    if (!numeric || (thresholdGiven && (threshold < CashApplication::SuggestionFloor || threshold > 1))) {
        printError(QStringLiteral("--threshold: give a number from %1 to 1").arg(CashApplication::SuggestionFloor));
        return 2;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        printError(QStringLiteral("--format: json or text"));
        return 2;
    }
    if (!positional.isEmpty()
        && (positional.size() != 2
            || (positional.first() != QLatin1String("undo") && positional.first() != QLatin1String("dismiss")))) {
        printError(QStringLiteral("give: match [--threshold T], match undo ID or match dismiss ID"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    SystemClock clock;
    CashApplication application(workspace->database(), clock, qEnvironmentVariable("USER"));
    if (!positional.isEmpty()) {
        const Status done = positional.first() == QLatin1String("undo") ? application.undo(positional.at(1))
                                                                        : application.dismiss(positional.at(1));
        if (!done) {
            printError(describe(done.error()));
            return 1;
        }
        return 0;
    }
    if (!thresholdGiven) {
        auto teams = application.threshold();
        if (!teams) {
            printError(describe(teams.error()));
            return 1;
        }
        threshold = *teams;
    }
    QElapsedTimer timer;
    timer.start();
    services::NoJobControl control;
    auto lines = application.run({ threshold, !parser.isSet(QStringLiteral("dry-run")) }, control);
    if (!lines) {
        printError(describe(lines.error()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    if (format == QLatin1String("text")) {
        printText(*lines);
        return 0;
    }
    QJsonArray list;
    for (const auto &line : std::as_const(*lines))
        list.append(lineJson(line));
    QTextStream(stdout) << QJsonDocument(
        QJsonObject { { QStringLiteral("lines"),
            list } }).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace cc::cli
