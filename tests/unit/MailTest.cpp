// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedClock.h"
#include "SmtpTestServer.h"
#include "TestWorkspace.h"
#include "messaging/SmtpSender.h"
#include "services/MessageComposer.h"
#include "services/MessageDispatcher.h"
#include "services/NoJobControl.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/MessageOutbox.h"
#include "storage/PaymentRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/TemplateRepository.h"

#include <QJsonArray>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using messaging::MessageTemplate;
using messaging::SmtpSettings;

namespace {

// Amounts keep their currency sign on the same line with a no-break space; compare as text.
QString plain(QString text)
{
    return text.replace(QChar(0x00a0), QLatin1Char(' '));
}

class MailTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        Customer c;
        c.id = QStringLiteral("C1");
        c.name = QStringLiteral("Müller Maschinenbau GmbH");
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        c.language = QStringLiteral("de-DE");
        c.contacts << Contact { QStringLiteral("Petra Lang"), QStringLiteral("Buchhaltung"),
            QStringLiteral("petra.lang@mueller.example"), QStringLiteral("+49 30 1234") };
        c.contacts << Contact { QStringLiteral("Jan Ott"), QStringLiteral("AP"), QStringLiteral("ap@mueller.example"),
            {} };
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        for (const auto &[number, due, total] : { std::tuple { "R-100", QDate(2026, 10, 1), "1200.50" },
                 std::tuple { "R-101", QDate(2026, 12, 1), "99.00" } }) {
            Invoice invoice;
            invoice.number = QString::fromLatin1(number);
            invoice.customerId = c.id;
            invoice.invoiceDate = due.addDays(-30);
            invoice.dueDate = due;
            invoice.total = money(total, "EUR");
            ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
        }
        storage::SettingsRepository settings(ws.db());
        ASSERT_TRUE(settings.setValue(QStringLiteral("company.name"), QStringLiteral("Beispiel AG")).ok());
        ASSERT_TRUE(
            settings.setValue(QStringLiteral("payment.link"), QStringLiteral("https://pay.example/{customer}")).ok());
    }

    SmtpSettings smtp(const SmtpTestServer &server)
    {
        SmtpSettings settings;
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = server.port();
        settings.security = SmtpSettings::Security::None;
        settings.from = QStringLiteral("forderungen@beispiel.example");
        settings.fromName = QStringLiteral("Anna Schmidt");
        return settings;
    }

    messaging::OutgoingMessage compose(const char *templateKey)
    {
        services::MessageComposer::Request request;
        request.customerId = QStringLiteral("C1");
        request.templateKey = QString::fromLatin1(templateKey);
        auto message
            = services::MessageComposer::compose(ws.db(), request, clock.today(), QStringLiteral("Anna Schmidt"));
        EXPECT_TRUE(message.ok()) << (message.ok() ? "" : qPrintable(message.error().detail));
        return message.ok() ? *message : messaging::OutgoingMessage();
    }

    services::DispatchReport dispatch(const messaging::MessageTransport &transport)
    {
        services::MessageDispatcher dispatcher(ws.db(), clock, QStringLiteral("anna"));
        dispatcher.setTransport(messaging::Channel::Email, &transport);
        services::NoJobControl control;
        auto report = dispatcher.run(control);
        EXPECT_TRUE(report.ok());
        return report.ok() ? *report : services::DispatchReport();
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC) };
};

} // namespace

TEST_F(MailTest, TemplatesSpeakTheCustomersLanguageAndTheTeamsOwnWin)
{
    auto message = compose("first_notice");
    EXPECT_EQ(plain(message.subject), QStringLiteral("Überfällige Rechnungen: 1.200,50 € – Müller Maschinenbau GmbH"));
    EXPECT_TRUE(message.body.startsWith(QStringLiteral("Guten Tag Petra Lang,"))) << qPrintable(message.body);
    EXPECT_TRUE(
        plain(message.body)
            .contains(QStringLiteral("R-100  vom 01.09.2026  fällig 01.10.2026  1.200,50 €  (53 Tage überfällig)")))
        << qPrintable(message.body);
    EXPECT_TRUE(plain(message.body).contains(QStringLiteral("Offen insgesamt: 1.299,50 €")));
    EXPECT_TRUE(message.body.contains(QStringLiteral("https://pay.example/C1")));
    EXPECT_FALSE(message.body.contains(QStringLiteral("\n\n\n")));
    EXPECT_EQ(message.recipients, (QStringList { "petra.lang@mueller.example", "ap@mueller.example" }));

    storage::TemplateRepository templates(ws.db());
    EXPECT_EQ(templates.find(QStringLiteral("reminder"), QStringLiteral("fr"))->language, QStringLiteral("en"))
        << "a language without templates falls back to English";
    ASSERT_TRUE(
        templates
            .save({ QStringLiteral("first_notice"), QStringLiteral("de"), QStringLiteral("Mahnung {{customer.id}}"),
                QStringLiteral("{{#invoices}}{{number}} {{/invoices}}") })
            .ok());
    message = compose("first_notice");
    EXPECT_EQ(message.subject, QStringLiteral("Mahnung C1"));
    EXPECT_EQ(message.body, QStringLiteral("R-100 R-101 "));

    ASSERT_TRUE(
        templates
            .save({ QStringLiteral("broken"), QStringLiteral("de"), QStringLiteral("x"), QStringLiteral("{{#open}}") })
            .ok());
    services::MessageComposer::Request request;
    request.customerId = QStringLiteral("C1");
    request.templateKey = QStringLiteral("broken");
    auto broken = services::MessageComposer::compose(ws.db(), request, clock.today(), {});
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().detail.contains(QStringLiteral("broken (de)"))) << qPrintable(broken.error().detail);
}

