// SPDX-License-Identifier: GPL-3.0-or-later
// cashcycle-cli: the headless face of the same core the GUI uses.
#include "AgingCommand.h"
#include "BankStatementCommand.h"
#include "CreditCommand.h"
#include "DashboardCommand.h"
#include "DemoCommand.h"
#include "DisputeCommand.h"
#include "DunningCommand.h"
#include "EditCommand.h"
#include "ForecastCommand.h"
#include "FxCommand.h"
#include "ImportCommand.h"
#include "InvoiceCommand.h"
#include "KpiCommand.h"
#include "LateFeeCommand.h"
#include "MailCommand.h"
#include "MatchCommand.h"
#include "OrderCommand.h"
#include "PayLinkCommand.h"
#include "PaymentCommand.h"
#include "ServerCommand.h"
#include "SettingsCommand.h"
#include "StatementCommand.h"
#include "SyncCommand.h"
#include "WorklistCommand.h"
#include "WriteOffCommand.h"
#include "common/ApplicationIdentity.h"

#include <QGuiApplication>
#include <QTextStream>
#include <memory>

namespace {

const char *const kUsage = R"(Usage: cashcycle-cli COMMAND [options]

Commands:
  demo     --invoices N [--customers C] [--seed S]   create a workspace full of demo receivables
  import   customers|invoices|payments|orders FILE   import a CSV file (all rows or none)
  aging    --as-of YYYY-MM-DD [--format table|csv|json]
                                                     receivables aged by days past due
  dashboard [--as-of D] [--base CUR]                 the CFO dashboard's figures as JSON
  forecast [--from D] [--weeks 13] [--format csv|json] | backtest --cutoff YYYY-MM-DD
                                                     weekly cash forecast with a band; predictions replayed
  fx       import FILE | rate FROM TO [--date D]     exchange rates by day, from CSV
  kpi      --as-of YYYY-MM-DD --months N [--base CUR] [--format json|csv]
                                                     DSO, count-back DSO, BPDSO, ADD, CEI, % current per currency
  server   init | add-user NAME --role ROLE          set up the shared PostgreSQL server (--server URL)
  sync     --server URL                              push local changes, pull the server's (one full round)
  edit     TABLE KEY FIELD=VALUE...|--delete          change a synced row; it goes up with the next sync
  worklist --collector NAME [--date D] [--format csv|json]
                                                     a collector's accounts for the day, ranked, with reasons
  mail     send CUSTOMER --template KEY | flush | outbox
                                                     email a customer from a template; send the outbox
  settings set KEY VALUE | get KEY | list            mail server, company details, payment links
  statement CUSTOMER --out FILE | --out-dir DIR [--segment S]
                                                     statements of account as PDF
  statement import FILE [--format auto|camt|mt940|bai2|ofx|csv] [--mapping NAME]
           | mapping list | show NAME | save NAME JSONFILE
                                                     a bank statement file, each line once; CSV mappings
  match    [--threshold T] [--dry-run] [--format json|text] | undo ID | dismiss ID
                                                     bank credits matched to invoices, the sure ones posted
  dispute  open INVOICE --amount A --reason R | list [--all] | move ID --to STATE | resolve ID --by KIND
           | decide ID --approve|--decline | attach ID FILE   the dispute queue, its workflow and resolutions
  credit   request CUSTOMER --limit A --reason TEXT | approve ID | reject ID | list | hold | release | risk
           | review | reviews | threshold                limit requests and decisions, holds, risk, reviews
  dunning  run --date D [--dry-run] | strategy [--set FILE]
                                                     the daily dunning run: notices per customer
  invoice  list [--format csv|json] | draft --customer ID --line SPEC... [--issue] | issue NUMBER | credit NUMBER
           | pdf NUMBER --out FILE | pdf --out-dir DIR   invoices and credit notes: list, write, issue, credit, print
  latefee  policy [--set JSON] | propose CUSTOMER | charge CUSTOMER [--as-of D]
                                                     late-payment interest and fees by the team's policy
  order    enter --customer ID --line SPEC... [--release] | list | release N | approve N | cancel N | invoice N
                                                     sales orders, the credit check, held orders, invoicing
  paylink  setup --base-url URL --secret-file F --success-url URL | create INVOICE | collect
                                                     "pay now" links (Stripe-compatible), paid ones recorded
  payment  record --customer ID --amount A [--apply INV=AMOUNT[+DISCOUNT]...] | list --customer ID
           | apply PAYMENT | refund PAYMENT --amount A | reverse PAYMENT --reason TEXT
                                                     record cash, apply it, refund it, reverse a bounced one
  writeoff request INVOICE --amount A --reason TEXT | list [--status S] | approve ID | reject ID
           | limit [--set CURRENCY=AMOUNT]           write-offs, approved within the team's limit or by a credit manager

The workspace commands take --workspace DIR and --key-file FILE; `COMMAND --help` lists the rest.
)";

} // namespace

