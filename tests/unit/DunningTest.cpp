// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedClock.h"
#include "HttpTestReceiver.h"
#include "TestWorkspace.h"
#include "messaging/SmsGateway.h"
#include "services/CollectionsLog.h"
#include "services/DunningRun.h"
#include "services/MessageDispatcher.h"
#include "services/NoJobControl.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/MessageOutbox.h"
#include "sync/Outbox.h"

#include "services/Disputes.h"
#include "services/Worklist.h"
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using collections::DunningProposal;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class DunningTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const char *id : { "C1", "C2", "C3" }) {
            Customer c;
            c.id = QString::fromLatin1(id);
            c.name = QStringLiteral("Customer ") + c.id;
            c.currency = currency("EUR");
            c.creditLimit = Money::zero(c.currency);
            c.language = QStringLiteral("en-IE");
            c.collector = QStringLiteral("anna");
            c.contacts << Contact { QStringLiteral("Pat"), QStringLiteral("AP"),
                QStringLiteral("ap@") + c.id + QStringLiteral(".example"), QStringLiteral("+353 1 234") };
            ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
        }
        invoice("I1", "C1", "2026-10-01", "500.00");
        invoice("I2", "C1", "2026-10-20", "300.00");
    }

    void invoice(const char *number, const char *customer, const char *due, const char *total)
    {
        Invoice i;
        i.number = QString::fromLatin1(number);
        i.customerId = QString::fromLatin1(customer);
        i.dueDate = d(due);
        i.invoiceDate = i.dueDate.addDays(-30);
        i.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(i).ok());
    }

    QList<DunningProposal> propose(const QDate &day)
    {
        clock.set(QDateTime(day, QTime(7, 0), Qt::UTC));
        services::NoJobControl control;
        auto proposals = run.propose(day, control);
        EXPECT_TRUE(proposals.ok()) << (proposals.ok() ? "" : qPrintable(proposals.error().detail));
        return proposals.ok() ? *proposals : QList<DunningProposal>();
    }

    /// Runs and approves every day from `first` to `last`: (day, invoice) → level sent.
    QList<std::tuple<QDate, QString, int>> runDaily(const QDate &first, const QDate &last)
    {
        QList<std::tuple<QDate, QString, int>> sent;
        for (QDate day = first; day <= last; day = day.addDays(1))
            approveAll(day, sent);
        return sent;
    }

    void approveAll(const QDate &day, QList<std::tuple<QDate, QString, int>> &sent)
    {
        const auto proposals = propose(day);
        for (const DunningProposal &p : proposals) {
            for (auto it = p.escalate.cbegin(); it != p.escalate.cend(); ++it)
                sent << std::tuple { day, it.key(), it.value() };
        }
        auto outcomes = run.approve(proposals, day);
        ASSERT_TRUE(outcomes.ok());
        for (const auto &outcome : *outcomes)
            EXPECT_TRUE(outcome.error.isEmpty()) << qPrintable(outcome.error);
    }

    qint64 count(const char *sql) { return ws.db().scalar(QString::fromLatin1(sql)).value(); }

    TestWorkspace ws;
    FixedClock clock { QDateTime(QDate(2026, 9, 1), QTime(7, 0), Qt::UTC) };
    services::DunningRun run { ws.db(), clock, QStringLiteral("Anna Schmidt") };
};

} // namespace

// Run every day for three months: each invoice gets every level once, in order, on the day
// it comes due, and a second run on the same day sends nothing.
TEST_F(DunningTest, DailyRunsClimbOneLevelAtATimeAndNeverRepeatOne)
{
    const auto sent = runDaily(d("2026-09-20"), d("2026-12-31"));
    const QList<std::tuple<QDate, QString, int>> expected {
        { d("2026-09-28"), "I1", 0 },
        { d("2026-10-08"), "I1", 1 },
        { d("2026-10-17"), "I2", 0 },
        { d("2026-10-22"), "I1", 2 },
        { d("2026-10-27"), "I2", 1 },
        { d("2026-11-05"), "I1", 3 },
        { d("2026-11-10"), "I2", 2 },
        { d("2026-11-24"), "I2", 3 },
    };
    EXPECT_EQ(sent, expected);
    EXPECT_EQ(count("SELECT count(*) FROM dunning_notices"), 8);
    EXPECT_EQ(count("SELECT count(*) FROM message_outbox"), 8) << "one consolidated message per notice";
    EXPECT_TRUE(propose(d("2026-11-24")).isEmpty()) << "the same day again sends nothing";
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE table_name = 'dunning_notices'"), 8) << "notices sync";
}

