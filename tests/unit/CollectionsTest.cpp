// SPDX-License-Identifier: GPL-3.0-or-later
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "collections/WorklistScorer.h"
#include "services/CollectionsLog.h"
#include "services/Worklist.h"
#include "services/WorklistText.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/OpenItemsQuery.h"
#include "storage/PaymentRepository.h"
#include "storage/PromiseRepository.h"
#include "storage/TaskRepository.h"
#include "sync/Outbox.h"

#include <QJsonDocument>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using collections::CallOutcome;
using collections::PromiseStatus;
using collections::WorklistEntry;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

class CollectionsTest : public ::testing::Test {
protected:
    void addCustomer(const char *id, const char *collector, const char *risk = "A", const char *segment = "")
    {
        Customer c;
        c.id = QString::fromLatin1(id);
        c.name = QStringLiteral("Customer ") + c.id;
        c.currency = currency("EUR");
        c.creditLimit = Money::zero(c.currency);
        c.collector = QString::fromLatin1(collector);
        c.riskClass = QString::fromLatin1(risk);
        c.segment = QString::fromLatin1(segment);
        c.contacts << Contact { QStringLiteral("Pat"), QStringLiteral("AP"), QStringLiteral("ap@example.com"),
            QStringLiteral("+49 30 1234") };
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(c).ok());
    }

    void addInvoice(const char *number, const char *customer, const char *due, const char *total)
    {
        Invoice invoice;
        invoice.number = QString::fromLatin1(number);
        invoice.customerId = QString::fromLatin1(customer);
        invoice.dueDate = d(due);
        invoice.invoiceDate = invoice.dueDate.addDays(-30);
        invoice.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    void pay(const char *id, const char *customer, const char *date, const char *amount, const char *invoice)
    {
        storage::PaymentRepository payments(ws.db());
        Payment payment { QString::fromLatin1(id), QString::fromLatin1(customer), d(date), money(amount, "EUR"), {}, {},
            {} };
        ASSERT_TRUE(payments.insert(payment).ok());
        if (invoice) {
            ASSERT_TRUE(
                payments
                    .allocate(Allocation { payment.id, {}, QString::fromLatin1(invoice), payment.amount, payment.date })
                    .ok());
        }
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).refreshSettlement().ok());
        ASSERT_TRUE(payments.refreshApplication().ok());
    }

    void dispute(const char *invoice, const char *customer, const char *amount, const char *opened)
    {
        static int next = 0;
        ASSERT_TRUE(sync::Outbox(ws.db(), clock)
                        .insert(QStringLiteral("disputes"), QStringLiteral("d-%1").arg(++next),
                            { { QStringLiteral("invoice_number"), QString::fromLatin1(invoice) },
                                { QStringLiteral("customer_id"), QString::fromLatin1(customer) },
                                { QStringLiteral("amount_minor"), QString::number(money(amount, "EUR").minorUnits()) },
                                { QStringLiteral("reason"), QStringLiteral("pricing") },
                                { QStringLiteral("status"), QStringLiteral("investigating") },
                                { QStringLiteral("opened_date"), QString::fromLatin1(opened) } })
                        .ok());
    }

    PromiseStatus statusOf(const QString &promiseId, const char *day)
    {
        storage::PromiseRepository promises(ws.db());
        auto promise = promises.find(promiseId);
        EXPECT_TRUE(promise.ok() && promise->has_value());
        auto paid = promises.paidTowards(**promise, d(day));
        EXPECT_TRUE(paid.ok());
        return (*promise)->statusOn(d(day), *paid);
    }

    QList<WorklistEntry> worklist(const char *collector, const char *day)
    {
        auto entries = services::Worklist(ws.db(), clock).build(QString::fromLatin1(collector), d(day));
        EXPECT_TRUE(entries.ok()) << (entries.ok() ? "" : qPrintable(entries.error().detail));
        return entries.ok() ? *entries : QList<WorklistEntry>();
    }

    static const WorklistEntry *entryFor(const QList<WorklistEntry> &entries, const char *customer)
    {
        for (const WorklistEntry &entry : entries) {
            if (entry.customerId == QLatin1String(customer))
                return &entry;
        }
        return nullptr;
    }

    TestWorkspace ws;
    FixedClock clock { at("2026-11-10T09:00:00Z") };
    services::CollectionsLog log { ws.db(), clock, QStringLiteral("anna") };
    const services::WorklistText text { QLocale(QLocale::English, QLocale::Ireland) };
};

