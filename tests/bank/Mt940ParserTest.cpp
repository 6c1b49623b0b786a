// SPDX-License-Identifier: GPL-3.0-or-later
#include "bank/Mt940Parser.h"
#include "TestFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace cc;
using bank::BankStatement;
using bank::Mt940Parser;

namespace {

QList<bank::BankTransaction> transactionsOf(const QList<BankStatement> &statements)
{
    QList<bank::BankTransaction> all;
    for (const BankStatement &statement : statements)
        all += statement.transactions;
    return all;
}

} // namespace

// Every MT940 file others wrote parses, except fragments that are no statement (a lone tag with
// no currency anywhere), which are refused naming the line; where WoLpH/mt940 recorded what it
// read, our transactions have the same amounts and dates.
TEST(Mt940Parser, EverySharedMt940FileParsesAndAgreesWithWoLpHsExpectedValues)
{
    const QDir root(QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/bank/mt940"));
    if (!root.exists())
        GTEST_SKIP() << "../shared/data/bank/mt940 is not beside the project";
    int parsed = 0;
    int compared = 0;
    QStringList refused;
    QDirIterator it(root.path(),
        { QStringLiteral("*.sta"), QStringLiteral("*.940"), QStringLiteral("*.mta"), QStringLiteral("*.mt940"),
            QStringLiteral("*.swi"), QStringLiteral("*.txt") },
        QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = root.relativeFilePath(path);
        SCOPED_TRACE(qPrintable(name));
        auto statements = Mt940Parser::parse(test::fileContents(path));
        if (!statements) {
            refused << name + QStringLiteral(": ") + statements.error().detail;
            continue;
        }
        ++parsed;
        QString expectedPath = path;
        expectedPath.replace(QLatin1String("/WoLpH_mt940/"), QLatin1String("/WoLpH_mt940/_expected_json/"));
        expectedPath = expectedPath.left(expectedPath.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".json");
        if (!QFile::exists(expectedPath))
            continue;
        // WoLpH/mt940 writes {transactions: [{amount: {amount}, date}]} (signed); svenstaro/mt940-rs
        // [{statement_lines: [{amount, ext_debit_credit_indicator, value_date}]}]; webschik/mt940-js
        // [{transactions: [{amount, isCredit, valueDate}]}].
        const QJsonDocument expected = QJsonDocument::fromJson(test::fileContents(expectedPath));
        QList<std::pair<double, QString>> theirs;
        const auto add = [&](const QJsonObject &t) {
            if (t.contains(QStringLiteral("statement_lines")) || t.contains(QStringLiteral("transactions"))) {
                for (const QJsonValue &line : t.value(QStringLiteral("statement_lines")).toArray()) {
                    const QJsonObject l = line.toObject();
                    const QString mark = l.value(QStringLiteral("ext_debit_credit_indicator")).toString();
                    const double amount = l.value(QStringLiteral("amount")).toString().toDouble();
                    theirs.append(
                        { mark == QLatin1String("Debit") || mark == QLatin1String("ReverseCredit") ? -amount : amount,
                            l.value(QStringLiteral("value_date")).toString() });
                }
                for (const QJsonValue &line : t.value(QStringLiteral("transactions")).toArray()) {
                    const QJsonObject l = line.toObject();
                    if (l.contains(QStringLiteral("isCredit")))
                        theirs.append({ l.value(QStringLiteral("amount")).toDouble()
                                * (l.value(QStringLiteral("isCredit")).toBool() ? 1 : -1),
                            l.value(QStringLiteral("valueDate")).toString() });
                    else
                        theirs.append({ l.value(QStringLiteral("amount"))
                                            .toObject()
                                            .value(QStringLiteral("amount"))
                                            .toString()
                                            .toDouble(),
                            l.value(QStringLiteral("date")).toString() });
                }
            }
        };
        if (expected.isArray()) {
            for (const QJsonValue &statement : expected.array())
                add(statement.toObject());
        } else {
            add(expected.object());
        }
        const QList<bank::BankTransaction> ours = transactionsOf(*statements);
        ASSERT_EQ(ours.size(), theirs.size());
        for (int i = 0; i < ours.size(); ++i) {
            const int digits = ours[i].amount.currency().minorDigits();
            QString expectedAmount = QString::number(theirs[i].first, 'f', digits);
            // WoLpH reads a reversed credit (RC) as money in; SWIFT and the statements' own
            // balances say it is money out (checked below).
            if (ours[i].reversal)
                expectedAmount
                    = QString::number(std::abs(theirs[i].first) * (ours[i].amount.isNegative() ? -1 : 1), 'f', digits);
            EXPECT_EQ(ours[i].amount.toDecimalString(), expectedAmount) << "transaction " << i;
            EXPECT_EQ(ours[i].valueDate.toString(Qt::ISODate), theirs[i].second) << "transaction " << i;
            if (ours[i].reversal) {
                for (const BankStatement &statement : *statements)
                    EXPECT_TRUE(statement.balances()) << "statement " << qPrintable(statement.statementId);
            }
        }
        ++compared;
    }
    for (const QString &file : refused)
        EXPECT_TRUE(
            file.contains(QLatin1String("no currency yet")) || file.contains(QLatin1String("no MT940 statement")))
            << qPrintable(file);
    EXPECT_GE(parsed, 70);
    EXPECT_GE(compared, 30);
    EXPECT_LE(refused.size(), 8) << qPrintable(refused.join(QLatin1Char('\n')));
}

TEST(Mt940Parser, GermanStructuredDetailsGiveThePayerTheirIbanAndTheirText)
{
    auto statements = Mt940Parser::parse(
        QByteArray("{1:F01BANKDEFFXXXX0000000000}{2:O9401200261124BANKDEFFXXXX00000000002611241200N}{4:\r\n"
                   ":20:STARTUMSE\r\n:25:10020030/1234567890\r\n:28C:00042/001\r\n:60F:C261123EUR1000,00\r\n"
                   ":61:2611241124CR250,00NTRFNONREF//BANK-9\r\n"
                   ":86:166?00SEPA-GUTSCHRIFT?109310?20EREF+RE2026-0042?21SVWZ+Rechnung RE-2026-0\r\n"
                   "042 vom 01.?2211.2026?30BYLADEM1001?31DE89370400440532013000?32Mueller Maschinenbau G?33mbH\r\n"
                   ":61:2612311231DR20,5NMSCNONREF\r\n:86:805?00ENTGELT?20Kontofuehrung\r\n"
                   ":62F:C261231EUR1229,50\r\n-}"));
    ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
    ASSERT_EQ(statements->size(), 1);
    const BankStatement &s = statements->first();
    EXPECT_EQ(s.statementId, QStringLiteral("STARTUMSE/00042/001"));
    EXPECT_EQ(s.accountNumber, QStringLiteral("10020030/1234567890"));
    EXPECT_TRUE(s.balances());
    ASSERT_EQ(s.transactions.size(), 2);
    const bank::BankTransaction &paid = s.transactions[0];
    EXPECT_EQ(paid.amount.minorUnits(), 25000);
    EXPECT_EQ(paid.bankReference, QStringLiteral("BANK-9"));
    EXPECT_TRUE(paid.entryReference.isEmpty()) << "NONREF is no reference";
    EXPECT_EQ(paid.endToEndId, QStringLiteral("RE2026-0042"));
    EXPECT_EQ(paid.remittance, QStringLiteral("Rechnung RE-2026-0042 vom 01.11.2026"));
    EXPECT_EQ(paid.counterpartyIban, QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(paid.counterpartyBic, QStringLiteral("BYLADEM1001"));
    EXPECT_EQ(paid.counterpartyName, QStringLiteral("Mueller Maschinenbau GmbH"));
    EXPECT_EQ(paid.transactionCode, QStringLiteral("166"));
    EXPECT_EQ(s.transactions[1].amount.minorUnits(), -2050);
    EXPECT_EQ(s.transactions[1].bookingDate, QDate(2026, 12, 31));
}

TEST(Mt940Parser, DutchDetailsAndAnEntryDateAcrossTheYearsEnd)
{
    auto statements
        = Mt940Parser::parse(QByteArray(":20:940S261231\n:25:NL77ABNA0574908765\n:28C:1\n:60F:C261231EUR100,00\n"
                                        ":61:2701011231C15,25N658NONREF\n"
                                        ":86:/TRTP/SEPA OVERBOEKING/IBAN/NL46ABNA0499998748/BIC/ABNANL2A/NAME/J.\n "
                                        "JANSEN/REMI/FACTUUR 2026-17/EREF/NOTPROVIDED\n"
                                        ":62F:C270101EUR115,25\n-\n"));
    ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
    const bank::BankTransaction &t = statements->first().transactions.first();
    EXPECT_EQ(statements->first().accountIban, QStringLiteral("NL77ABNA0574908765"));
    EXPECT_EQ(t.valueDate, QDate(2027, 1, 1));
    EXPECT_EQ(t.bookingDate, QDate(2026, 12, 31)) << "booked the day before, in the year before";
    EXPECT_EQ(t.counterpartyName, QStringLiteral("J. JANSEN"));
    EXPECT_EQ(t.counterpartyIban, QStringLiteral("NL46ABNA0499998748"));
    EXPECT_EQ(t.remittance, QStringLiteral("FACTUUR 2026-17"));
    EXPECT_TRUE(t.endToEndId.isEmpty());
}

TEST(Mt940Parser, AnUnreadableFieldIsRefusedByLineAndTag)
{
    auto bad = Mt940Parser::parse(QByteArray(":20:X\n:25:DE1\n:60F:C261123EUR1000,00\n:61:26112X1124CR250,00NTRF\n"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().detail, QStringLiteral("line 4, :61:: \"26112X1124CR250,00NTRF\" is not a statement line"));
    auto balance = Mt940Parser::parse(QByteArray(":20:X\n:25:DE1\n:60F:C261323EUR1000,00\n"));
    ASSERT_FALSE(balance.ok());
    EXPECT_EQ(balance.error().detail, QStringLiteral("line 3, :60F:: \"261323\" is not a date"));
}
