// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"

namespace cc::test {

void TeamFixture::SetUp()
{
    ServerFixture::SetUp();
    if (IsSkipped() || HasFailure())
        return;
    setUpTeam();
    if (HasFatalFailure())
        return;
    seedPortfolio(QStringLiteral("C1"), m_anna);
    seedPortfolio(QStringLiteral("C2"), m_ben);
}

std::unique_ptr<TestDesktop> TeamFixture::desktop(const QString &user)
{
    auto d = std::make_unique<TestDesktop>();
    d->server = connectAs(user);
    EXPECT_NE(d->server, nullptr);
    if (!d->server)
        return d;
    auto first = d->sync();
    EXPECT_TRUE(first.ok()) << qPrintable(first.error().detail);
    return d;
}

} // namespace cc::test