TEST_F(CollectionsTest, APromiseIsKeptWhenPaymentsCoverItByItsDate)
{
    addCustomer("C1", "anna");
    addInvoice("I1", "C1", "2026-10-01", "1000.00");
    auto promise = log.recordPromise(
        QStringLiteral("C1"), money("1000.00", "EUR"), d("2026-11-14"), { QStringLiteral("I1") }, {});
    ASSERT_TRUE(promise.ok()) << qPrintable(promise.error().detail);
    EXPECT_EQ(statusOf(*promise, "2026-11-10"), PromiseStatus::Open);
    pay("P1", "C1", "2026-11-13", "1000.00", "I1");
    EXPECT_EQ(statusOf(*promise, "2026-11-13"), PromiseStatus::Kept);
    EXPECT_EQ(statusOf(*promise, "2026-11-30"), PromiseStatus::Kept);
}

TEST_F(CollectionsTest, APromiseBreaksTheDayAfterItsDateAndIsPartialWhenPartlyPaid)
{
    addCustomer("C1", "anna");
    addInvoice("I1", "C1", "2026-10-01", "1000.00");
    addInvoice("I2", "C1", "2026-10-01", "300.00");
    // Paid before the promise was made: does not count towards it.
    pay("P0", "C1", "2026-11-09", "100.00", "I1");
    auto broken = log.recordPromise(
        QStringLiteral("C1"), money("900.00", "EUR"), d("2026-11-14"), { QStringLiteral("I1") }, {});
    ASSERT_TRUE(broken.ok());
    EXPECT_EQ(statusOf(*broken, "2026-11-14"), PromiseStatus::Open) << "the customer has all of the promised day";
    EXPECT_EQ(statusOf(*broken, "2026-11-15"), PromiseStatus::Broken);

    auto partial = log.recordPromise(
        QStringLiteral("C1"), money("300.00", "EUR"), d("2026-11-20"), { QStringLiteral("I2") }, {});
    ASSERT_TRUE(partial.ok());
    pay("P1", "C1", "2026-11-18", "120.00", "I2");
    EXPECT_EQ(statusOf(*partial, "2026-11-19"), PromiseStatus::Open);
    EXPECT_EQ(statusOf(*partial, "2026-11-21"), PromiseStatus::Partial);
    // A payment on another invoice does not keep a promise made for I2.
    EXPECT_EQ(statusOf(*broken, "2026-11-21"), PromiseStatus::Broken);
    // Paid late, after the promised day: the promise stays partial.
    pay("P2", "C1", "2026-11-25", "180.00", "I2");
    EXPECT_EQ(statusOf(*partial, "2026-11-26"), PromiseStatus::Partial);

    ASSERT_TRUE(log.cancelPromise(*broken).ok());
    EXPECT_EQ(statusOf(*broken, "2026-11-21"), PromiseStatus::Cancelled);
}

