// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cc::bank {

/// How one bank's CSV export reads: its columns (by header name or 1-based number), how dates
/// and amounts are written, and what is the same for every line. Saved under a name, so the
/// next export from that bank imports without questions.
struct CsvStatementMapping {
    Q_DECLARE_TR_FUNCTIONS(CsvStatementMapping)

public:
    QString delimiter = QStringLiteral(","); ///< ",", ";" or "\t"
    QString encoding = QStringLiteral("UTF-8"); ///< or "ISO-8859-1"
    int skipLines = 0; ///< lines before the header (or the first entry)
    bool header = true; ///< the first line read names the columns
    QString date; ///< booking date column
    QString dateFormat = QStringLiteral("yyyy-MM-dd"); ///< as QDate::fromString reads it
    QString valueDate;
    QString decimal = QStringLiteral("."); ///< "." or ","; the other one groups thousands
    /// The amount: one signed column; or an unsigned one with a direction column whose value is
    /// `creditMarker` for money in; or separate credit and debit columns.
    QString amount;
    QString direction;
    QString creditMarker;
    QString credit;
    QString debit;
    QString currency; ///< fixed ISO code for every line, or empty with currencyColumn
    QString currencyColumn;
    QString account; ///< fixed IBAN or account number, or empty with accountColumn
    QString accountColumn;
    QString payer;
    QString iban;
    QStringList text; ///< remittance columns, joined by spaces
    QString reference; ///< the bank's entry reference
    QString balance; ///< the balance after each entry, checked line by line

    QJsonObject toJson() const;
    /// Fails naming the first key that is missing or wrong.
    static Result<CsvStatementMapping> fromJson(const QJsonObject &json);
};

} // namespace cc::bank
