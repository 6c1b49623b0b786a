// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/CsvField.h"
#include "domain/Invoice.h"
#include "security/KeychainKeyStore.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QDate>
#include <functional>
#include <optional>

namespace cc::cli {

/// The --workspace and --key-file options every command shares, and opening the workspace
/// they name (creating it only for commands that write).
class CliWorkspace {
public:
    static void addOptions(QCommandLineParser &parser);
    /// Opens the workspace; on failure prints a message naming the problem and returns null.
    std::unique_ptr<storage::Workspace> open(const QCommandLineParser &parser, bool createIfMissing);
    /// After a failed command: deletes the workspace if this opener created it, else just closes it.
    void abandon(std::unique_ptr<storage::Workspace> workspace);

private:
    security::KeychainKeyStore m_keychain;
    bool m_created = false;
};

/// The date a --date/--as-of style option names, today when it is not given; on a malformed
/// date prints a message naming the option and returns nothing.
std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name);
/// The whole number in option `name`, from `least` to `most`; else says so and gives none.
std::optional<int> wholeNumberOption(const QCommandLineParser &parser, const QString &name, int least, int most);
/// A line of an invoice or order as given on the command line, "ITEM|QUANTITY|UNIT PRICE|TAX %[|DISCOUNT
/// %[|DESCRIPTION]]" with decimal points; refused naming the part that does not read.
Result<InvoiceLine> parseLineSpec(const QString &spec, const Currency &currency);
/// "CURRENCY=AMOUNT" (EUR=50.00), as --set options take limits; refused naming what does not read.
Result<Money> parseCurrencyAmount(const QString &spec);
/// A team's amount per currency (an approval limit, a threshold): stores each --set
/// CURRENCY=AMOUNT with `set`, then prints `column` for every currency customers are billed in,
/// as `valueIn` gives it. Returns the command's exit code.
int amountsPerCurrency(storage::SqlDatabase &db, const QCommandLineParser &parser, const QString &column,
    const std::function<Status(const Money &)> &set, const std::function<Result<QString>(const Currency &)> &valueIn);
/// Issues a saved draft through --server when given, else with the workspace's own counters.
Result<Invoice> issueDraft(
    storage::SqlDatabase &db, const Clock &clock, const QCommandLineParser &parser, qint64 draftId);
/// Prints records to stdout: CSV with `columns` as its header, or a JSON array of objects keyed by them.
void printRecords(const QStringList &columns, const QList<QStringList> &records, bool json);
/// Prints "cashcycle-cli: <message>" to stderr.
void printError(const QString &message);
/// A server URI without a password takes the one the desktop keeps in the keychain for that account.
QString withKeychainPassword(const QString &uri);
/// A short, user-facing explanation for an error code plus its detail.
QString describe(const Error &error);

} // namespace cc::cli