TEST_F(CollectionsTest, APromiseForTheAccountCountsAnyPaymentAndIsCheckedOnEntry)
{
    addCustomer("C1", "anna");
    addCustomer("C2", "ben");
    addInvoice("I1", "C1", "2026-10-01", "1000.00");
    addInvoice("I9", "C2", "2026-10-01", "1000.00");
    auto promise = log.recordPromise(QStringLiteral("C1"), money("500.00", "EUR"), d("2026-11-12"), {}, {});
    ASSERT_TRUE(promise.ok());
    pay("P1", "C1", "2026-11-11", "500.00", nullptr);
    EXPECT_EQ(statusOf(*promise, "2026-11-13"), PromiseStatus::Kept);

    EXPECT_EQ(log.recordPromise(QStringLiteral("C1"), money("0.00", "EUR"), d("2026-11-12"), {}, {}).error().code,
        ErrorCode::InvalidInput);
    EXPECT_EQ(log.recordPromise(QStringLiteral("C1"), money("5.00", "EUR"), d("2026-11-09"), {}, {}).error().code,
        ErrorCode::InvalidInput)
        << "a promise for yesterday";
    EXPECT_EQ(log.recordPromise(QStringLiteral("C1"), money("5.00", "USD"), d("2026-11-12"), {}, {}).error().code,
        ErrorCode::InvalidInput)
        << "not the customer's currency";
    EXPECT_EQ(
        log.recordPromise(QStringLiteral("C1"), money("5.00", "EUR"), d("2026-11-12"), { QStringLiteral("I9") }, {})
            .error()
            .code,
        ErrorCode::InvalidInput)
        << "another customer's invoice";
}

TEST_F(CollectionsTest, CallsNotesAndTasksMakeOneTimelineAndQueueForTheServer)
{
    addCustomer("C1", "anna");
    ASSERT_TRUE(log.logCall(QStringLiteral("C1"), CallOutcome::Voicemail, QStringLiteral("+49 30 1234"),
                       QStringLiteral("Left a message"), d("2026-11-12"))
                    .ok());
    clock.set(at("2026-11-10T10:30:00Z"));
    ASSERT_TRUE(log.addNote(QStringLiteral("C1"), QStringLiteral("Remittance expected by mail")).ok());
    EXPECT_EQ(log.addNote(QStringLiteral("C1"), QStringLiteral("  ")).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(log.logCall(QStringLiteral("C9"), CallOutcome::Reached, {}, {}).error().code, ErrorCode::NotFound);

    auto activities = storage::ActivityRepository(ws.db()).ofCustomer(QStringLiteral("C1"));
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 2);
    EXPECT_EQ(activities->at(0).kind, collections::ActivityKind::Note) << "newest first";
    EXPECT_EQ(activities->at(1).outcome, CallOutcome::Voicemail);
    EXPECT_EQ(activities->at(1).author, QStringLiteral("anna"));
    EXPECT_EQ(activities->at(1).occurredAt, at("2026-11-10T09:00:00Z"));

    auto tasks = storage::TaskRepository(ws.db()).ofCustomer(QStringLiteral("C1"));
    ASSERT_TRUE(tasks.ok());
    ASSERT_EQ(tasks->size(), 1);
    EXPECT_EQ(tasks->at(0).title, QStringLiteral("Left a message"));
    EXPECT_EQ(tasks->at(0).dueOn, d("2026-11-12"));
    ASSERT_TRUE(log.completeTask(tasks->at(0).id).ok());
    EXPECT_FALSE(storage::TaskRepository(ws.db()).ofCustomer(QStringLiteral("C1"))->at(0).isOpen());

    auto queued = sync::Outbox(ws.db(), clock).pending(10);
    ASSERT_TRUE(queued.ok());
    QStringList tables;
    for (const sync::OutboxEntry &entry : *queued)
        tables << entry.table;
    EXPECT_EQ(tables, (QStringList { "activities", "tasks", "activities", "tasks" }));
}

