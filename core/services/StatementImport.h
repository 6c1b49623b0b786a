// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bank/CsvStatementMapping.h"
#include "common/Clock.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::services {

/// What importing a bank file did.
struct StatementImportReport {
    QString format;
    int statements = 0;
    int newStatements = 0;
    int linesAdded = 0;
    int duplicates = 0;
    /// One sentence per statement whose balances and entries disagree.
    QStringList unbalanced;
    /// What the files themselves show to be off (StatementImport imports them as sent).
    QStringList problems;
};

/// Imports a bank file into the workspace: every statement in it with its lines, in one
/// transaction, or nothing at all when any part of the file is malformed. Lines imported before
/// (from this file or another statement) are skipped; a statement whose opening balance and
/// entries do not make its closing balance is imported and reported.
class StatementImport {
    Q_DECLARE_TR_FUNCTIONS(StatementImport)

public:
    /// The formats of `--format`; "auto" recognizes the file.
    static const QStringList &formats();

    StatementImport(storage::SqlDatabase &db, const Clock &clock)
        : m_db(db)
        , m_clock(clock)
    {
    }

    /// `csvMapping` reads a CSV export (format "csv", or "auto" for a file in no other format).
    Result<StatementImportReport> fromFile(const QString &path, const QString &format = QStringLiteral("auto"),
        const std::optional<bank::CsvStatementMapping> &csvMapping = std::nullopt);

private:
    storage::SqlDatabase &m_db;
    const Clock &m_clock;
};

} // namespace cc::services
