// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ServerFixture.h"
#include "TestDesktop.h"

namespace cc::test {

/// The team of setUpTeam() with two portfolios, C1 of anna and C2 of ben, and desktops that
/// have pulled once as one of them.
class TeamFixture : public ServerFixture {
protected:
    void SetUp() override;

    std::unique_ptr<TestDesktop> desktop(const QString &user);
};

} // namespace cc::test