// Nothing ran for two months: the next run sends the first notice (the reminder's window has
// closed), and later runs climb one level at a time, each after its interval.
TEST_F(DunningTest, ARunAfterAGapCatchesUpOneLevelAtATime)
{
    QList<std::tuple<QDate, QString, int>> sent;
    approveAll(d("2026-11-30"), sent);
    EXPECT_EQ(
        sent, (QList<std::tuple<QDate, QString, int>> { { d("2026-11-30"), "I1", 1 }, { d("2026-11-30"), "I2", 1 } }))
        << "both overdue invoices in one first notice";
    sent.clear();
    approveAll(d("2026-12-05"), sent);
    EXPECT_TRUE(sent.isEmpty()) << "the second notice waits its interval";
    approveAll(d("2026-12-10"), sent);
    approveAll(d("2026-12-20"), sent);
    approveAll(d("2026-12-21"), sent);
    EXPECT_EQ(sent,
        (QList<std::tuple<QDate, QString, int>> { { d("2026-12-10"), "I1", 2 }, { d("2026-12-10"), "I2", 2 },
            { d("2026-12-20"), "I1", 3 }, { d("2026-12-20"), "I2", 3 } }));

    const auto messages = storage::MessageOutbox(ws.db()).recent(10);
    ASSERT_TRUE(messages.ok());
    const QString finalNotice = messages->at(0).body;
    EXPECT_TRUE(messages->at(0).subject.startsWith(QStringLiteral("Final notice")))
        << qPrintable(messages->at(0).subject);
    EXPECT_TRUE(finalNotice.contains(QStringLiteral("I1")) && finalNotice.contains(QStringLiteral("I2")));
    EXPECT_TRUE(finalNotice.contains(QStringLiteral("A reminder fee of €10.00 has been charged.")))
        << qPrintable(finalNotice);
}

TEST_F(DunningTest, DisputesAndPromisesKeepInvoicesOutOfNotices)
{
    invoice("I3", "C2", "2026-10-01", "900.00");
    invoice("I4", "C3", "2026-10-01", "400.00");
    invoice("I5", "C3", "2026-10-05", "250.00");
    invoice("I6", "C1", "2026-10-03", "100.00");
    clock.set(QDateTime(d("2026-11-01"), QTime(7, 0), Qt::UTC));
    services::CollectionsLog log(ws.db(), clock, QStringLiteral("anna"));
    // C2 promised to pay the whole account; C1 promised I6.
    ASSERT_TRUE(log.recordPromise(QStringLiteral("C2"), money("900.00", "EUR"), d("2026-11-20"), {}, {}).ok());
    ASSERT_TRUE(
        log.recordPromise(QStringLiteral("C1"), money("100.00", "EUR"), d("2026-11-20"), { QStringLiteral("I6") }, {})
            .ok());
    ASSERT_TRUE(sync::Outbox(ws.db(), clock)
                    .insert(QStringLiteral("disputes"), QStringLiteral("d1"),
                        { { QStringLiteral("invoice_number"), QStringLiteral("I4") },
                            { QStringLiteral("customer_id"), QStringLiteral("C3") },
                            { QStringLiteral("amount_minor"), QStringLiteral("40000") },
                            { QStringLiteral("reason"), QStringLiteral("damaged") },
                            { QStringLiteral("status"), QStringLiteral("new") },
                            { QStringLiteral("opened_date"), QStringLiteral("2026-10-20") } })
                    .ok());

    const auto proposals = propose(d("2026-11-10"));
    QStringList customers;
    for (const DunningProposal &p : proposals)
        customers << p.customerId;
    EXPECT_EQ(customers, (QStringList { "C1", "C3" })) << "C2's promise covers the account";
    const DunningProposal &c1 = proposals[0];
    EXPECT_EQ(c1.excludedInvoices, QStringList { "I6" });
    EXPECT_FALSE(c1.escalate.contains(QStringLiteral("I6")));
    EXPECT_EQ(c1.amount, money("800.00", "EUR"));
    const DunningProposal &c3 = proposals[1];
    EXPECT_EQ(c3.invoiceNumbers, QStringList { "I5" });
    EXPECT_EQ(c3.excludedInvoices, QStringList { "I4" });
    EXPECT_EQ(count("SELECT count(*) FROM dunning_notices"), 0) << "proposing writes nothing";

    auto outcomes = run.approve({ c3 }, d("2026-11-10"));
    ASSERT_TRUE(outcomes.ok());
    const auto message = storage::MessageOutbox(ws.db()).recent(1)->at(0);
    EXPECT_TRUE(message.body.contains(QStringLiteral("I5")));
    EXPECT_FALSE(message.body.contains(QStringLiteral("I4"))) << "the disputed invoice is not dunned";
}