// A crafted portfolio: the list's order and every reason are as a collector would expect.
// A payment holiday moves the due dates, so the invoices drop out of the overdue figures and
// dunning until then, and says why on the timeline.
TEST_F(CollectionsTest, APaymentHolidayMovesTheDueDatesAndIsOnTheTimeline)
{
    addCustomer("C1", "anna");
    addCustomer("C2", "ben");
    addInvoice("R-1", "C1", "2026-10-01", "100.00");
    addInvoice("R-2", "C1", "2026-10-15", "200.00");
    addInvoice("R-9", "C2", "2026-10-15", "50.00");
    const QStringList both { QStringLiteral("R-1"), QStringLiteral("R-2") };
    const QString why = QStringLiteral("Plant closed after a flood");
    EXPECT_FALSE(log.grantPaymentHoliday(QStringLiteral("C1"), both, d("2026-11-10"), why).ok()) << "ends today";
    EXPECT_FALSE(log.grantPaymentHoliday(QStringLiteral("C1"), both, d("2027-01-15"), QStringLiteral(" ")).ok());
    auto foreign = log.grantPaymentHoliday(
        QStringLiteral("C1"), { QStringLiteral("R-1"), QStringLiteral("R-9") }, d("2027-01-15"), why);
    ASSERT_FALSE(foreign.ok());
    EXPECT_TRUE(foreign.error().detail.contains(QStringLiteral("R-9")));
    EXPECT_EQ(*sync::Outbox(ws.db(), clock).count(), 0) << "refused whole";

    ASSERT_TRUE(log.grantPaymentHoliday(QStringLiteral("C1"), both, d("2027-01-15"), why).ok());
    for (const QString &number : both)
        EXPECT_EQ((*storage::InvoiceRepository(ws.db()).findByNumber(number))->dueDate, d("2027-01-15"));
    EXPECT_EQ(*sync::Outbox(ws.db(), clock).count(), 3) << "both invoices and the note go to the server";
    auto activities = storage::ActivityRepository(ws.db()).ofCustomer(QStringLiteral("C1"));
    ASSERT_TRUE(activities.ok());
    ASSERT_EQ(activities->size(), 1);
    EXPECT_TRUE(activities->at(0).note.contains(QStringLiteral("2027-01-15")));
    EXPECT_TRUE(activities->at(0).note.contains(why));
    auto overdue = storage::OpenItemsQuery(ws.db()).run(QStringLiteral("C1"), d("2026-11-10"));
    ASSERT_TRUE(overdue.ok());
    for (const InvoiceSummary &item : std::as_const(*overdue))
        EXPECT_GT(item.dueDate, d("2026-11-10")) << qPrintable(item.number);
    EXPECT_FALSE(log.grantPaymentHoliday(QStringLiteral("C1"), both, d("2027-01-01"), why).ok())
        << "not before the due date they have now";
}

