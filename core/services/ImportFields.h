// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportColumns.h"
#include "ImportOptions.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>

namespace cc::services {

/// Typed values from the current record of an import file. Every bad field becomes an
/// ImportProblem naming the line and the file's header, so one pass finds all problems.
class ImportFields {
    Q_DECLARE_TR_FUNCTIONS(ImportFields)

public:
    ImportFields(
        const ImportColumns &columns, const ImportOptions &options, QChar delimiter, QList<ImportProblem> &problems);

    void setRecord(const CsvRecord &record) { m_record = &record; }
    int line() const { return m_record->line; }
    qsizetype problemCount() const { return m_problems.size(); }

    bool has(QStringView column) const { return m_columns.has(column); }
    QString text(QStringView column) const { return m_columns.value(*m_record, column); }
    void report(QStringView column, const QString &message);

    /// The text; a problem when it is blank.
    QString required(QStringView column);
    /// A YYYY-MM-DD date; invalid when blank or bad (a problem unless blank and optional).
    QDate date(QStringView column, bool required);
    /// The ISO 4217 code in the field; nullopt when blank, or bad (a problem).
    std::optional<Currency> currency(QStringView column);
    /// An amount in `currency`; nullopt when blank or bad (a problem unless blank and optional).
    std::optional<Money> amount(QStringView column, const Currency &currency, bool required);

private:
    QChar decimalSeparatorFor(const QString &amount);

    const ImportColumns &m_columns;
    QList<ImportProblem> &m_problems;
    const CsvRecord *m_record = nullptr;
    std::optional<QChar> m_decimalSeparator;
};

} // namespace cc::services
