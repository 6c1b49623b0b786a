// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeamFixture.h"
#include "services/CashApplication.h"
#include "storage/BankStatementRepository.h"

using namespace cc;
using namespace cc::test;
using services::CashApplication;
using MatchStatus = CashApplication::MatchStatus;

namespace {

const QString CustomerIban = QStringLiteral("DE89370400440532013000");

/// The team's bank statement of 23 November: C1 pays what is open on I-C1 (69.00), and interest.
bank::BankStatement statement()
{
    bank::BankStatement statement;
    statement.format = QStringLiteral("camt.053");
    statement.statementId = QStringLiteral("2026-11-23");
    statement.accountIban = QStringLiteral("DE02120300000000202051");
    statement.currency = QStringLiteral("EUR");
    for (const auto &[reference, amount, text] :
        { std::tuple { "E1", "69.00", "Rechnung I-C1" }, std::tuple { "E2", "12.34", "Zinsen" } }) {
        bank::BankTransaction line;
        line.entryReference = QString::fromLatin1(reference);
        line.bookingDate = QDate(2026, 11, 23);
        line.amount = money(amount, "EUR");
        line.remittance = QString::fromLatin1(text);
        line.counterpartyIban = CustomerIban;
        statement.transactions << line;
    }
    return statement;
}

void import(TestDesktop &desktop, const QString &importedAt = QStringLiteral("2026-11-23T09:00:00Z"))
{
    ASSERT_TRUE(storage::inTransaction(desktop.workspace.db(), [&]() -> Status {
        auto stored = storage::BankStatementRepository(desktop.workspace.db(), desktop.clock)
                          .store(statement(), QStringLiteral("camt.xml"), importedAt);
        return stored ? success() : Status(stored.error());
    }).ok());
}

QList<CashApplication::Line> match(TestDesktop &desktop, const QString &user)
{
    services::NoJobControl control;
    auto lines = CashApplication(desktop.workspace.db(), desktop.clock, user).run({}, control);
    EXPECT_TRUE(lines.ok()) << qPrintable(lines.error().detail);
    return lines ? *lines : QList<CashApplication::Line> {};
}

} // namespace

class CashApplicationSyncTest : public TeamFixture { };

// Both desktops import the morning's statement: the team has its lines once. Both match it
// before syncing: the line becomes one payment; the second desktop's posting is refused.
TEST_F(CashApplicationSyncTest, OneStatementImportedTwiceIsOneAndALineIsPostedOnce)
{
    auto anna = desktop(m_anna);
    auto carla = desktop(m_carla);
    import(*anna);
    import(*carla, QStringLiteral("2026-11-23T09:07:00Z"));
    for (TestDesktop *desk : { anna.get(), carla.get() }) {
        auto synced = desk->sync();
        ASSERT_TRUE(synced.ok()) << qPrintable(synced.error().detail);
        EXPECT_EQ(synced->pushed.conflicts, 0) << "the same rows from two desktops are no conflict";
    }
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM bank_statements")), QStringLiteral("1"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM bank_lines")), QStringLiteral("2"));

    ASSERT_EQ(match(*anna, QStringLiteral("anna")).value(0).status, MatchStatus::Matched);
    ASSERT_EQ(match(*carla, QStringLiteral("carla")).value(0).status, MatchStatus::Matched);
    auto first = anna->sync();
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().detail);
    EXPECT_EQ(first->pushed.conflicts, 0);
    auto second = carla->sync();
    ASSERT_TRUE(second.ok()) << qPrintable(second.error().detail);
    EXPECT_GT(second->pushed.conflicts, 0) << "the line was posted on the other desktop first";

    EXPECT_EQ(
        onServer(QStringLiteral("SELECT count(*) FROM payments WHERE bank_line_id IS NOT NULL")), QStringLiteral("1"));
    EXPECT_EQ(onServer(QStringLiteral("SELECT sum(amount_minor) FROM allocations WHERE invoice_number = 'I-C1'")),
        QStringLiteral("11900"))
        << "paid once: 50.00 before and 69.00 now";
    const QString posted = onServer(QStringLiteral("SELECT payment_id FROM bank_lines WHERE entry_ref = 'E1'"));
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT customer_id FROM payments WHERE id = $1"), { posted }), QStringLiteral("C1"));
    EXPECT_EQ(
        onServer(QStringLiteral("SELECT matched_by FROM bank_lines WHERE entry_ref = 'E1'")), QStringLiteral("auto"));
}

// What anna's match taught (the account C1 pays from) reaches carla, whose matching then
// knows the payer without a word in the text; the CFO reads the lines and imports none.
TEST_F(CashApplicationSyncTest, WhatOneDesktopLearnedTheOtherKnowsAndTheCfoOnlyReads)
{
    auto anna = desktop(m_anna);
    import(*anna);
    const auto lines = match(*anna, QStringLiteral("anna"));
    ASSERT_EQ(lines.value(0).status, MatchStatus::Matched);
    ASSERT_TRUE(anna->sync().ok());
    EXPECT_EQ(onServer(QStringLiteral("SELECT customer_id FROM payer_links WHERE id = $1"),
                  { QStringLiteral("account:") + CustomerIban }),
        QStringLiteral("C1"));

    auto carla = desktop(m_carla);
    EXPECT_EQ(carla->field(QStringLiteral("payer_links"), QStringLiteral("account:") + CustomerIban,
                  QStringLiteral("customer_id")),
        QStringLiteral("C1"));
    EXPECT_EQ(carla->count("SELECT count(*) FROM bank_lines WHERE status = 'matched'"), 1)
        << "the posted line came with the pull";

    auto fiona = desktop(m_fiona);
    EXPECT_EQ(fiona->count("SELECT count(*) FROM bank_lines"), 2) << "the CFO sees the team's bank lines";
    bank::BankStatement other = statement();
    other.statementId = QStringLiteral("2026-11-24");
    other.transactions.first().bookingDate = QDate(2026, 11, 24);
    other.transactions.removeLast();
    ASSERT_TRUE(storage::inTransaction(fiona->workspace.db(), [&]() -> Status {
        auto stored = storage::BankStatementRepository(fiona->workspace.db(), fiona->clock)
                          .store(other, QStringLiteral("camt.xml"), QStringLiteral("2026-11-24T09:00:00Z"));
        return stored ? success() : Status(stored.error());
    }).ok());
    auto refused = fiona->sync();
    ASSERT_TRUE(refused.ok()) << qPrintable(refused.error().detail);
    EXPECT_GT(refused->pushed.conflicts, 0) << "a CFO imports no statements";
    EXPECT_EQ(onServer(QStringLiteral("SELECT count(*) FROM bank_lines")), QStringLiteral("2"));
}
