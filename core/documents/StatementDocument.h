// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/JobControl.h"
#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::documents {

/// A customer's statement of account as a PDF: company details and logo, the open items,
/// their aging and the total, in the customer's language. The layout is a mustache HTML
/// template: the workspace's own (setting statement.template, a file) or the built-in one.
/// Needs a QGuiApplication (fonts); runs on any thread.
class StatementDocument {
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)

public:
    static Result<QByteArray> render(storage::SqlDatabase &db, const QString &customerId, const QDate &asOf);
    /// A statement for every customer with anything open in `segment` (empty: all) as
    /// DIR/statement-CUSTOMER.pdf, with progress; returns how many were written.
    static Result<int> renderBatch(storage::SqlDatabase &db, const QString &segment, const QDate &asOf,
        const QString &directory, services::JobControl &control);
    /// The name a statement file gets.
    static QString fileName(const QString &customerId, const QDate &asOf);
};

} // namespace cc::documents
