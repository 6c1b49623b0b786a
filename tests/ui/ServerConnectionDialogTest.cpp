// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerConnectionDialog.h"
#include "security/KeychainKeyStore.h"
#include "server/PgConnection.h"
#include "server/ServerMigrations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QUrl>
#include <gtest/gtest.h>

using namespace cc;

namespace {

class ServerConnectionDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_url = QUrl(qEnvironmentVariable("CASHCYCLE_TEST_PG_URL"));
        m_tls = qEnvironmentVariable("CASHCYCLE_TEST_PG_TLS_DIR");
        if (m_url.isEmpty() || m_tls.isEmpty())
            GTEST_SKIP() << "no test server: run the tests through scripts/test.sh";
        auto owner = server::PgConnection::open(m_url.toString());
        ASSERT_TRUE(owner.ok()) << qPrintable(owner.error().detail);
        ASSERT_TRUE(server::ServerMigrations::apply(**owner).ok());
        QSettings().remove(QStringLiteral("server"));
    }

    template <typename T> T *child(ui::ServerConnectionDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void fill(ui::ServerConnectionDialog &dialog, const QString &password)
    {
        child<QLineEdit>(dialog, "host")->setText(m_url.host());
        child<QSpinBox>(dialog, "port")->setValue(m_url.port());
        child<QLineEdit>(dialog, "database")->setText(m_url.path().mid(1));
        child<QLineEdit>(dialog, "user")->setText(m_url.userName());
        child<QLineEdit>(dialog, "password")->setText(password);
        auto *mode = child<QComboBox>(dialog, "sslMode");
        mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
        child<QLineEdit>(dialog, "rootCertificate")->setText(m_tls + QStringLiteral("/ca.crt"));
    }

    // Clicks "Test connection" and returns what the dialog then says, and whether that is good.
    std::pair<QString, bool> test(ui::ServerConnectionDialog &dialog)
    {
        auto *button = child<QPushButton>(dialog, "testConnection");
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_TRUE(QTest::qWaitFor([&] { return button->isEnabled(); }, 20000));
        auto *result = child<QLabel>(dialog, "result");
        return { result->text(), result->property("good").toBool() };
    }

    QUrl m_url;
    QString m_tls;
};

} // namespace

TEST_F(ServerConnectionDialogTest, TestsTheConnectionOffTheGuiThreadAndKeepsThePasswordInTheKeychain)
{
    ui::ServerConnectionDialog dialog;
    dialog.show();
    fill(dialog, QStringLiteral("not the password"));
    const auto [refused, refusedGood] = test(dialog);
    EXPECT_FALSE(refusedGood);
    EXPECT_TRUE(refused.contains(QStringLiteral("password authentication failed"))) << qPrintable(refused);

    fill(dialog, m_url.password());
    const auto [connected, good] = test(dialog);
    EXPECT_TRUE(good) << qPrintable(connected);
    EXPECT_TRUE(connected.contains(QStringLiteral("over TLS"))) << qPrintable(connected);

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const server::ServerAccount saved = dialog.account();
    QSettings settings;
    EXPECT_EQ(server::ServerAccount::load(settings).host, m_url.host());
    EXPECT_FALSE(settings.allKeys().join(u' ').contains(QStringLiteral("password"), Qt::CaseInsensitive))
        << "the password never goes into the settings file";
    security::KeychainKeyStore keychain;
    auto stored = keychain.read(saved.keychainAccount());
    ASSERT_TRUE(stored.ok()) << qPrintable(stored.error().detail);
    EXPECT_EQ(QString::fromUtf8(*stored), m_url.password());

    // Reopened, the dialog connects with the password from the keychain.
    ui::ServerConnectionDialog again;
    again.show();
    EXPECT_TRUE(child<QLineEdit>(again, "password")->text().isEmpty());
    const auto [reconnected, reconnectedGood] = test(again);
    EXPECT_TRUE(reconnectedGood) << qPrintable(reconnected);
    (void)keychain.remove(saved.keychainAccount());
}
