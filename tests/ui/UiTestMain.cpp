// SPDX-License-Identifier: GPL-3.0-or-later
// Test main for UI tests: widgets need a QApplication, and without a display it runs offscreen.
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Settings and formats must not depend on who runs the tests.
    QCoreApplication::setOrganizationName(QStringLiteral("CashCycleTests"));
    QCoreApplication::setApplicationName(QStringLiteral("CashCycleUiTests"));
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings().clear(); // window layouts a previous run remembered
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