TEST_F(MailTest, AMessageReachesARealSmtpServerAndLandsOnTheTimeline)
{
    SmtpTestServer server;
    ASSERT_TRUE(server.isRunning()) << qPrintable(server.error());
    auto message = compose("reminder");
    message.attachments << messaging::Attachment { QStringLiteral("Notiz.txt"), QStringLiteral("text/plain"),
        QByteArray("Kontoauszug folgt") };
    ASSERT_TRUE(storage::MessageOutbox(ws.db()).enqueue(message, clock.now()).ok());
    const messaging::SmtpSender sender(smtp(server), {});
    const auto report = dispatch(sender);
    EXPECT_EQ(report.sent, 1) << qPrintable(report.errors.join('\n'));

    const auto received = server.messages();
    ASSERT_EQ(received.size(), 1);
    const QJsonObject mail = received[0];
    EXPECT_EQ(mail[QStringLiteral("envelope_to")].toArray().toVariantList(),
        (QVariantList { "petra.lang@mueller.example", "ap@mueller.example" }));
    EXPECT_EQ(mail[QStringLiteral("from")].toString(), QStringLiteral("Anna Schmidt <forderungen@beispiel.example>"));
    EXPECT_EQ(mail[QStringLiteral("subject")].toString(),
        QStringLiteral("Freundliche Erinnerung: Rechnungen von Beispiel AG"));
    EXPECT_TRUE(plain(mail[QStringLiteral("body")].toString())
                    .contains(QStringLiteral("R-101  vom 01.11.2026  fällig 01.12.2026  99,00 €")))
        << qPrintable(mail[QStringLiteral("body")].toString());
    const QJsonArray attachments = mail[QStringLiteral("attachments")].toArray();
    ASSERT_EQ(attachments.size(), 1);
    EXPECT_EQ(attachments[0][QStringLiteral("filename")].toString(), QStringLiteral("Notiz.txt"));

    auto activities = storage::ActivityRepository(ws.db()).ofCustomer(QStringLiteral("C1"));
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 1);
    EXPECT_EQ(activities->at(0).kind, collections::ActivityKind::Email);
    EXPECT_EQ(activities->at(0).subject, mail[QStringLiteral("subject")].toString());
    EXPECT_EQ(activities->at(0).contact, QStringLiteral("petra.lang@mueller.example, ap@mueller.example"));
    auto outbox = storage::MessageOutbox(ws.db()).recent(10);
    ASSERT_EQ(outbox->size(), 1);
    EXPECT_EQ(outbox->at(0).status, messaging::DeliveryStatus::Sent);
    EXPECT_TRUE(storage::MessageOutbox(ws.db()).due(clock.now(), 10)->isEmpty()) << "sent once, not again";
}

