// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliWorkspace.h"

#include "common/SystemClock.h"
#include "domain/Rounding.h"
#include "security/KeychainKeyStore.h"
#include "server/ServerAccount.h"
#include "services/InvoiceIssuing.h"
#include "storage/CustomerRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QUrl>

namespace cc::cli {

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return SystemClock().today();
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        printError(QStringLiteral("--%1 must be a date like 2026-11-23").arg(name));
        return std::nullopt;
    }
    return date;
}

std::optional<int> wholeNumberOption(const QCommandLineParser &parser, const QString &name, int least, int most)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < least || value > most) {
        printError(QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(least).arg(most));
        return std::nullopt;
    }
    return value;
}

/// "ITEM|QUANTITY|UNIT PRICE|TAX %[|DISCOUNT %[|DESCRIPTION]]", amounts with a decimal point.
Result<InvoiceLine> parseLineSpec(const QString &spec, const Currency &currency)
{
    const QStringList parts = spec.split(QLatin1Char('|'));
    const auto refuse = [&](const QString &why) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--line \"%1\": %2").arg(spec, why));
    };
    if (parts.size() < 4 || parts.size() > 6)
        return refuse(QStringLiteral("give ITEM|QUANTITY|UNIT PRICE|TAX %[|DISCOUNT %[|DESCRIPTION]]"));
    InvoiceLine line;
    line.item = parts.at(0).trimmed();
    if (!parseScaledDecimal(parts.at(1).trimmed(), 3, QLatin1Char('.'), line.quantityMilli))
        return refuse(QStringLiteral("the quantity \"%1\" is not a number with up to 3 decimals").arg(parts.at(1)));
    auto price = Money::parse(parts.at(2).trimmed(), currency);
    if (!price)
        return refuse(QStringLiteral("the unit price: %1").arg(price.error().detail));
    line.unitPrice = *price;
    qint64 basisPoints = 0;
    if (!parseScaledDecimal(parts.at(3).trimmed(), 2, QLatin1Char('.'), basisPoints))
        return refuse(QStringLiteral("the tax rate \"%1\" is not a percentage").arg(parts.at(3)));
    line.taxBp = int(basisPoints);
    if (parts.size() > 4 && !parts.at(4).trimmed().isEmpty()) {
        if (!parseScaledDecimal(parts.at(4).trimmed(), 2, QLatin1Char('.'), basisPoints))
            return refuse(QStringLiteral("the discount \"%1\" is not a percentage").arg(parts.at(4)));
        line.discountBp = int(basisPoints);
    }
    if (parts.size() > 5)
        line.description = parts.at(5).trimmed();
    return line;
}

void printRecords(const QStringList &columns, const QList<QStringList> &records, bool json)
{
    QTextStream out(stdout);
    if (json) {
        QJsonArray array;
        for (const QStringList &record : records) {
            QJsonObject object;
            for (qsizetype i = 0; i < columns.size(); ++i)
                object.insert(columns.at(i), record.value(i));
            array.append(object);
        }
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return;
    }
    out << columns.join(QLatin1Char(',')) << '\n';
    for (const QStringList &record : records) {
        QStringList quoted;
        for (const QString &field : record)
            quoted << csvField(field);
        out << quoted.join(QLatin1Char(',')) << '\n';
    }
}

void printError(const QString &message)
{
    QTextStream(stderr) << "cashcycle-cli: " << message << Qt::endl;
}

QString describe(const Error &error)
{
    switch (error.code) {
    case ErrorCode::WrongKey:
        return QStringLiteral("cannot unlock the workspace: %1").arg(error.detail);
    case ErrorCode::KeychainUnavailable:
        return QStringLiteral("no usable OS keychain: %1").arg(error.detail);
    case ErrorCode::CorruptWorkspace:
        return QStringLiteral("the workspace is damaged: %1").arg(error.detail);
    case ErrorCode::WorkspaceTooNew:
        return QStringLiteral("the workspace is too new: %1").arg(error.detail);
    case ErrorCode::PermissionDenied:
        return QStringLiteral("not allowed: %1").arg(error.detail);
    case ErrorCode::ServerUnavailable:
        return QStringLiteral("the server cannot be reached: %1").arg(error.detail);
    case ErrorCode::WorkspaceMissing:
        return QStringLiteral("%1 (create one with `cashcycle-cli demo` or `cashcycle-cli import`)").arg(error.detail);
    default:
        return error.detail;
    }
}

