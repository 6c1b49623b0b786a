// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FixedClock.h"
#include "TestWorkspace.h"
#include "server/PgConnection.h"
#include "services/NoJobControl.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"
#include "sync/ConflictStore.h"
#include "sync/LocalRows.h"
#include "sync/Outbox.h"
#include "sync/SyncRound.h"

#include <gtest/gtest.h>

namespace cc::test {

/// One desktop: its own workspace and its own connection as one user.
struct TestDesktop {
    TestWorkspace workspace;
    std::unique_ptr<server::PgConnection> server;
    FixedClock clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };

    Result<sync::SyncReport> sync()
    {
        services::NoJobControl control;
        return sync::SyncRound(*server, workspace.db(), clock).run(control);
    }

    /// Edits through the outbox, as the app does, in one transaction.
    QString edit(const QString &table, const QString &key, const sync::FieldValues &values)
    {
        storage::Transaction transaction(workspace.db());
        EXPECT_TRUE(transaction.begin().ok());
        auto change = sync::Outbox(workspace.db(), clock).update(table, key, values);
        EXPECT_TRUE(change.ok()) << qPrintable(change.error().detail);
        EXPECT_TRUE(transaction.commit().ok());
        return change.ok() ? *change : QString();
    }

    QString remove(const QString &table, const QString &key)
    {
        storage::Transaction transaction(workspace.db());
        EXPECT_TRUE(transaction.begin().ok());
        auto change = sync::Outbox(workspace.db(), clock).remove(table, key);
        EXPECT_TRUE(change.ok()) << qPrintable(change.error().detail);
        EXPECT_TRUE(transaction.commit().ok());
        return change.ok() ? *change : QString();
    }

    QList<sync::Conflict> conflicts() { return sync::ConflictStore(workspace.db(), clock).list().value(); }

    QString field(const QString &table, const QString &key, const QString &name)
    {
        auto row = sync::LocalRows(workspace.db()).read(*sync::SyncTable::named(table), key);
        return row.ok() && row->has_value() ? (*row)->values.value(name) : QStringLiteral("<missing>");
    }

    QString status(const QString &number)
    {
        auto invoice = storage::InvoiceRepository(workspace.db()).summaryByNumber(number);
        return invoice.ok() && invoice->has_value() ? toString((*invoice)->status) : QStringLiteral("<missing>");
    }

    qint64 count(const char *sql) { return workspace.db().scalar(QString::fromLatin1(sql)).value(); }
};

} // namespace cc::test
