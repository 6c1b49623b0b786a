// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerFixture.h"

using namespace cc;
using namespace cc::test;

namespace {

QString withTls(QString url, const QString &mode, const QString &rootCertificate)
{
    return url + QStringLiteral("?sslmode=%1&sslrootcert=%2").arg(mode, rootCertificate);
}

} // namespace

TEST(ServerTls, VerifyFullConnectsOverTlsOnlyToACertifiedServer)
{
    const QString url = qEnvironmentVariable("CASHCYCLE_TEST_PG_URL");
    const QString tls = qEnvironmentVariable("CASHCYCLE_TEST_PG_TLS_DIR");
    if (url.isEmpty() || tls.isEmpty())
        GTEST_SKIP() << "no test server: run the tests through scripts/test.sh";

    auto verified
        = server::PgConnection::open(withTls(url, QStringLiteral("verify-full"), tls + QStringLiteral("/ca.crt")));
    ASSERT_TRUE(verified.ok()) << qPrintable(verified.error().detail);
    const auto session
        = must((*verified)->exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    EXPECT_EQ(session.text(0, 0), QStringLiteral("t"));

    // A server whose certificate does not chain to the trusted root is refused before any password is sent.
    auto untrusted
        = server::PgConnection::open(withTls(url, QStringLiteral("verify-full"), tls + QStringLiteral("/server.crt")));
    ASSERT_FALSE(untrusted.ok());
    EXPECT_EQ(untrusted.error().code, ErrorCode::ServerUnavailable);
    EXPECT_TRUE(untrusted.error().detail.contains(QStringLiteral("certificate verify failed")))
        << qPrintable(untrusted.error().detail);
}
