// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatementImport.h"

#include "bank/Bai2Parser.h"
#include "bank/CamtParser.h"
#include "bank/CsvStatementParser.h"
#include "bank/Mt940Parser.h"
#include "bank/OfxParser.h"
#include "storage/BankStatementRepository.h"
#include "storage/BulkLoad.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>

namespace cc::services {

const QStringList &StatementImport::formats()
{
    static const QStringList list { QStringLiteral("auto"), QStringLiteral("camt"), QStringLiteral("mt940"),
        QStringLiteral("bai2"), QStringLiteral("ofx"), QStringLiteral("csv") };
    return list;
}

Result<StatementImportReport> StatementImport::fromFile(
    const QString &path, const QString &format, const std::optional<bank::CsvStatementMapping> &csvMapping)
{
    if (!formats().contains(format))
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not a statement format; give one of %2").arg(format, formats().join(QStringLiteral(", "))));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    const QByteArray head = content.left(4096);
    QString chosen = format;
    if (chosen == QLatin1String("auto"))
        chosen = bank::CamtParser::recognizes(head) ? QStringLiteral("camt")
            : bank::Mt940Parser::recognizes(head)   ? QStringLiteral("mt940")
            : bank::Bai2Parser::recognizes(head)    ? QStringLiteral("bai2")
            : bank::OfxParser::recognizes(head)     ? QStringLiteral("ofx")
            : csvMapping                            ? QStringLiteral("csv")
                                                    : QString();
    if (chosen.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("%1 is not a bank statement CashCycle reads (ISO 20022 camt.052, camt.053, camt.054; SWIFT MT940; "
               "BAI2; OFX)")
                .arg(path));
    if (chosen == QLatin1String("csv") && !csvMapping)
        return makeError(ErrorCode::InvalidInput,
            tr("a CSV statement is read with a saved column mapping: name one for %1").arg(path));
    auto statements = chosen == QLatin1String("csv") ? bank::CsvStatementParser::parse(content, *csvMapping)
        : chosen == QLatin1String("camt")            ? bank::CamtParser::parse(content)
        : chosen == QLatin1String("mt940")           ? bank::Mt940Parser::parse(content)
        : chosen == QLatin1String("bai2")            ? bank::Bai2Parser::parse(content)
                                                     : bank::OfxParser::parse(content);
    if (!statements)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), statements.error().detail));

    StatementImportReport report;
    report.format = statements->isEmpty() ? QString() : statements->first().format;
    // A statement may bring a hundred thousand lines: kept in the page cache until committed.
    storage::BulkLoad bulk(m_db);
    if (auto status = bulk.begin(); !status)
        return status.error();
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status.error();
    storage::BankStatementRepository repository(m_db, m_clock);
    const QString importedAt = m_clock.now().toUTC().toString(Qt::ISODate);
    for (const bank::BankStatement &statement : std::as_const(*statements)) {
        auto stored = repository.store(statement, QFileInfo(path).fileName(), importedAt);
        if (!stored)
            return stored.error();
        ++report.statements;
        report.newStatements += stored->newStatement ? 1 : 0;
        report.linesAdded += stored->added;
        report.duplicates += stored->duplicates;
        for (const QString &problem : statement.problems)
            report.problems << QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), problem);
        if (!statement.balances()) {
            const std::optional<Money> reached = statement.expectedClosing();
            report.unbalanced << tr("statement %1 of %2: the opening balance %3 and the entries make %4, but the "
                                    "closing balance is %5")
                                     .arg(statement.statementId,
                                         !statement.accountIban.isEmpty() ? statement.accountIban
                                                                          : statement.accountNumber,
                                         statement.openingBalance->toText(),
                                         reached ? reached->toText() : tr("no single currency"),
                                         statement.closingBalance->toText());
        }
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    return report;
}

} // namespace cc::services
