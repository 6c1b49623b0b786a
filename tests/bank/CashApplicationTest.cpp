// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CashApplication.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "services/NoJobControl.h"
#include "services/WriteOffs.h"
#include "storage/BankStatementRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;
using services::CashApplication;
using MatchStatus = storage::BankLineRepository::MatchStatus;

namespace {

const QString NordlichtIban = QStringLiteral("DE44500105175407324931");

class CashApplicationTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        addCustomer("C1", "Brightwater Foods GmbH");
        addCustomer("C2", "Nordlicht Handel KG");
        addInvoice("C1", "RE-2026-0001", "2026-10-01", "500.00");
        addInvoice("C1", "RE-2026-0002", "2026-10-03", "1000.00");
        addInvoice("C2", "RE-2026-0003", "2026-10-05", "250.00");
        addInvoice("C2", "RE-2026-0004", "2026-10-06", "80.00");
    }

    void addCustomer(const char *id, const char *name)
    {
        Customer customer;
        customer.id = QString::fromLatin1(id);
        customer.name = QString::fromUtf8(name);
        customer.currency = currency("EUR");
        customer.creditLimit = Money::zero(customer.currency);
        customer.terms = PaymentTerms::net(30);
        ASSERT_TRUE(storage::CustomerRepository(ws.db()).save(customer).ok());
    }

    void addInvoice(const char *customer, const char *number, const char *issued, const char *total)
    {
        Invoice invoice;
        invoice.number = QString::fromLatin1(number);
        invoice.customerId = QString::fromLatin1(customer);
        invoice.invoiceDate = QDate::fromString(QString::fromLatin1(issued), Qt::ISODate);
        invoice.terms = QStringLiteral("NET30");
        invoice.dueDate = invoice.invoiceDate.addDays(30);
        invoice.total = money(total, "EUR");
        ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(invoice).ok());
    }

    static bank::BankTransaction credit(
        const char *reference, const char *amount, const char *text, const char *payer = "", const QString &iban = {})
    {
        bank::BankTransaction line;
        line.entryReference = QString::fromLatin1(reference);
        line.bookingDate = QDate(2026, 11, 23);
        line.valueDate = line.bookingDate;
        line.amount = money(amount, "EUR");
        line.remittance = QString::fromUtf8(text);
        line.counterpartyName = QString::fromUtf8(payer);
        line.counterpartyIban = iban;
        return line;
    }

    void importStatement(const char *id, const QList<bank::BankTransaction> &lines)
    {
        bank::BankStatement statement;
        statement.format = QStringLiteral("camt.053");
        statement.statementId = QString::fromLatin1(id);
        statement.accountIban = QStringLiteral("DE02120300000000202051");
        statement.currency = QStringLiteral("EUR");
        statement.transactions = lines;
        ASSERT_TRUE(storage::inTransaction(ws.db(), [&]() -> Status {
            auto stored = storage::BankStatementRepository(ws.db(), clock)
                              .store(statement, QStringLiteral("test.xml"), QStringLiteral("2026-11-24T08:00:00"));
            return stored ? success() : Status(stored.error());
        }).ok());
    }

    QList<CashApplication::Line> run(bool post = true)
    {
        services::NoJobControl control;
        auto lines = application.run({ CashApplication::DefaultThreshold, post }, control);
        EXPECT_TRUE(lines.ok()) << (lines ? "" : lines.error().detail.toStdString());
        return lines ? *lines : QList<CashApplication::Line> {};
    }

    static const CashApplication::Line &byReference(const QList<CashApplication::Line> &lines, const char *reference)
    {
        return *std::find_if(lines.cbegin(), lines.cend(),
            [&](const CashApplication::Line &line) { return line.bank.entryReference == QLatin1String(reference); });
    }

    QString open(const char *number)
    {
        auto summary = storage::InvoiceRepository(ws.db()).summaryByNumber(QString::fromLatin1(number));
        return summary.ok() && summary->has_value() ? (*summary)->open.toDecimalString() : QStringLiteral("?");
    }

    /// The customer a learned payer link names, empty when there is none.
    QString linkedCustomer(const QString &id)
    {
        auto query = ws.db().prepare(QStringLiteral("SELECT customer_id FROM payer_links WHERE id = ?1"));
        EXPECT_TRUE(query.ok());
        query->bind(1, id);
        auto found = query->next();
        return found.ok() && *found ? query->text(0) : QString();
    }

    qint64 payments()
    {
        return *ws.db().scalar(QStringLiteral("SELECT count(*) FROM payments WHERE reversed_day IS NULL"));
    }

    TestWorkspace ws;
    FixedClock clock { QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC) };
    CashApplication application { ws.db(), clock, QStringLiteral("anna") };
};

} // namespace

