// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "server/PgConnection.h"
#include "server/ServerRole.h"

#include <gtest/gtest.h>

namespace cc::test {

/// A fresh database on the throwaway PostgreSQL that scripts/with-postgres.sh starts
/// (CASHCYCLE_TEST_PG_URL), dropped afterwards. Users are cluster-wide, so each test's user
/// names get a suffix of their own.
class ServerFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    /// A superuser connection to the test database (the schema's owner once initialised).
    server::PgConnection &owner() { return *m_owner; }
    /// Creates `base` + this test's suffix in `role` and returns that user name.
    QString addUser(const QString &base, server::ServerRole role);
    /// Connects to the test database as a user made by addUser().
    std::unique_ptr<server::PgConnection> connectAs(const QString &user, const QString &password = kPassword);
    QString urlFor(const QString &user, const QString &password) const;
    /// Customer `id` (EUR, limit 5,000.00, NET30) of `collector` with a contact, invoice I-`id`
    /// of 119.00 with one line, and payment P-`id` of 50.00 allocated to it.
    void seedPortfolio(const QString &id, const QString &collector);

    /// Initialises the server schema and makes the team the suites work with: collectors
    /// anna and ben, credit manager carla, CFO fiona and admin adam (with this test's suffix).
    void setUpTeam();
    /// The first value `sql` returns, read as the schema's owner; empty when no row.
    QString onServer(const QString &sql, const QStringList &parameters = {});

    static const QString kPassword;
    QString m_anna, m_ben, m_carla, m_fiona, m_adam;

private:
    QString m_baseUrl;
    QString m_database;
    QString m_suffix;
    QStringList m_users;
    std::unique_ptr<server::PgConnection> m_admin; // on the maintenance database
    std::unique_ptr<server::PgConnection> m_owner;
};

/// The statement's result, failing the test on an error.
server::PgResult must(Result<server::PgResult> result);

} // namespace cc::test
