// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyDialog.h"
#include "UiFixture.h"
#include "services/CompanyProfile.h"
#include "services/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

services::CompanyProfile stored(UiFixture &fixture)
{
    auto profile = fixture.session().run<Result<services::CompanyProfile>>(
        [](storage::Workspace &workspace, services::JobControl &) {
            return services::CompanyProfile::load(workspace.database());
        });
    EXPECT_TRUE(UiFixture::wait(profile));
    const Result<services::CompanyProfile> result = profile.result();
    return result.ok() ? *result : services::CompanyProfile();
}

} // namespace

// A mistyped IBAN is named and nothing is saved, not even the fields typed before it.
TEST(CompanyDialogTest, SavesTheWholeProfileOrNothing)
{
    UiFixture fixture;
    ui::CompanyDialog dialog(fixture.session());
    QSignalSpy loaded(&dialog, &ui::CompanyDialog::loaded);
    dialog.show();
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    dialog.findChild<QLineEdit *>(QStringLiteral("companyName"))->setText(QStringLiteral("Nordlicht Handel GmbH"));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("companyAddress"))
        ->setPlainText(QStringLiteral("Speicherstadt 12\n20457 Hamburg"));
    auto *iban = dialog.findChild<QLineEdit *>(QStringLiteral("companyIban"));
    iban->setText(QStringLiteral("DE89 3704 0044 0532 0130 01"));
    QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    save->click();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("companyProblem"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !problem->isHidden(); }, 10000));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("check digits"))) << qPrintable(problem->text());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(stored(fixture).name.isEmpty()) << "refused whole";

    iban->setText(QStringLiteral("DE89 3704 0044 0532 0130 00"));
    dialog.findChild<QLineEdit *>(QStringLiteral("companyBic"))->setText(QStringLiteral("cobadeffxxx"));
    save->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !dialog.isVisible(); }, 10000));
    const services::CompanyProfile profile = stored(fixture);
    EXPECT_EQ(profile.name, QStringLiteral("Nordlicht Handel GmbH"));
    EXPECT_EQ(profile.address, QStringLiteral("Speicherstadt 12\n20457 Hamburg"));
    EXPECT_EQ(profile.iban, QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(profile.bic, QStringLiteral("COBADEFFXXX"));
}