TEST_F(MailTest, StartTlsWithAuthenticationAndAWrongPasswordIsRetriedThenShownAsFailed)
{
    SmtpTestServer server({ QStringLiteral("anna"), QStringLiteral("s3cret-pass"), true });
    ASSERT_TRUE(server.isRunning()) << qPrintable(server.error());
    SmtpSettings settings = smtp(server);
    settings.security = SmtpSettings::Security::StartTls;
    settings.caFile = server.certificate();
    settings.user = QStringLiteral("anna");

    ASSERT_TRUE(storage::MessageOutbox(ws.db()).enqueue(compose("reminder"), clock.now()).ok());
    const messaging::SmtpSender wrong(settings, QStringLiteral("guessed"));
    auto report = dispatch(wrong);
    EXPECT_EQ(report.retrying, 1);
    ASSERT_EQ(report.errors.size(), 1);
    EXPECT_TRUE(report.errors[0].contains(QStringLiteral("127.0.0.1"))) << qPrintable(report.errors[0]);
    EXPECT_TRUE(storage::MessageOutbox(ws.db()).due(clock.now(), 10)->isEmpty())
        << "waits a minute before the next try";
    for (int attempt = 2; attempt <= services::MessageDispatcher::kMaxAttempts; ++attempt) {
        clock.set(clock.now().addSecs(4 * 3600));
        report = dispatch(wrong);
    }
    EXPECT_EQ(report.failed, 1);
    auto outbox = storage::MessageOutbox(ws.db()).recent(10);
    EXPECT_EQ(outbox->at(0).status, messaging::DeliveryStatus::Failed);
    EXPECT_EQ(outbox->at(0).attempts, services::MessageDispatcher::kMaxAttempts);
    EXPECT_FALSE(outbox->at(0).lastError.isEmpty());
    EXPECT_TRUE(server.messages().isEmpty());

    // Put right, the message goes out encrypted and authenticated.
    ASSERT_TRUE(storage::MessageOutbox(ws.db()).retry(outbox->at(0).id, clock.now()).ok());
    const messaging::SmtpSender right(settings, QStringLiteral("s3cret-pass"));
    EXPECT_EQ(dispatch(right).sent, 1);
    EXPECT_EQ(server.messages().size(), 1);
}

TEST_F(MailTest, AServerThatIsDownKeepsTheMessageQueued)
{
    int port = 0;
    {
        SmtpTestServer gone;
        ASSERT_TRUE(gone.isRunning());
        port = gone.port();
    }
    ASSERT_TRUE(storage::MessageOutbox(ws.db()).enqueue(compose("reminder"), clock.now()).ok());
    SmtpSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = port;
    settings.security = SmtpSettings::Security::None;
    settings.from = QStringLiteral("ar@beispiel.example");
    const auto report = dispatch(messaging::SmtpSender(settings, {}));
    EXPECT_EQ(report.retrying, 1);
    auto outbox = storage::MessageOutbox(ws.db()).recent(10);
    EXPECT_EQ(outbox->at(0).status, messaging::DeliveryStatus::Queued);
    EXPECT_TRUE(outbox->at(0).lastError.contains(QStringLiteral("did not take")))
        << qPrintable(outbox->at(0).lastError);
}

TEST(SmtpSettingsTest, AreCheckedAsTheyAreSet)
{
    TestWorkspace ws;
    EXPECT_TRUE(SmtpSettings::set(ws.db(), QStringLiteral("smtp.port"), QStringLiteral("465")).ok());
    EXPECT_FALSE(SmtpSettings::set(ws.db(), QStringLiteral("smtp.port"), QStringLiteral("70000")).ok());
    EXPECT_FALSE(SmtpSettings::set(ws.db(), QStringLiteral("smtp.security"), QStringLiteral("ssl")).ok());
    EXPECT_FALSE(SmtpSettings::set(ws.db(), QStringLiteral("smtp.from"), QStringLiteral("not an address")).ok());
    EXPECT_FALSE(SmtpSettings::set(ws.db(), QStringLiteral("smtp.colour"), QStringLiteral("red")).ok());
    ASSERT_TRUE(SmtpSettings::set(ws.db(), QStringLiteral("smtp.security"), QStringLiteral("tls")).ok());
    auto loaded = SmtpSettings::load(ws.db());
    EXPECT_EQ(loaded->port, 465);
    EXPECT_EQ(loaded->security, SmtpSettings::Security::Tls);
}

// A letter or statement of a past date lists what was open on that day.
TEST_F(MailTest, ALetterOfAPastDateListsThatDaysOpenItems)
{
    storage::PaymentRepository payments(ws.db());
    Payment payment { QStringLiteral("P1"), QStringLiteral("C1"), QDate(2026, 11, 20), money("1200.50", "EUR"), {}, {},
        {} };
    ASSERT_TRUE(payments.insert(payment).ok());
    ASSERT_TRUE(
        payments.allocate(Allocation { payment.id, {}, QStringLiteral("R-100"), payment.amount, payment.date }).ok());
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
    services::MessageComposer::Request request;
    request.customerId = QStringLiteral("C1");
    request.templateKey = QStringLiteral("statement");
    auto before = services::MessageComposer::compose(ws.db(), request, QDate(2026, 11, 19), {});
    auto after = services::MessageComposer::compose(ws.db(), request, QDate(2026, 11, 23), {});
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_TRUE(before->body.contains(QStringLiteral("R-100"))) << qPrintable(before->body);
    EXPECT_FALSE(after->body.contains(QStringLiteral("R-100"))) << "paid on 20 November";
    EXPECT_TRUE(after->body.contains(QStringLiteral("R-101")));
}
