// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliWorkspace.h"
#include "services/CsvImporter.h"
#include "services/NoJobControl.h"

#include <QTextStream>

namespace cc::cli {

int runImportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Imports customers, invoices or payments from a CSV file. "
                                                    "A file with any bad row is rejected whole."));
    parser.addHelpOption();
    CliWorkspace::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("customers, invoices or payments"));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("the CSV file"));
    parser.addOption({ QStringLiteral("delimiter"), QStringLiteral("Field separator (default: detected)."),
        QStringLiteral("CHAR") });
    parser.addOption(
        { QStringLiteral("decimal-comma"), QStringLiteral("Amounts use a decimal comma (default: detected).") });
    parser.addOption(
        { QStringLiteral("decimal-point"), QStringLiteral("Amounts use a decimal point (default: detected).") });
    parser.addOption({ QStringLiteral("mapping"), QStringLiteral("Column mapping file for other ERPs' exports."),
        QStringLiteral("FILE") });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        printError(
            QStringLiteral("usage: cashcycle-cli import customers|invoices|payments|orders FILE --workspace DIR"));
        return 2;
    }
    services::ImportKind kind;
    if (positional[0] == QLatin1String("customers"))
        kind = services::ImportKind::Customers;
    else if (positional[0] == QLatin1String("invoices"))
        kind = services::ImportKind::Invoices;
    else if (positional[0] == QLatin1String("payments"))
        kind = services::ImportKind::Payments;
    else if (positional[0] == QLatin1String("orders"))
        kind = services::ImportKind::Orders;
    else {
        printError(QStringLiteral("unknown import kind \"%1\": use customers, invoices, payments or orders")
                       .arg(positional[0]));
        return 2;
    }
    services::ImportOptions options;
    if (parser.isSet(QStringLiteral("delimiter"))) {
        QString delimiter = parser.value(QStringLiteral("delimiter"));
        if (delimiter == QLatin1String("\\t") || delimiter == QLatin1String("tab"))
            delimiter = QStringLiteral("\t");
        if (delimiter.size() != 1) {
            printError(QStringLiteral("--delimiter must be a single character"));
            return 2;
        }
        options.delimiter = delimiter.front();
    }
    if (parser.isSet(QStringLiteral("decimal-comma")) && parser.isSet(QStringLiteral("decimal-point"))) {
        printError(QStringLiteral("--decimal-comma and --decimal-point exclude each other"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("decimal-comma")))
        options.decimalSeparator = QLatin1Char(',');
    if (parser.isSet(QStringLiteral("decimal-point")))
        options.decimalSeparator = QLatin1Char('.');
    options.mappingFile = parser.value(QStringLiteral("mapping"));

    CliWorkspace opener;
    auto workspace = opener.open(parser, true);
    if (!workspace)
        return 1;
    services::NoJobControl control;
    auto report = services::CsvImporter(*workspace).import(kind, positional[1], options, control);
    if (!report) {
        printError(describe(report.error()));
        opener.abandon(std::move(workspace));
        return 1;
    }
    if (!report->ok()) {
        QTextStream err(stderr);
        err << "cashcycle-cli: " << positional[1] << " was not imported; nothing was written. "
            << report->problems.size() << " problem(s):" << Qt::endl;
        for (const auto &problem : report->problems) {
            err << "  line " << problem.line;
            if (!problem.column.isEmpty())
                err << ", column " << problem.column;
            err << ": " << problem.message << Qt::endl;
        }
        opener.abandon(std::move(workspace));
        return 1;
    }
    QTextStream(stdout) << "Imported " << positional[1] << ": " << report->inserted << " new, " << report->unchanged
                        << " unchanged." << Qt::endl;
    return 0;
}

} // namespace cc::cli
