// SPDX-License-Identifier: GPL-3.0-or-later
#include "bank/OfxParser.h"
#include "TestFiles.h"

#include <QDirIterator>
#include <QFile>
#include <gtest/gtest.h>

using namespace cc;
using bank::BankStatement;
using bank::OfxParser;

// Every shared OFX/QFX file with a bank or card statement parses; investment and sign-on files
// hold none and say so; the files written to fail are refused naming the line and element.
TEST(OfxParser, EverySharedOfxFileWithAStatementParses)
{
    const QString root = QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/bank/ofx");
    if (!QFile::exists(root))
        GTEST_SKIP() << "../shared/data/bank/ofx is not beside the project";
    int parsed = 0;
    QDirIterator it(
        root, { QStringLiteral("*.ofx"), QStringLiteral("*.qfx") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        SCOPED_TRACE(qPrintable(path.mid(root.size())));
        const QByteArray content = test::fileContents(path);
        auto statements = OfxParser::parse(content);
        const bool hasStatement = content.contains("<STMTRS>") || content.contains("<CCSTMTRS>");
        if (path.contains(QLatin1String("fail_nice")) || path.contains(QLatin1String("_wrong"))) {
            if (!statements.ok()) {
                EXPECT_TRUE(statements.error().detail.startsWith(QStringLiteral("line ")))
                    << qPrintable(statements.error().detail);
            }
            continue;
        }
        if (!hasStatement) {
            ASSERT_FALSE(statements.ok());
            EXPECT_TRUE(statements.error().detail.contains(QStringLiteral("no bank or credit card statement")));
            continue;
        }
        ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
        for (const BankStatement &statement : *statements)
            EXPECT_FALSE(statement.currency.isEmpty());
        ++parsed;
    }
    EXPECT_GE(parsed, 10);
}

TEST(OfxParser, SgmlTransactionsWithTheirAmountsDatesAndTexts)
{
    auto statements = OfxParser::parse(
        QByteArray("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n"
                   "<BANKACCTFROM><BANKID>121000358<ACCTID>1452687~7<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
                   "<BANKTRANLIST><DTSTART>20261101<DTEND>20261130\n"
                   "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261123120000.000[-5:EST]<TRNAMT>1,250.00<FITID>0001\n"
                   "<NAME>ACME CORP<MEMO>INVOICE 2026-0042</STMTTRN>\n"
                   "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261124<TRNAMT>-34.51<FITID>0002<MEMO></STMTTRN>\n"
                   "</BANKTRANLIST><LEDGERBAL><BALAMT>5215.49<DTASOF>20261130</LEDGERBAL></STMTRS></STMTTRNRS></"
                   "BANKMSGSRSV1></OFX>\n"));
    ASSERT_FALSE(statements.ok()) << "a thousands comma is no OFX amount";
    EXPECT_EQ(statements.error().detail, QStringLiteral("line 8, <TRNAMT>: \"1,250.00\" is not an amount in USD"));

    statements = OfxParser::parse(
        QByteArray("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD\n"
                   "<BANKACCTFROM><BANKID>121000358<ACCTID>1452687~7<ACCTTYPE>CHECKING</BANKACCTFROM>\n"
                   "<BANKTRANLIST><DTSTART>20261101<DTEND>20261130\n"
                   "<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261123120000.000[-5:EST]<TRNAMT>1250.00<FITID>0001\n"
                   "<NAME>ACME CORP<MEMO>INVOICE 2026-0042</STMTTRN>\n"
                   "<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261124<TRNAMT>-34.51<FITID>0002<MEMO></STMTTRN>\n"
                   "</BANKTRANLIST><LEDGERBAL><BALAMT>5215.49<DTASOF>20261130</LEDGERBAL></STMTRS></STMTTRNRS></"
                   "BANKMSGSRSV1></OFX>\n"));
    ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
    const BankStatement &s = statements->first();
    EXPECT_EQ(s.accountNumber, QStringLiteral("1452687~7"));
    EXPECT_EQ(s.closingBalance->toText(), QStringLiteral("5215.49 USD"));
    ASSERT_EQ(s.transactions.size(), 2);
    EXPECT_EQ(s.transactions[0].amount.minorUnits(), 125000);
    EXPECT_EQ(s.transactions[0].bookingDate, QDate(2026, 11, 23));
    EXPECT_EQ(s.transactions[0].counterpartyName, QStringLiteral("ACME CORP"));
    EXPECT_EQ(s.transactions[0].remittance, QStringLiteral("INVOICE 2026-0042"));
    EXPECT_EQ(s.transactions[0].entryReference, QStringLiteral("0001"));
    EXPECT_EQ(s.transactions[1].amount.minorUnits(), -3451);
}

// Found by fuzz_ofx: a transaction left open when its statement ends belongs to no statement.
TEST(OfxParser, ATransactionLeftOpenEndsWithItsStatement)
{
    auto statements = OfxParser::parse(QByteArray("<OFX><STMTRS><CURDEF>USD<STMTTRN><TRNAMT>5</STMTRS>"
                                                  "<STMTTRN><TRNAMT>1<DTPOSTED>20260101</STMTTRN></OFX>"));
    ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
    ASSERT_EQ(statements->size(), 1);
    EXPECT_TRUE(statements->first().transactions.isEmpty());
}
