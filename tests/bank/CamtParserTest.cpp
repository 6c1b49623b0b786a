// SPDX-License-Identifier: GPL-3.0-or-later
#include "bank/CamtParser.h"
#include "TestFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace cc;
using bank::BankStatement;
using bank::CamtParser;

namespace {

QDir sharedCamt()
{
    return QDir(QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/bank/camt"));
}

Result<QList<BankStatement>> parse(const char *xml)
{
    return CamtParser::parse(QByteArray(xml));
}

} // namespace

// Every camt file others wrote parses; where genkgo/camt recorded what it read (the JSON beside
// the file: one entry with its statement's id and balances), we read the same.
TEST(CamtParser, EverySharedCamtFileParsesAndAgreesWithGenkgosExpectedValues)
{
    const QDir camt = sharedCamt();
    if (!camt.exists())
        GTEST_SKIP() << "../shared/data/bank/camt is not beside the project";
    int files = 0;
    int compared = 0;
    for (const QString &folder : camt.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(camt.filePath(folder));
        for (const QString &name : dir.entryList({ QStringLiteral("*.xml") }, QDir::Files)) {
            SCOPED_TRACE(qPrintable(folder + QLatin1Char('/') + name));
            const QByteArray xml = test::fileContents(dir.filePath(name));
            if (!CamtParser::recognizes(xml.left(2048)))
                continue;
            auto statements = CamtParser::parse(xml);
            if (name.contains(QLatin1String("wrong"))) {
                EXPECT_FALSE(statements.ok()) << "a file its authors call wrong";
                continue;
            }
            ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
            ++files;
            const QJsonObject expected = QJsonDocument::fromJson(
                test::fileContents(dir.filePath(QString(name).replace(QLatin1String(".xml"), QLatin1String(".json")))))
                                             .object();
            const QJsonArray entries = expected.value(QStringLiteral("getEntries")).toArray();
            if (entries.isEmpty() || !entries.first().isObject())
                continue;
            const QJsonObject entry = entries.first().toObject();
            const QJsonObject record = entry.value(QStringLiteral("getRecord")).toObject();
            const auto statement = std::find_if(statements->cbegin(), statements->cend(), [&](const BankStatement &s) {
                return s.statementId == record.value(QStringLiteral("getId")).toString();
            });
            ASSERT_NE(statement, statements->cend())
                << "statement " << qPrintable(record.value(QStringLiteral("getId")).toString());
            // Their opening and closing balances (an opening booked and a previous day's closing
            // are both "opening" there; ours is the first of them).
            for (const char *type : { "opening", "closing" }) {
                QStringList theirs;
                for (const QJsonValue &value : record.value(QStringLiteral("getBalances")).toArray()) {
                    const QJsonObject balance = value.toObject();
                    const QJsonObject amount = balance.value(QStringLiteral("getAmount")).toObject();
                    if (balance.value(QStringLiteral("getType")).toString() == QLatin1String(type))
                        theirs << amount.value(QStringLiteral("getAmount")).toString() + QLatin1Char(' ')
                                + amount.value(QStringLiteral("getCurrency"))
                                      .toObject()
                                      .value(QStringLiteral("getCode"))
                                      .toString();
                }
                const std::optional<Money> &ours = QLatin1String(type) == QLatin1String("opening")
                    ? statement->openingBalance
                    : statement->closingBalance;
                if (theirs.isEmpty())
                    continue;
                ASSERT_TRUE(ours.has_value()) << type;
                EXPECT_EQ(
                    QString::number(ours->minorUnits()) + QLatin1Char(' ') + ours->currency().code(), theirs.first())
                    << type;
            }
            const QJsonObject amount = entry.value(QStringLiteral("getAmount")).toObject();
            const qint64 minor = amount.value(QStringLiteral("getAmount")).toString().toLongLong();
            const QString booked
                = entry.value(QStringLiteral("getBookingDate")).toObject().value(QStringLiteral("0")).toString();
            const bool found
                = std::any_of(statement->transactions.cbegin(), statement->transactions.cend(), [&](const auto &t) {
                      return t.amount.minorUnits() == minor
                          && (booked.isEmpty() || t.bookingDate.toString(Qt::ISODate) == booked.left(10));
                  });
            EXPECT_TRUE(found) << "an entry of " << minor << " booked " << qPrintable(booked);
            ++compared;
        }
    }
    EXPECT_GE(files, 30);
    EXPECT_GE(compared, 20);
}

TEST(CamtParser, AStatementWithItsBalancesAndABatchBookedEntrySplitIntoItsTransactions)
{
    auto statements = parse(R"(<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04">
 <BkToCstmrStmt>
  <GrpHdr><MsgId>M1</MsgId></GrpHdr>
  <Stmt>
   <Id>S-2026-11-23</Id>
   <Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>
   <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-22</Dt></Dt></Bal>
   <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">1275.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>
   <Ntry>
    <NtryRef>E1</NtryRef><Amt Ccy="EUR">300.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
    <BookgDt><DtTm>2026-11-23T23:30:00-05:00</DtTm></BookgDt><ValDt><Dt>2026-11-24</Dt></ValDt>
    <AcctSvcrRef>BANK-1</AcctSvcrRef>
    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
    <NtryDtls><Btch><NbOfTxs>2</NbOfTxs></Btch>
     <TxDtls><Refs><EndToEndId>E2E-A</EndToEndId></Refs><Amt Ccy="EUR">200.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>
      <RltdPties><Dbtr><Nm>Müller GmbH</Nm></Dbtr><DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct></RltdPties>
      <RmtInf><Ustrd>Rechnung</Ustrd><Ustrd>RE-2026-0042</Ustrd></RmtInf></TxDtls>
     <TxDtls><Refs><EndToEndId>E2E-B</EndToEndId></Refs><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
      <RltdPties><Dbtr><Pty><Nm>Dupont SA</Nm></Pty></Dbtr></RltdPties>
      <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf></TxDtls>
    </NtryDtls>
   </Ntry>
   <Ntry>
    <Amt Ccy="EUR">25.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><BookgDt><Dt>2026-11-23</Dt></BookgDt>
    <NtryDtls><TxDtls><Refs><EndToEndId>FEE-11</EndToEndId></Refs>
     <RltdPties><Cdtr><Nm>Bank fees</Nm></Cdtr></RltdPties></TxDtls></NtryDtls>
   </Ntry>
  </Stmt>
 </BkToCstmrStmt>
</Document>)");
    ASSERT_TRUE(statements.ok()) << qPrintable(statements.error().detail);
    ASSERT_EQ(statements->size(), 1);
    const BankStatement &s = statements->first();
    EXPECT_EQ(s.format, QStringLiteral("camt.053"));
    EXPECT_EQ(s.statementId, QStringLiteral("S-2026-11-23"));
    EXPECT_EQ(s.accountIban, QStringLiteral("DE02120300000000202051"));
    EXPECT_EQ(s.openingBalance->minorUnits(), 100000);
    EXPECT_EQ(s.closingBalance->minorUnits(), 127550);
    EXPECT_TRUE(s.balances()) << "1,000.00 + 200.50 + 100.00 − 25.00 = 1,275.50";
    ASSERT_EQ(s.transactions.size(), 3) << "the batch gives its two transactions";
    EXPECT_EQ(s.transactions[0].amount.minorUnits(), 20050);
    EXPECT_EQ(s.transactions[0].entryReference, QStringLiteral("E1"));
    EXPECT_EQ(s.transactions[0].endToEndId, QStringLiteral("E2E-A"));
    EXPECT_EQ(s.transactions[0].bankReference, QStringLiteral("BANK-1"));
    EXPECT_EQ(s.transactions[0].bookingDate, QDate(2026, 11, 23)) << "the day the bank printed, whatever its zone";
    EXPECT_EQ(s.transactions[0].valueDate, QDate(2026, 11, 24));
    EXPECT_EQ(s.transactions[0].counterpartyName, QStringLiteral("Müller GmbH"));
    EXPECT_EQ(s.transactions[0].counterpartyIban, QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(s.transactions[0].remittance, QStringLiteral("Rechnung RE-2026-0042"));
    EXPECT_EQ(s.transactions[0].transactionCode, QStringLiteral("PMNT/RCDT/ESCT"));
    EXPECT_EQ(s.transactions[1].counterpartyName, QStringLiteral("Dupont SA"));
    EXPECT_EQ(s.transactions[1].structuredReference, QStringLiteral("RF18539007547034"));
    EXPECT_EQ(s.transactions[2].amount.minorUnits(), -2500);
    EXPECT_EQ(s.transactions[2].entryReference, QStringLiteral("FEE-11")) << "no NtryRef: the EndToEndId";
    EXPECT_EQ(s.transactions[2].counterpartyName, QStringLiteral("Bank fees")) << "whom we paid on a debit";
}

TEST(CamtParser, AMalformedFileIsRefusedNamingTheLineAndElement)
{
    auto badAmount = parse(
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>\n"
        "<Ntry>\n<Amt Ccy=\"EUR\">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Stmt></BkToCstmrStmt></Document>");
    ASSERT_FALSE(badAmount.ok());
    EXPECT_EQ(badAmount.error().detail, QStringLiteral("line 2, entry: \"12,50\" is not an amount in EUR"));
    auto badDate = parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>\n"
                         "<Ntry><BookgDt><Dt>2026-13-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt></Document>");
    ASSERT_FALSE(badDate.ok());
    EXPECT_TRUE(
        badDate.error().detail.startsWith(QStringLiteral("line 2, Document/BkToCstmrStmt/Stmt/Ntry/BookgDt/Dt:")))
        << qPrintable(badDate.error().detail);
    auto cut
        = parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt>\n<Ntry>");
    ASSERT_FALSE(cut.ok());
    EXPECT_TRUE(cut.error().detail.startsWith(QStringLiteral("line 2:"))) << qPrintable(cut.error().detail);
    auto other = parse("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"/>");
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().detail.contains(QStringLiteral("not an ISO 20022 camt document")));
}