TEST_F(CashApplicationTest, SureMatchesArePostedAndTheRestWaitWithTheirReasons)
{
    importStatement("S1",
        { credit("E1", "500.00", "Rechnung RE-2026-0001"), credit("E2", "300.00", "RE-2026-0002 Teilzahlung"),
            credit("E3", "250.00", "Zahlung", "NORDLICHT HANDEL", NordlichtIban),
            credit("E4", "12.34", "Zinsen 3. Quartal", "Sparkasse"), credit("E5", "-99.00", "Gebuehren") });

    const auto dryRun = run(false);
    EXPECT_EQ(byReference(dryRun, "E1").status, MatchStatus::Matched);
    EXPECT_EQ(payments(), 0) << "a dry run writes nothing";
    EXPECT_EQ(open("RE-2026-0001"), QStringLiteral("500.00"));

    const auto lines = run();
    ASSERT_EQ(lines.size(), 4) << "credits only: the debit is no payment";
    const auto &exact = byReference(lines, "E1");
    EXPECT_EQ(exact.status, MatchStatus::Matched);
    EXPECT_FALSE(exact.paymentId.isEmpty());
    EXPECT_EQ(byReference(lines, "E2").status, MatchStatus::Matched) << "a partial payment of a named invoice";
    const auto &byName = byReference(lines, "E3");
    EXPECT_EQ(byName.status, MatchStatus::Suggested) << "no reference: a person confirms";
    EXPECT_EQ(byName.customerId, QStringLiteral("C2"));
    EXPECT_TRUE(byName.proposals.first().reasons.join(u'\n').contains(QStringLiteral("alike")));
    EXPECT_EQ(byReference(lines, "E4").status, MatchStatus::Unmatched);

    EXPECT_EQ(open("RE-2026-0001"), QStringLiteral("0.00"));
    EXPECT_EQ(open("RE-2026-0002"), QStringLiteral("700.00"));
    EXPECT_EQ(open("RE-2026-0003"), QStringLiteral("250.00"));
    EXPECT_EQ(payments(), 2);

    const auto again = run();
    EXPECT_EQ(again.size(), 2) << "posted lines are not matched twice";
    EXPECT_EQ(payments(), 2);
}

TEST_F(CashApplicationTest, UndoingAPostedMatchOpensTheInvoicesAgainExactly)
{
    importStatement("S1", { credit("E1", "1000.00", "RE-2026-0002"), credit("E2", "600.00", "RE-2026-0001") });
    const auto lines = run();
    ASSERT_EQ(byReference(lines, "E2").status, MatchStatus::Matched);
    EXPECT_EQ(open("RE-2026-0001"), QStringLiteral("0.00"));
    const QString paymentId = byReference(lines, "E2").paymentId;
    storage::PaymentRepository paymentRepository(ws.db());
    EXPECT_EQ(
        paymentRepository.unapplied(**paymentRepository.find(paymentId))->toDecimalString(), QStringLiteral("100.00"))
        << "the overpayment is unapplied cash";

    ASSERT_TRUE(application.undo(byReference(lines, "E2").id).ok());
    EXPECT_EQ(open("RE-2026-0001"), QStringLiteral("500.00"));
    EXPECT_EQ(open("RE-2026-0002"), QStringLiteral("0.00")) << "the other match stands";
    EXPECT_EQ(payments(), 1);
    auto line = *storage::BankLineRepository(ws.db(), clock).find(byReference(lines, "E2").id);
    EXPECT_EQ(line->status, MatchStatus::Suggested) << "back in the queue, its proposal kept";
    EXPECT_TRUE(line->paymentId.isEmpty());
    EXPECT_FALSE(application.undo(line->id).ok()) << "nothing left to undo";

    // Posted again, by a person, the same way.
    ASSERT_TRUE(application.post(line->id, line->proposals.first()).ok());
    EXPECT_EQ(open("RE-2026-0001"), QStringLiteral("0.00"));
    EXPECT_FALSE(application.post(line->id, line->proposals.first()).ok()) << "posted once only";
}

