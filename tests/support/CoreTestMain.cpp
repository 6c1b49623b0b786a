// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for core tests: keychain jobs and sessions need a QCoreApplication.
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("CashCycleTests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