void CliWorkspace::addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("workspace"),
        QStringLiteral("Workspace folder (default: %1).").arg(storage::Workspace::defaultDirectory()),
        QStringLiteral("DIR") });
    parser.addOption({ QStringLiteral("key-file"),
        QStringLiteral("Unlock with the passphrase in FILE instead of the OS keychain."), QStringLiteral("FILE") });
}

std::unique_ptr<storage::Workspace> CliWorkspace::open(const QCommandLineParser &parser, bool createIfMissing)
{
    storage::WorkspaceOptions options;
    options.createIfMissing = createIfMissing;
    options.keyStore = &m_keychain;
    if (parser.isSet(QStringLiteral("key-file"))) {
        QFile file(parser.value(QStringLiteral("key-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("cannot read the key file %1: %2").arg(file.fileName(), file.errorString()));
            return nullptr;
        }
        QByteArray passphrase = file.readAll();
        while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
            passphrase.chop(1);
        if (passphrase.isEmpty()) {
            printError(QStringLiteral("the key file %1 is empty").arg(file.fileName()));
            return nullptr;
        }
        options.passphrase = passphrase;
    }
    const QString directory = parser.isSet(QStringLiteral("workspace")) ? parser.value(QStringLiteral("workspace"))
                                                                        : storage::Workspace::defaultDirectory();
    m_created = !storage::Workspace::exists(directory);
    auto workspace = storage::Workspace::open(directory, options);
    if (!workspace) {
        printError(describe(workspace.error()));
        return nullptr;
    }
    return std::move(workspace).value();
}

void CliWorkspace::abandon(std::unique_ptr<storage::Workspace> workspace)
{
    if (!m_created)
        return;
    const QString directory = workspace->directory();
    if (auto status = storage::Workspace::remove(std::move(workspace), &m_keychain); !status)
        printError(QStringLiteral("could not remove the new workspace %1: %2").arg(directory, status.error().detail));
}

QString withKeychainPassword(const QString &uri)
{
    QUrl url(uri);
    if (!url.password().isEmpty())
        return uri;
    security::KeychainKeyStore keychain;
    auto stored = keychain.read(server::ServerAccount::fromUri(uri).keychainAccount());
    if (!stored)
        return uri; // libpq may still find one (PGPASSWORD, ~/.pgpass) or need none
    url.setPassword(QString::fromUtf8(*stored));
    return QString::fromUtf8(url.toEncoded());
}

Result<Money> parseCurrencyAmount(const QString &spec)
{
    const QString code = spec.section(QLatin1Char('='), 0, 0).trimmed().toUpper();
    auto currency = Currency::fromCode(code);
    if (!currency || !spec.contains(QLatin1Char('=')))
        return makeError(
            ErrorCode::InvalidInput, QStringLiteral("\"%1\": give CURRENCY=AMOUNT, e.g. EUR=50.00").arg(spec));
    auto amount = Money::parse(spec.section(QLatin1Char('='), 1).trimmed(), *currency);
    if (!amount)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("\"%1\": %2").arg(spec, amount.error().detail));
    return amount;
}

Result<Invoice> issueDraft(
    storage::SqlDatabase &db, const Clock &clock, const QCommandLineParser &parser, qint64 draftId)
{
    return services::InvoiceIssuing(db, clock).issueWith(parser.isSet(QStringLiteral("server"))
            ? withKeychainPassword(parser.value(QStringLiteral("server")))
            : QString(),
        draftId);
}

int amountsPerCurrency(storage::SqlDatabase &db, const QCommandLineParser &parser, const QString &column,
    const std::function<Status(const Money &)> &set, const std::function<Result<QString>(const Currency &)> &valueIn)
{
    for (const QString &spec : parser.values(QStringLiteral("set"))) {
        auto amount = parseCurrencyAmount(spec);
        if (!amount) {
            printError(QStringLiteral("--set ") + amount.error().detail);
            return 2;
        }
        if (auto status = set(*amount); !status) {
            printError(describe(status.error()));
            return 1;
        }
    }
    auto currencies = storage::CustomerRepository(db).currencies();
    if (!currencies) {
        printError(describe(currencies.error()));
        return 1;
    }
    QTextStream out(stdout);
    out << "currency," << column << '\n';
    for (const QString &code : std::as_const(*currencies)) {
        auto value = valueIn(*Currency::fromCode(code));
        if (!value) {
            printError(describe(value.error()));
            return 1;
        }
        out << code << ',' << *value << '\n';
    }
    return 0;
}

} // namespace cc::cli
