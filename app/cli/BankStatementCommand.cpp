// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankStatementCommand.h"

#include "CliWorkspace.h"
#include "common/SystemClock.h"
#include "services/CsvMappings.h"
#include "services/StatementImport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace cc::cli {
namespace {

/// `statement mapping list | show NAME | save NAME JSONFILE`.
int runMapping(const QCommandLineParser &parser, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (!((action == QLatin1String("list") && arguments.size() == 1)
            || (action == QLatin1String("show") && arguments.size() == 2)
            || (action == QLatin1String("save") && arguments.size() == 3))) {
        printError(QStringLiteral("give: statement mapping list | show NAME | save NAME JSONFILE"));
        return 2;
    }
    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    SystemClock clock;
    services::CsvMappings mappings(workspace->database(), clock);
    if (action == QLatin1String("list")) {
        auto names = mappings.names();
        if (!names) {
            printError(describe(names.error()));
            return 1;
        }
        for (const QString &name : std::as_const(*names))
            QTextStream(stdout) << name << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("show")) {
        auto mapping = mappings.find(arguments.at(1));
        if (!mapping) {
            printError(describe(mapping.error()));
            return 1;
        }
        QTextStream(stdout) << QJsonDocument(mapping->toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    QFile file(arguments.at(2));
    if (!file.open(QIODevice::ReadOnly)) {
        printError(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return 1;
    }
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject()) {
        printError(QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                       .arg(file.fileName(), error.errorString())
                       .arg(error.offset));
        return 1;
    }
    auto mapping = bank::CsvStatementMapping::fromJson(json.object());
    if (!mapping) {
        printError(QStringLiteral("%1: %2").arg(file.fileName(), mapping.error().detail));
        return 1;
    }
    if (auto saved = mappings.save(arguments.at(1), *mapping); !saved) {
        printError(describe(saved.error()));
        return 1;
    }
    return 0;
}

} // namespace

int runBankStatementCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "import FILE: imports a bank statement file (every statement in it, all or nothing). Lines imported "
        "before are skipped; a statement whose opening balance and entries do not make its closing balance is "
        "imported and reported on stderr. A CSV export is read with a saved --mapping.\n"
        "mapping list | show NAME | save NAME JSONFILE: the team's CSV mappings (keys: delimiter, encoding, "
        "skip_lines, header, date, date_format, value_date, decimal, amount, direction, credit_marker, credit, "
        "debit, currency, currency_column, account, account_column, payer, iban, text, reference, balance)."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addOption({ QStringLiteral("format"),
        QStringLiteral("%1 (default auto).").arg(services::StatementImport::formats().join(QLatin1Char('|'))),
        QStringLiteral("FORMAT"), QStringLiteral("auto") });
    parser.addOption({ QStringLiteral("mapping"), QStringLiteral("The saved CSV mapping to read the file with."),
        QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("timing"), QStringLiteral("Print the elapsed time to stderr.") });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("import or mapping."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The bank file."));
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.value(0) == QLatin1String("mapping"))
        return runMapping(parser, positional.mid(1));
    if (positional.size() != 2 || positional.first() != QLatin1String("import")) {
        printError(QStringLiteral("give: statement import FILE"));
        return 2;
    }

    CliWorkspace opener;
    auto workspace = opener.open(parser, false);
    if (!workspace)
        return 1;
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    std::optional<bank::CsvStatementMapping> mapping;
    if (parser.isSet(QStringLiteral("mapping"))) {
        auto saved = services::CsvMappings(workspace->database(), clock).find(parser.value(QStringLiteral("mapping")));
        if (!saved) {
            printError(describe(saved.error()));
            return 1;
        }
        mapping = *saved;
    }
    auto report = services::StatementImport(workspace->database(), clock)
                      .fromFile(positional.at(1), parser.value(QStringLiteral("format")), mapping);
    if (!report) {
        printError(describe(report.error()));
        return 1;
    }
    if (parser.isSet(QStringLiteral("timing")))
        QTextStream(stderr) << "elapsed_ms=" << timer.elapsed() << Qt::endl;
    for (const QString &problem : std::as_const(report->unbalanced))
        QTextStream(stderr) << "cashcycle-cli: unbalanced " << problem << Qt::endl;
    for (const QString &problem : std::as_const(report->problems))
        QTextStream(stderr) << "cashcycle-cli: " << problem << Qt::endl;
    QTextStream(stdout) << "format=" << report->format << " statements=" << report->statements
                        << " new_statements=" << report->newStatements << " lines_added=" << report->linesAdded
                        << " duplicates=" << report->duplicates << " unbalanced=" << report->unbalanced.size()
                        << " problems=" << report->problems.size() << Qt::endl;
    return 0;
}

} // namespace cc::cli