TEST_F(CashApplicationTest, APersonsMatchTeachesWhoPaysFromWhere)
{
    importStatement("S1", { credit("E1", "330.00", "Sammelzahlung", "N. Handel", NordlichtIban) });
    auto lines = run();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_NE(lines[0].status, MatchStatus::Matched) << "nothing tells who N. Handel is";

    // The collector knows: Nordlicht, both invoices.
    cash::MatchProposal chosen;
    chosen.customerId = QStringLiteral("C2");
    chosen.plan.unapplied = money("0.00", "EUR");
    chosen.plan.discounts = money("0.00", "EUR");
    chosen.plan.lines = { { QStringLiteral("RE-2026-0003"), money("250.00", "EUR"), money("0.00", "EUR"),
                              money("0.00", "EUR"), true },
        { QStringLiteral("RE-2026-0004"), money("80.00", "EUR"), money("0.00", "EUR"), money("0.00", "EUR"), true } };
    ASSERT_TRUE(application.post(lines[0].id, chosen).ok());
    EXPECT_EQ(open("RE-2026-0003"), QStringLiteral("0.00"));
    EXPECT_EQ(linkedCustomer(QStringLiteral("account:") + NordlichtIban), QStringLiteral("C2"));
    EXPECT_EQ(linkedCustomer(QStringLiteral("name:N HANDEL")), QStringLiteral("C2"));

    // Next month the same account pays a new invoice with no word about it: known now.
    addInvoice("C2", "RE-2026-0005", "2026-11-01", "99.90");
    importStatement("S2", { credit("E9", "99.90", "Zahlung", "N. Handel", NordlichtIban) });
    lines = run();
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].status, MatchStatus::Matched);
    EXPECT_EQ(lines[0].customerId, QStringLiteral("C2"));
    EXPECT_TRUE(lines[0].proposals.first().reasons.join(u'\n').contains(NordlichtIban));

    // Undoing the lesson's match forgets it (E9 confirmed the account again, but it taught nothing new).
    auto taught = *storage::BankLineRepository(ws.db(), clock).credits({ MatchStatus::Matched });
    const auto first = std::find_if(taught.cbegin(), taught.cend(),
        [](const CashApplication::Line &line) { return line.bank.entryReference == QLatin1String("E1"); });
    ASSERT_NE(first, taught.cend());
    EXPECT_EQ(first->matchedBy, QStringLiteral("anna"));
    ASSERT_TRUE(application.undo(first->id).ok());
    EXPECT_TRUE(linkedCustomer(QStringLiteral("account:") + NordlichtIban).isEmpty());
}

TEST_F(CashApplicationTest, ADismissedLineLeavesTheQueueUntilRestored)
{
    importStatement("S1", { credit("E1", "12.34", "Zinsen", "Sparkasse") });
    const auto lines = run();
    ASSERT_TRUE(application.dismiss(lines[0].id).ok());
    EXPECT_TRUE(run().isEmpty());
    ASSERT_TRUE(application.restore(lines[0].id).ok());
    EXPECT_EQ(run().size(), 1);
}

TEST_F(CashApplicationTest, AShortPaymentsRestIsWrittenOffWithinTheLimitAndSuchAMatchIsNotUndone)
{
    ASSERT_TRUE(
        services::WriteOffs(ws.db(), clock, QStringLiteral("carla")).setApprovalLimit(money("1.00", "EUR")).ok());
    importStatement("S1", { credit("E1", "249.50", "Zahlung", "Nordlicht Handel") });
    const auto lines = run();
    ASSERT_EQ(lines.size(), 1);
    cash::MatchProposal chosen;
    chosen.customerId = QStringLiteral("C2");
    chosen.plan.unapplied = money("0.00", "EUR");
    chosen.plan.discounts = money("0.00", "EUR");
    chosen.plan.lines = { { QStringLiteral("RE-2026-0003"), money("249.50", "EUR"), money("0.00", "EUR"),
        money("0.00", "EUR"), false } };
    auto posted = application.post(lines[0].id, chosen, true);
    ASSERT_TRUE(posted.ok()) << posted.error().detail.toStdString();
    ASSERT_EQ(posted->writeOffs.size(), 1);
    EXPECT_EQ(posted->writeOffs[0].status, WriteOff::Status::Approved) << "0.50 is within the team's limit";
    EXPECT_EQ(open("RE-2026-0003"), QStringLiteral("0.00"));

    const Status undone = application.undo(lines[0].id);
    ASSERT_FALSE(undone.ok()) << "a write-off is not taken back";
    EXPECT_TRUE(undone.error().detail.contains(posted->writeOffs[0].id)) << undone.error().detail.toStdString();
    EXPECT_EQ(open("RE-2026-0003"), QStringLiteral("0.00")) << "nothing half undone";
}
