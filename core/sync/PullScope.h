// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cc::sync {

/// Which server rows one pull reads, as SQL conditions with their parameters. A first pull
/// reads everything visible. Later pulls read rows written since the watermark, the parents
/// of deleted contacts and lines (synced whole), whole customers granted to this user since,
/// and rows the workspace asked to read again (sync_refetch).
class PullScope {
public:
    /// `since` is null for a first pull.
    PullScope(const QString &since, const QStringList &customers, const QStringList &invoices,
        const QStringList &payments, const QStringList &allocations);

    bool isInitial() const { return m_since.isNull(); }

    struct Query {
        QString sql;
        QStringList parameters;
    };
    /// `select` has a %1 where the scope's condition goes, as "WHERE …" or nothing.
    Query customers(const QString &select) const;
    Query contacts(const QString &select) const;
    Query invoices(const QString &select) const;
    Query invoiceLines(const QString &select) const;
    Query payments(const QString &select) const;
    /// Over allocations a joined with their invoice i.
    Query allocations(const QString &select) const;
    /// Rows of a customer-scoped table (activities, promises, …) `select` from t; `requested`
    /// are its keys the workspace asked to read again.
    Query records(const QString &select, const QStringList &requested) const;
    /// Rows of a table every user shares (team settings), `select` from t keyed by `key`.
    Query shared(const QString &select, const QString &key, const QStringList &requested) const;
    /// Deletions and revocations for this user since the watermark.
    Query events() const;

private:
    QString m_since;
    QString m_customers;
    QString m_invoices;
    QString m_payments;
    QString m_allocations;
};

} // namespace cc::sync
