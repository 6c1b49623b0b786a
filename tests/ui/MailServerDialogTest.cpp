// SPDX-License-Identifier: GPL-3.0-or-later
#include "MailServerDialog.h"
#include "UiFixture.h"
#include "messaging/SmtpSettings.h"
#include "security/KeychainKeyStore.h"
#include "services/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

// The SMTP password goes to the system keychain, never into the workspace.
TEST(MailServerDialogTest, SavesTheServerAndKeepsThePasswordInTheKeychain)
{
    UiFixture fixture;
    ui::MailServerDialog dialog(fixture.session());
    dialog.show();
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpHost"))->setText(QStringLiteral("mail.example.com"));
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpUser"))->setText(QStringLiteral("ar@example.com"));
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpPassword"))->setText(QStringLiteral("s3cret"));
    dialog.findChild<QLineEdit *>(QStringLiteral("smtpFrom"))->setText(QStringLiteral("ar@example.com"));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    ASSERT_TRUE(UiFixture::waitFor(accepted));

    auto loaded = fixture.session().run<Result<messaging::SmtpSettings>>(
        [](storage::Workspace &ws, services::JobControl &) { return messaging::SmtpSettings::load(ws.database()); });
    ASSERT_TRUE(UiFixture::wait(loaded));
    const auto settings = loaded.result();
    ASSERT_TRUE(settings.ok());
    EXPECT_EQ(settings->host, QStringLiteral("mail.example.com"));
    security::KeychainKeyStore keychain;
    EXPECT_EQ(*keychain.read(settings->keychainAccount()), QByteArray("s3cret"));
    (void)keychain.remove(settings->keychainAccount());
}

// Sending mail from the window reads the SMTP password on the workspace's thread; QtKeychain
// serves one thread only, so the key store runs the job on the application's (this crashed).
TEST(MailServerDialogTest, ThePasswordIsReadFromTheWorkspaceThreadAsSendingDoes)
{
    UiFixture fixture;
    security::KeychainKeyStore keychain;
    ASSERT_TRUE(keychain.write(QStringLiteral("smtp:test-account"), "s3cret").ok());
    auto read = fixture.session().run<Result<QByteArray>>([](storage::Workspace &, services::JobControl &) {
        return security::KeychainKeyStore().read(QStringLiteral("smtp:test-account"));
    });
    ASSERT_TRUE(UiFixture::wait(read));
    ASSERT_TRUE(read.result().ok());
    EXPECT_EQ(*read.result(), QByteArray("s3cret"));
    QTest::qWait(200); // events QtKeychain posts after a job, delivered without harm
    (void)keychain.remove(QStringLiteral("smtp:test-account"));
}