int main(int argc, char *argv[])
{
    // Commands that may lay out a statement or invoice need Qt's fonts and painting (no display: the
    // offscreen platform); the others stay a plain core application.
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    std::unique_ptr<QCoreApplication> application;
    if (first == "statement" || first == "mail" || first == "invoice") {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    cc::setApplicationIdentity();
    QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        QTextStream(stdout) << "cashcycle-cli " << CASHCYCLE_VERSION << Qt::endl;
        return 0;
    }
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("help")) {
        QTextStream(command.isEmpty() ? stderr : stdout) << kUsage;
        return command.isEmpty() ? 2 : 0;
    }
    arguments.removeAt(1); // the sub-parser sees "cashcycle-cli [options]"
    if (command == QLatin1String("demo"))
        return cc::cli::runDemoCommand(arguments);
    if (command == QLatin1String("import"))
        return cc::cli::runImportCommand(arguments);
    if (command == QLatin1String("aging"))
        return cc::cli::runAgingCommand(arguments);
    if (command == QLatin1String("server"))
        return cc::cli::runServerCommand(arguments);
    if (command == QLatin1String("edit"))
        return cc::cli::runEditCommand(arguments);
    if (command == QLatin1String("sync"))
        return cc::cli::runSyncCommand(arguments);
    if (command == QLatin1String("invoice"))
        return cc::cli::runInvoiceCommand(arguments);
    if (command == QLatin1String("latefee"))
        return cc::cli::runLateFeeCommand(arguments);
    if (command == QLatin1String("order"))
        return cc::cli::runOrderCommand(arguments);
    if (command == QLatin1String("paylink"))
        return cc::cli::runPayLinkCommand(arguments);
    if (command == QLatin1String("payment"))
        return cc::cli::runPaymentCommand(arguments);
    if (command == QLatin1String("writeoff"))
        return cc::cli::runWriteOffCommand(arguments);
    if (command == QLatin1String("worklist"))
        return cc::cli::runWorklistCommand(arguments);
    if (command == QLatin1String("mail"))
        return cc::cli::runMailCommand(arguments);
    if (command == QLatin1String("settings"))
        return cc::cli::runSettingsCommand(arguments);
    if (command == QLatin1String("statement")
        && (arguments.value(1) == QLatin1String("import") || arguments.value(1) == QLatin1String("mapping")))
        return cc::cli::runBankStatementCommand(arguments);
    if (command == QLatin1String("statement"))
        return cc::cli::runStatementCommand(arguments);
    if (command == QLatin1String("dispute"))
        return cc::cli::runDisputeCommand(arguments);
    if (command == QLatin1String("credit"))
        return cc::cli::runCreditCommand(arguments);
    if (command == QLatin1String("kpi"))
        return cc::cli::runKpiCommand(arguments);
    if (command == QLatin1String("match"))
        return cc::cli::runMatchCommand(arguments);
    if (command == QLatin1String("dashboard"))
        return cc::cli::runDashboardCommand(arguments);
    if (command == QLatin1String("forecast"))
        return cc::cli::runForecastCommand(arguments);
    if (command == QLatin1String("fx"))
        return cc::cli::runFxCommand(arguments);
    if (command == QLatin1String("dunning"))
        return cc::cli::runDunningCommand(arguments);
    QTextStream(stderr) << "cashcycle-cli: unknown command \"" << command << "\"\n\n" << kUsage;
    return 2;
}
