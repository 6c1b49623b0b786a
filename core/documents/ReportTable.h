// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Money.h"

#include <QDate>
#include <QList>
#include <QVariant>
#include <variant>

namespace cc::documents {

/// A report or chart table as it is exported (CSV, XLSX, PDF): typed columns, so each format
/// writes dates as dates and amounts as numbers in their currency rather than as text.
struct ReportTable {
    enum class Kind {
        Text, ///< QString
        Date, ///< QDate
        Amount, ///< Money
        Number, ///< double, with `decimals`
    };
    struct Column {
        QString title;
        Kind kind = Kind::Text;
        int decimals = 2; ///< Number columns
    };
    /// A cell; an empty one (nothing to show, e.g. a ratio without a denominator) holds monostate.
    using Cell = std::variant<std::monostate, QString, QDate, Money, double>;

    QString title;
    QString subtitle; ///< as of when, in which currency
    QList<Column> columns;
    QList<QList<Cell>> rows;

    /// "", text, ISO date, plain decimal amount, or the number with its decimals: for CSV.
    QString plainText(int row, int column) const;
};

} // namespace cc::documents
