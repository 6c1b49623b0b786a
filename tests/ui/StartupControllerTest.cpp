// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupController.h"
#include "CustomerListModel.h"
#include "CustomersPage.h"
#include "FirstRunDialog.h"
#include "FixedClock.h"
#include "MainWindow.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace cc;

namespace {

template <typename T> T *visibleTopLevel()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
            return found;
    }
    return nullptr;
}

class FirstRun : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile key(m_dir.filePath(QStringLiteral("key.txt")));
        ASSERT_TRUE(key.open(QIODevice::WriteOnly));
        key.write("first run\n");
        m_options.workspace = m_dir.filePath(QStringLiteral("ws"));
        m_options.keyFile = key.fileName();
    }

    // Starts the application flow and answers the first-run dialog by clicking `button`.
    void chooseInFirstRunDialog(ui::StartupController &controller, const char *button)
    {
        controller.start();
        ui::FirstRunDialog *dialog = nullptr;
        ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = visibleTopLevel<ui::FirstRunDialog>()) != nullptr; }));
        auto *size = dialog->findChild<QComboBox *>(QStringLiteral("demoSize"));
        ASSERT_NE(size, nullptr);
        size->setCurrentIndex(size->findData(2000LL));
        auto *choice = dialog->findChild<QCommandLinkButton *>(QString::fromLatin1(button));
        ASSERT_NE(choice, nullptr);
        choice->click();
    }

    QTemporaryDir m_dir;
    ui::StartupOptions m_options;
    test::FixedClock m_clock { QDateTime(QDate(2024, 6, 30), QTime(12, 0)) };
};

} // namespace

TEST_F(FirstRun, CreatesADemoWorkspaceAndShowsItsCustomers)
{
    ui::StartupController controller(m_options, m_clock);
    chooseInFirstRunDialog(controller, "createDemo");
    ui::MainWindow *window = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            window = visibleTopLevel<ui::MainWindow>();
            return window && window->customersPage()->model()->rowCount() > 0;
        },
        120000));
    EXPECT_TRUE(storage::Workspace::exists(m_options.workspace));
    EXPECT_GT(window->customersPage()->model()->totalCount(), 10);
}

TEST_F(FirstRun, CreatesAnEmptyWorkspace)
{
    ui::StartupController controller(m_options, m_clock);
    chooseInFirstRunDialog(controller, "createEmpty");
    ui::MainWindow *window = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (window = visibleTopLevel<ui::MainWindow>()) != nullptr; }, 60000));
    QSignalSpy loaded(window->customersPage(), &ui::CustomersPage::loaded);
    ASSERT_TRUE(loaded.wait(60000)) << "the empty workspace loads like any other";
    EXPECT_EQ(window->customersPage()->model()->totalCount(), 0);
    EXPECT_TRUE(storage::Workspace::exists(m_options.workspace));
}

TEST_F(FirstRun, QuittingTheDialogEndsTheApplication)
{
    ui::StartupController controller(m_options, m_clock);
    QSignalSpy finished(&controller, &ui::StartupController::finished);
    controller.start();
    ui::FirstRunDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = visibleTopLevel<ui::FirstRunDialog>()) != nullptr; }));
    dialog->reject();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !finished.isEmpty(); }));
    EXPECT_EQ(finished.first().first().toInt(), 0);
    EXPECT_FALSE(storage::Workspace::exists(m_options.workspace));
}