TEST_F(DunningTest, ARejectedDisputeIsDunnedAgainAndCountsAsCollectible)
{
    invoice("I4", "C3", "2026-10-01", "400.00");
    clock.set(QDateTime(d("2026-10-20"), QTime(7, 0), Qt::UTC));
    services::Disputes disputes(ws.db(), clock, QStringLiteral("anna"));
    auto dispute = disputes.open(QStringLiteral("I4"), money("400.00", "EUR"), QStringLiteral("damaged"));
    ASSERT_TRUE(dispute.ok());
    const auto collectible = [this](const char *day) {
        auto entries = services::Worklist(ws.db(), clock).build(QStringLiteral("anna"), d(day));
        EXPECT_TRUE(entries.ok());
        for (const collections::WorklistEntry &entry : entries.value())
            if (entry.customerId == QLatin1String("C3"))
                return entry.collectible;
        return Money::zero(currency("EUR"));
    };
    const auto proposalFor = [this](const char *customer) -> std::optional<DunningProposal> {
        for (const DunningProposal &p : propose(d("2026-11-10")))
            if (p.customerId == QLatin1String(customer))
                return p;
        return std::nullopt;
    };
    EXPECT_FALSE(proposalFor("C3").has_value()) << "all of I4 is disputed";
    EXPECT_EQ(collectible("2026-11-10"), money("0.00", "EUR"));

    ASSERT_TRUE(disputes.setApprovalLimit(DisputeResolution::Kind::Rejected, money("1000.00", "EUR")).ok());
    const services::Disputes::IssueDraft noCreditNote = [](qint64) -> Result<Invoice> {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a rejection issues nothing"));
    };
    ASSERT_TRUE(disputes
                    .resolve(dispute->id, DisputeResolution::Kind::Rejected, money("0", "EUR"),
                        QStringLiteral("Signed delivery note"), noCreditNote)
                    .ok());
    const auto c3 = proposalFor("C3");
    ASSERT_TRUE(c3.has_value()) << "rejected: dunned again";
    EXPECT_EQ(c3->invoiceNumbers, QStringList { "I4" });
    EXPECT_EQ(collectible("2026-11-10"), money("400.00", "EUR"));
}

// A level that texts: the SMS goes to a local HTTP gateway and lands on the timeline.
TEST_F(DunningTest, AnSmsLevelGoesThroughTheHttpGateway)
{
    HttpTestReceiver gateway(QStringLiteral("gw-token"));
    ASSERT_TRUE(gateway.isRunning());
    collections::DunningStrategy strategy = collections::DunningStrategy::standard();
    strategy.levels[1].channel = QStringLiteral("sms");
    strategy.levels[1].templateKey = QStringLiteral("sms_reminder");
    ASSERT_TRUE(run.saveStrategy(strategy).ok());
    QList<std::tuple<QDate, QString, int>> sent;
    approveAll(d("2026-10-08"), sent);
    ASSERT_EQ(sent.size(), 1);

    const messaging::SmsGateway wrongToken(QUrl(gateway.url()), QStringLiteral("ACME"), QStringLiteral("nope"));
    services::MessageDispatcher dispatcher(ws.db(), clock, QStringLiteral("anna"));
    dispatcher.setTransport(messaging::Channel::Sms, &wrongToken);
    services::NoJobControl control;
    auto refused = dispatcher.run(control);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->retrying, 1);
    EXPECT_TRUE(refused->errors.value(0).contains(QStringLiteral("HTTP 401"))) << qPrintable(refused->errors.value(0));

    const messaging::SmsGateway sms(QUrl(gateway.url()), QStringLiteral("ACME"), QStringLiteral("gw-token"));
    dispatcher.setTransport(messaging::Channel::Sms, &sms);
    clock.set(clock.now().addSecs(120));
    auto report = dispatcher.run(control);
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->sent, 1) << qPrintable(report->errors.join('\n'));
    const auto requests = gateway.requests();
    ASSERT_EQ(requests.size(), 1);
    const QJsonObject body = requests[0][QStringLiteral("body")].toObject();
    EXPECT_EQ(body[QStringLiteral("to")].toString(), QStringLiteral("+353 1 234"));
    EXPECT_EQ(body[QStringLiteral("from")].toString(), QStringLiteral("ACME"));
    EXPECT_TRUE(body[QStringLiteral("text")].toString().contains(QStringLiteral("€500.00 is overdue on account C1")))
        << qPrintable(body[QStringLiteral("text")].toString());
    EXPECT_EQ(count("SELECT count(*) FROM activities WHERE kind = 'sms' AND customer_id = 'C1'"), 1);
}

// The strategy names the level at fault, whether it comes from the editor or from JSON.
TEST(DunningStrategyTest, ValidationNamesTheLevelAtFault)
{
    using collections::DunningStrategy;
    EXPECT_TRUE(DunningStrategy::standard().validate().ok());
    DunningStrategy strategy = DunningStrategy::standard();
    strategy.levels[2].minDaysPastDue = 3;
    ASSERT_FALSE(strategy.validate().ok());
    EXPECT_TRUE(strategy.validate().error().detail.contains(QStringLiteral("Second notice")));
    strategy = DunningStrategy::standard();
    strategy.levels[0].maxDaysPastDue = -5;
    EXPECT_TRUE(strategy.validate().error().detail.contains(QStringLiteral("Friendly reminder")));
    strategy = DunningStrategy::standard();
    strategy.levels[1].templateKey.clear();
    EXPECT_TRUE(strategy.validate().error().detail.contains(QStringLiteral("First notice")));
    strategy.levels.clear();
    EXPECT_FALSE(strategy.validate().ok());
    EXPECT_FALSE(DunningStrategy::fromJson(QJsonObject()).ok());
    auto again = DunningStrategy::fromJson(DunningStrategy::standard().toJson());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->levels.size(), 4);
}