TEST_F(CollectionsTest, TheWorklistRanksAccountsAndSaysWhy)
{
    for (const char *id : { "BIG", "SMALL", "DUE", "DISP", "WAITS", "TWIN", "TASK" })
        addCustomer(id, "anna");
    addCustomer("OTHER", "ben");
    // BIG: €48,200 over 60 days, a broken promise, last called 21 days ago.
    addInvoice("B1", "BIG", "2026-09-15", "48200.00");
    addInvoice("B2", "BIG", "2026-12-01", "1000.00");
    auto promise = log.recordPromise(QStringLiteral("BIG"), money("5000.00", "EUR"), d("2026-11-12"), {}, {});
    ASSERT_TRUE(promise.ok());
    // SMALL: under the minimum of €100.
    addInvoice("S1", "SMALL", "2026-11-01", "50.00");
    // DUE: small, but promised for today.
    addInvoice("D1", "DUE", "2026-11-01", "60.00");
    ASSERT_TRUE(log.recordPromise(QStringLiteral("DUE"), money("60.00", "EUR"), d("2026-12-01"), {}, {}).ok());
    // DISP: €10,000 overdue, €4,000 of it disputed.
    addInvoice("X1", "DISP", "2026-10-20", "10000.00");
    dispute("X1", "DISP", "4000.00", "2026-11-01");
    // WAITS and TWIN owe the same; WAITS has promised to pay next week.
    addInvoice("W1", "WAITS", "2026-10-20", "3000.00");
    addInvoice("T1", "TWIN", "2026-10-20", "3000.00");
    // TASK: owes nothing overdue but has a follow-up due.
    addInvoice("K1", "TASK", "2026-12-20", "700.00");
    ASSERT_TRUE(log.addTask(QStringLiteral("TASK"), QStringLiteral("Send the signed contract"), d("2026-11-30")).ok());
    addInvoice("O1", "OTHER", "2026-09-01", "99000.00");

    clock.set(at("2026-11-10T09:00:00Z"));
    ASSERT_TRUE(log.logCall(QStringLiteral("BIG"), CallOutcome::Promised, {}, {}).ok());
    clock.set(at("2026-11-24T08:00:00Z"));
    ASSERT_TRUE(log.recordPromise(QStringLiteral("WAITS"), money("3000.00", "EUR"), d("2026-12-05"), {}, {}).ok());
    ASSERT_TRUE(log.markDone(QStringLiteral("WAITS"), false).ok());
    clock.set(at("2026-12-01T08:00:00Z"));

    const QList<WorklistEntry> entries = worklist("anna", "2026-12-01");
    QStringList order;
    for (const WorklistEntry &entry : entries)
        order << entry.customerId;
    EXPECT_FALSE(order.contains(QStringLiteral("SMALL"))) << "under the minimum";
    EXPECT_FALSE(order.contains(QStringLiteral("OTHER"))) << "ben's";
    ASSERT_EQ(order.value(0), QStringLiteral("BIG"));
    EXPECT_LT(order.indexOf(QStringLiteral("TWIN")), order.indexOf(QStringLiteral("WAITS")))
        << "a promise not yet due lowers the account";

    const WorklistEntry *big = entryFor(entries, "BIG");
    EXPECT_EQ(big->collectible, money("48200.00", "EUR"));
    EXPECT_EQ(big->channel, collections::ContactChannel::Call);
    const QStringList bigReasons = text.reasons(*big);
    EXPECT_EQ(bigReasons.value(0), QStringLiteral("€48,200.00 over 60 days")) << qPrintable(bigReasons.join(" | "));
    EXPECT_TRUE(bigReasons.contains(QStringLiteral("no contact for 21 days"))) << qPrintable(bigReasons.join(" | "));
    EXPECT_TRUE(bigReasons.contains(QStringLiteral("promise of 12/11/2026 broken")))
        << qPrintable(bigReasons.join(" | "));
    EXPECT_TRUE(bigReasons.contains(QStringLiteral("€49,200.00 open in all")));

    const WorklistEntry *due = entryFor(entries, "DUE");
    ASSERT_NE(due, nullptr) << "promised for today, though under the minimum";
    EXPECT_TRUE(text.reasons(*due).contains(QStringLiteral("promise of €60.00 due today")));

    const WorklistEntry *disputed = entryFor(entries, "DISP");
    ASSERT_NE(disputed, nullptr);
    EXPECT_EQ(disputed->collectible, money("6000.00", "EUR"));
    EXPECT_EQ(text.reasons(*disputed).last(), QStringLiteral("€4,000.00 disputed, not collectible"));

    EXPECT_TRUE(
        text.reasons(*entryFor(entries, "WAITS")).contains(QStringLiteral("€3,000.00 promised for 05/12/2026")));
    EXPECT_TRUE(text.reasons(*entryFor(entries, "TASK"))
                    .contains(QStringLiteral("follow-up due 30/11/2026: Send the signed contract")));
    for (int i = 0; i < entries.size(); ++i)
        EXPECT_EQ(entries[i].rank, i + 1);
}

