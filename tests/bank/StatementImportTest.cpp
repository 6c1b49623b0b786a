// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/StatementImport.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "services/CsvMappings.h"
#include "storage/BankStatementRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

/// A camt.053 of one day: opening, closing, and the given entries (amount, CRDT/DBIT, remittance).
QByteArray camt(const char *statementId, const char *opening, const char *closing,
    const QList<std::tuple<const char *, const char *, const char *>> &entries, const char *message = "camt.053.001.02")
{
    QByteArray xml = QByteArray("<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:") + message
        + "\"><BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>" + statementId
        + "</Id><Acct><Id><IBAN>DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>"
          "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
        + opening
        + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-22</Dt></Dt></Bal>"
          "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
        + closing + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-23</Dt></Dt></Bal>\n";
    for (const auto &[amount, sign, text] : entries)
        xml += QByteArray("<Ntry><Amt Ccy=\"EUR\">") + amount + "</Amt><CdtDbtInd>" + sign
            + "</CdtDbtInd><BookgDt><Dt>2026-11-23</Dt></BookgDt><NtryDtls><TxDtls><RmtInf><Ustrd>" + text
            + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    return xml + "</Stmt></BkToCstmrStmt></Document>\n";
}

class StatementImportTest : public ::testing::Test {
protected:
    QString write(const char *name, const QByteArray &content)
    {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return file.fileName();
    }

    Result<services::StatementImportReport> import(const QString &path)
    {
        return services::StatementImport(ws.db(), clock).fromFile(path);
    }

    qint64 lines() { return *storage::BankStatementRepository(ws.db(), clock).lineCount(); }

    TestWorkspace ws;
    FixedClock clock { QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC) };
    QTemporaryDir dir;
};

} // namespace

TEST_F(StatementImportTest, ImportingTheSameEntriesAgainAddsNothing)
{
    // Two equal payments on one day are two lines; the intraday report of the same day, read
    // before, had one of them.
    const QByteArray day = camt("S1", "100.00", "350.00",
        { { "100.00", "CRDT", "RE-1001" }, { "100.00", "CRDT", "RE-1001" }, { "50.00", "CRDT", "RE-1002" } });
    auto first = import(write("day.xml", day));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error().detail);
    EXPECT_EQ(first->format, QStringLiteral("camt.053"));
    EXPECT_EQ(first->newStatements, 1);
    EXPECT_EQ(first->linesAdded, 3) << "two equal payments are two lines";
    EXPECT_TRUE(first->unbalanced.isEmpty());

    auto again = import(write("day-again.xml", day));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->newStatements, 0);
    EXPECT_EQ(again->linesAdded, 0);
    EXPECT_EQ(again->duplicates, 3);

    auto other = import(write(
        "next.xml", camt("S2", "350.00", "320.00", { { "100.00", "CRDT", "RE-1001" }, { "130.00", "DBIT", "Rent" } })));
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(other->newStatements, 1);
    EXPECT_EQ(other->linesAdded, 1) << "the repeated payment was imported already; only the rent is new";
    EXPECT_EQ(lines(), 4);
}

TEST_F(StatementImportTest, AStatementWhoseEntriesDoNotMakeItsClosingBalanceIsReported)
{
    auto report = import(write("short.xml", camt("S3", "100.00", "999.00", { { "10.00", "CRDT", "RE-7" } })));
    ASSERT_TRUE(report.ok());
    EXPECT_EQ(report->linesAdded, 1) << "what the bank booked is kept";
    ASSERT_EQ(report->unbalanced.size(), 1);
    EXPECT_EQ(report->unbalanced.first(),
        QStringLiteral("statement S3 of DE02120300000000202051: the opening balance 100.00 EUR and the entries make "
                       "110.00 EUR, but the closing balance is 999.00 EUR"));
}

TEST_F(StatementImportTest, AMalformedFileIsRefusedByNameAndLineAndNothingIsImported)
{
    QByteArray broken = camt("S4", "0.00", "30.00", { { "10.00", "CRDT", "A" }, { "20.00", "CRDT", "B" } });
    broken.replace("<Amt Ccy=\"EUR\">20.00</Amt>", "<Amt Ccy=\"EUR\">20.00.1</Amt>");
    auto report = import(write("broken.xml", broken));
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().detail.startsWith(
        QStringLiteral("broken.xml: line 4, entry: \"20.00.1\" is not an amount in EUR")))
        << qPrintable(report.error().detail);
    EXPECT_EQ(lines(), 0) << "not the first entry either";

    auto notBank = import(write("notes.txt", "just some notes\n"));
    ASSERT_FALSE(notBank.ok());
    EXPECT_TRUE(notBank.error().detail.contains(QStringLiteral("is not a bank statement")))
        << qPrintable(notBank.error().detail);
    auto unknown = services::StatementImport(ws.db(), clock)
                       .fromFile(dir.filePath(QStringLiteral("notes.txt")), QStringLiteral("qif"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().detail.contains(QStringLiteral("auto, camt, mt940")));
}

TEST_F(StatementImportTest, ACsvExportIsReadWithTheTeamsSavedMappingOnce)
{
    const QString path = write("export.csv",
        "Buchungstag;Betrag;Zahler;IBAN;Verwendungszweck\n"
        "23.11.2026;1.190,00;Mueller GmbH;DE89370400440532013000;RE-2026-0042\n"
        "23.11.2026;-12,50;Bank;;Kontoführung\n");
    auto missing = import(path);
    ASSERT_FALSE(missing.ok()) << "a CSV file is no format of its own";
    services::CsvMappings mappings(ws.db(), clock);
    EXPECT_FALSE(mappings.find(QStringLiteral("Sparkasse")).ok());
    auto mapping = bank::CsvStatementMapping::fromJson(QJsonDocument::fromJson(
        R"json({"delimiter": ";", "date": "Buchungstag", "date_format": "dd.MM.yyyy", "decimal": ",",
                "amount": "Betrag", "payer": "Zahler", "iban": "IBAN", "text": ["Verwendungszweck"],
                "currency": "EUR", "account": "DE02120300000000202051"})json")
                                                           .object());
    ASSERT_TRUE(mapping.ok()) << mapping.error().detail.toStdString();
    ASSERT_TRUE(mappings.save(QStringLiteral("Sparkasse"), *mapping).ok());
    EXPECT_EQ(*mappings.names(), QStringList { QStringLiteral("Sparkasse") });
    auto saved = mappings.find(QStringLiteral("Sparkasse"));
    ASSERT_TRUE(saved.ok());

    auto first = services::StatementImport(ws.db(), clock).fromFile(path, QStringLiteral("auto"), *saved);
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    EXPECT_EQ(first->format, QStringLiteral("csv"));
    EXPECT_EQ(first->linesAdded, 2);
    auto again = services::StatementImport(ws.db(), clock).fromFile(path, QStringLiteral("csv"), *saved);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->linesAdded, 0);
    EXPECT_EQ(again->duplicates, 2);
    EXPECT_EQ(lines(), 2);
}