TEST_F(CollectionsTest, WorkingAnAccountMarksItDoneForTheDayAndPaymentsTakeItOff)
{
    addCustomer("C1", "anna");
    addCustomer("C2", "anna");
    addInvoice("I1", "C1", "2026-10-01", "1000.00");
    addInvoice("I2", "C2", "2026-10-01", "2000.00");
    clock.set(at("2026-11-23T09:00:00Z"));
    ASSERT_TRUE(log.logCall(QStringLiteral("C2"), CallOutcome::Reached, {}, QStringLiteral("pays today")).ok());
    auto entries = worklist("anna", "2026-11-23");
    ASSERT_EQ(entries.size(), 2);
    EXPECT_TRUE(entryFor(entries, "C2")->done);
    EXPECT_FALSE(entryFor(entries, "C1")->done);
    EXPECT_FALSE(worklist("anna", "2026-11-24").at(0).done) << "done for the day only";

    pay("P1", "C1", "2026-11-23", "1000.00", "I1");
    entries = worklist("anna", "2026-11-23");
    EXPECT_EQ(entryFor(entries, "C1"), nullptr) << "paid in full";
    EXPECT_NE(entryFor(worklist("anna", "2026-11-22"), "C1"), nullptr) << "as of the day before, still owed";
}

TEST_F(CollectionsTest, TheStrategyWeighsSegmentsAndSurvivesTheWorkspace)
{
    addCustomer("C1", "anna", "A", "enterprise");
    addCustomer("C2", "anna", "A", "smb");
    addInvoice("I1", "C1", "2026-10-01", "1000.00");
    addInvoice("I2", "C2", "2026-10-01", "1000.00");
    services::Worklist worklist(ws.db(), clock);
    collections::WorklistStrategy strategy;
    strategy.segmentPercent.insert(QStringLiteral("smb"), 0);
    strategy.segmentPercent.insert(QStringLiteral("enterprise"), 150);
    ASSERT_TRUE(worklist.saveStrategy(strategy).ok());
    auto saved = worklist.strategy();
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->toJson(), strategy.toJson());
    auto entries = this->worklist("anna", "2026-11-23");
    ASSERT_EQ(entries.size(), 1);
    EXPECT_EQ(entries[0].customerId, QStringLiteral("C1"));

    auto bad
        = collections::WorklistStrategy::fromJson(QJsonDocument::fromJson(R"({"weights": {"overdue": -1}})").object());
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error().detail.contains(QStringLiteral("overdue")));
}

} // namespace

TEST_F(CollectionsTest, AnInstallmentPlanIsAPromisePerInstallmentAndMovesTheDueDate)
{
    addCustomer("C1", "anna");
    addInvoice("R-1", "C1", "2026-10-01", "100.00");
    EXPECT_FALSE(log.agreeInstallmentPlan(QStringLiteral("R-1"), 3, d("2026-12-01"), 30, QStringLiteral(" ")).ok());
    EXPECT_FALSE(log.agreeInstallmentPlan(QStringLiteral("R-1"), 1, d("2026-12-01"), 30, QStringLiteral("x")).ok());
    auto plan = log.agreeInstallmentPlan(QStringLiteral("R-1"), 3, d("2026-12-01"), 30, QStringLiteral("Cash flow"));
    ASSERT_TRUE(plan.ok()) << qPrintable(plan.error().detail);
    ASSERT_EQ(plan->size(), 3);
    EXPECT_EQ((*storage::InvoiceRepository(ws.db()).findByNumber(QStringLiteral("R-1")))->dueDate, d("2027-01-30"))
        << "dunning and interest wait for the last installment";
    storage::PromiseRepository promises(ws.db());
    QList<Money> amounts;
    for (const QString &id : std::as_const(*plan))
        amounts << (*promises.find(id))->amount;
    EXPECT_EQ(amounts, (QList<Money> { money("33.34", "EUR"), money("66.67", "EUR"), money("100.00", "EUR") }))
        << "what is paid in all by each day, the cents exact";

    pay("P-1", "C1", "2026-11-28", "33.34", "R-1");
    EXPECT_EQ(statusOf(plan->at(0), "2026-12-02"), PromiseStatus::Kept);
    EXPECT_EQ(statusOf(plan->at(1), "2027-01-01"), PromiseStatus::Partial)
        << "the second installment was missed: only the first was paid by its day";
}
