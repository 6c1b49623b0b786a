// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestWorkspace.h"
#include "services/CsvImporter.h"
#include "services/NoJobControl.h"
#include "storage/AgingQuery.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace cc;
using namespace cc::services;
using cc::test::money;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CASHCYCLE_FIXTURES_DIR "/csv/") + QLatin1String(name);
}

/// Cancels from the `cancelAt`-th isCanceled() call on (never when negative) and records progress.
class ScriptedJobControl final : public JobControl {
public:
    explicit ScriptedJobControl(int cancelAt = -1)
        : m_cancelAt(cancelAt)
    {
    }
    bool isCanceled() const override { return m_cancelAt >= 0 && ++m_calls >= m_cancelAt; }
    void setProgress(qint64 done, qint64 total) override { progress.append({ done, total }); }

    QList<QPair<qint64, qint64>> progress;

private:
    int m_cancelAt;
    mutable int m_calls = 0;
};

std::string describe(const ImportReport &report)
{
    std::string text;
    for (const ImportProblem &p : report.problems)
        text += QStringLiteral("line %1 [%2] %3\n").arg(p.line).arg(p.column, p.message).toStdString();
    return text;
}

bool hasProblem(const ImportReport &report, int line, const QString &column, const QString &messagePart)
{
    return std::any_of(report.problems.cbegin(), report.problems.cend(), [&](const ImportProblem &p) {
        return p.line == line && p.column == column && p.message.contains(messagePart);
    });
}

class CsvImportTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    storage::SqlDatabase &db() { return m_ws.db(); }

    Result<ImportReport> import(ImportKind kind, const QString &path, const ImportOptions &options = {})
    {
        NoJobControl control;
        return CsvImporter(m_ws.workspace()).import(kind, path, options, control);
    }

    /// Imports a file that must be clean.
    ImportReport importClean(ImportKind kind, const QString &path, const ImportOptions &options = {})
    {
        auto report = import(kind, path, options);
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        if (!report.ok())
            return {};
        EXPECT_TRUE(report->ok()) << describe(*report);
        return *report;
    }

    /// Imports a file that must have problems; nothing may be written.
    ImportReport importRejected(ImportKind kind, const QString &path, const ImportOptions &options = {})
    {
        auto report = import(kind, path, options);
        EXPECT_TRUE(report.ok()) << report.error().detail.toStdString();
        if (!report.ok())
            return {};
        EXPECT_FALSE(report->ok());
        EXPECT_EQ(report->inserted, 0);
        return *report;
    }

    void importAll()
    {
        importClean(ImportKind::Customers, fixture("customers.csv"));
        importClean(ImportKind::Invoices, fixture("invoices.csv"));
        importClean(ImportKind::Payments, fixture("payments.csv"));
    }

    QString writeFile(const char *name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

    qint64 customerCount() { return *storage::CustomerRepository(db()).count(); }
    qint64 invoiceCount() { return *storage::InvoiceRepository(db()).count({}); }
    QList<PaymentSummary> payments(const char *customerId)
    {
        auto rows = storage::PaymentRepository(db()).forCustomer(QLatin1String(customerId));
        EXPECT_TRUE(rows.ok());
        return rows.ok() ? *rows : QList<PaymentSummary>();
    }

    qint64 paymentCount() { return payments("C001").size() + payments("C002").size() + payments("C003").size(); }

    InvoiceSummary invoice(const char *number)
    {
        auto summary = storage::InvoiceRepository(db()).summaryByNumber(QLatin1String(number));
        EXPECT_TRUE(summary.ok() && summary->has_value()) << "no document " << number;
        return summary.ok() && summary->has_value() ? **summary : InvoiceSummary {};
    }

    Money unapplied(const char *paymentId, const char *customerId)
    {
        for (const PaymentSummary &row : payments(customerId)) {
            if (row.payment.id == QLatin1String(paymentId))
                return row.unapplied;
        }
        ADD_FAILURE() << "no payment " << paymentId;
        return {};
    }

    /// Aging as of a fixed date, flattened so that two runs compare with ==.
    QStringList aging()
    {
        auto report = storage::AgingQuery(db()).run(QDate(2024, 6, 30), AgingBuckets());
        EXPECT_TRUE(report.ok());
        QStringList rows;
        for (const AgingRow &row : report->rows) {
            QStringList cells { row.customerId, row.currency().code(), row.unapplied.toDecimalString() };
            for (const Money &bucket : row.buckets)
                cells.append(bucket.toDecimalString());
            rows.append(cells.join(QLatin1Char(' ')));
        }
        return rows;
    }

    test::TestWorkspace m_ws;
    QTemporaryDir m_dir; ///< for files the tests write
};

} // namespace

TEST_F(CsvImportTest, ImportsCustomersWithTermsContactAndParent)
{
    EXPECT_EQ(importClean(ImportKind::Customers, fixture("customers.csv")).inserted, 3);
    storage::CustomerRepository customers(db());
    const auto acme = *customers.find(QStringLiteral("C001"));
    ASSERT_TRUE(acme.has_value());
    EXPECT_EQ(acme->name, QStringLiteral("Acme GmbH"));
    EXPECT_EQ(acme->currency.code(), QStringLiteral("EUR"));
    EXPECT_EQ(acme->creditLimit, money("10000.00", "EUR"));
    EXPECT_EQ(acme->terms.code(), QStringLiteral("NET30"));
    EXPECT_EQ(acme->collector, QStringLiteral("anna"));
    ASSERT_EQ(acme->contacts.size(), 1);
    EXPECT_EQ(acme->contacts[0].email, QStringLiteral("ap@acme.example"));
    EXPECT_EQ(acme->contacts[0].phone, QStringLiteral("+49 30 1234"));

    const auto bolt = *customers.find(QStringLiteral("C002"));
    ASSERT_TRUE(bolt.has_value());
    EXPECT_EQ(bolt->name, QStringLiteral("Bolt, Nut & Co"));
    EXPECT_EQ(bolt->terms.code(), QStringLiteral("EOM+15"));
    EXPECT_TRUE(bolt->contacts.isEmpty()) << "no email and no phone: no contact";

    const auto child = *customers.find(QStringLiteral("C003"));
    ASSERT_TRUE(child.has_value());
    EXPECT_EQ(child->parentId, QStringLiteral("C001")) << "a parent on an earlier line of the file is known";
}

TEST_F(CsvImportTest, ImportsBillingAddressesAndVatIds)
{
    const QString path = writeFile("customers.csv",
        "kundennummer,name,currency,rechnungsadresse,ustidnr\n"
        "C100,Nordwind GmbH,EUR,\"Am Kai 7\n28195 Bremen\",DE987654321\n");
    EXPECT_EQ(importClean(ImportKind::Customers, path).inserted, 1);
    const auto nordwind = *storage::CustomerRepository(db()).find(QStringLiteral("C100"));
    ASSERT_TRUE(nordwind.has_value());
    EXPECT_EQ(nordwind->billingAddress, QStringLiteral("Am Kai 7\n28195 Bremen")) << "a line break inside quotes stays";
    EXPECT_EQ(nordwind->vatId, QStringLiteral("DE987654321"));
}

TEST_F(CsvImportTest, ImportsInvoicesWithoutLinesAndDerivesMissingDueDates)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    EXPECT_EQ(importClean(ImportKind::Invoices, fixture("invoices.csv")).inserted, 4);
    EXPECT_EQ(invoiceCount(), 4);
    const InvoiceSummary first = invoice("INV-1");
    EXPECT_EQ(first.customerId, QStringLiteral("C001"));
    EXPECT_EQ(first.invoiceDate, QDate(2024, 1, 10));
    EXPECT_EQ(first.dueDate, QDate(2024, 2, 9));
    EXPECT_EQ(first.total, money("1000.00", "EUR"));
    EXPECT_EQ(first.kind, DocumentKind::Invoice);
    EXPECT_EQ(invoice("INV-3").dueDate, QDate(2024, 2, 15)) << "blank due date: end of January + 15 (EOM+15)";
    EXPECT_EQ(invoice("INV-3").total, money("300.00", "USD"));
    const auto stored = *storage::InvoiceRepository(db()).findByNumber(QStringLiteral("INV-2"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(stored->lines.isEmpty());
}

TEST_F(CsvImportTest, ANegativeTotalIsACreditNote)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    importClean(ImportKind::Invoices, fixture("invoices.csv"));
    const InvoiceSummary note = invoice("CN-1");
    EXPECT_EQ(note.kind, DocumentKind::CreditNote);
    EXPECT_EQ(note.total, money("-100.00", "EUR"));
    EXPECT_EQ(note.open, money("-100.00", "EUR"));
}

TEST_F(CsvImportTest, PaymentsApplyUpToTheOpenAmountAndTheRestStaysUnapplied)
{
    importAll();
    EXPECT_EQ(paymentCount(), 4);
    // P-1 pays 1200.00 on INV-1 (1000.00): 200.00 stays unapplied.
    EXPECT_TRUE(invoice("INV-1").open.isZero());
    EXPECT_EQ(invoice("INV-1").status, InvoiceStatus::Paid);
    EXPECT_EQ(unapplied("P-1", "C001"), money("200.00", "EUR"));
    // INV-2 (250.50) gets 100.00 from P-2, then the remaining 150.50 of P-4's 200.00.
    EXPECT_EQ(unapplied("P-2", "C001"), money("0.00", "EUR"));
    EXPECT_EQ(unapplied("P-4", "C001"), money("49.50", "EUR"));
    EXPECT_TRUE(invoice("INV-2").open.isZero());
    EXPECT_EQ(invoice("INV-2").status, InvoiceStatus::Paid);
    // P-3 names no invoice: all unapplied; INV-3 stays open.
    EXPECT_EQ(unapplied("P-3", "C002"), money("50.00", "USD"));
    EXPECT_EQ(invoice("INV-3").open, money("300.00", "USD"));
    EXPECT_EQ(invoice("INV-3").status, InvoiceStatus::Open);

    const QStringList rows = aging();
    // customer, currency, unapplied, then current … over_120 (CN-1 fell due on 2024-02-15)
    EXPECT_TRUE(rows.contains(QStringLiteral("C001 EUR -249.50 0.00 0.00 0.00 0.00 0.00 -100.00")))
        << rows.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(rows.contains(QStringLiteral("C002 USD -50.00 0.00 0.00 0.00 0.00 0.00 300.00")))
        << rows.join(QLatin1Char('\n')).toStdString();
}

TEST_F(CsvImportTest, ReadsBomSemicolonsDecimalCommaQuotesAndAliases)
{
    const ImportReport report = importClean(ImportKind::Customers, fixture("customers_de.csv"));
    EXPECT_EQ(report.inserted, 2);
    storage::CustomerRepository customers(db());
    const auto mueller = *customers.find(QStringLiteral("K-1"));
    ASSERT_TRUE(mueller.has_value()) << "the BOM must not spoil the first header (Kundennummer)";
    EXPECT_EQ(mueller->name, QStringLiteral(u"Müller; Söhne KG"));
    EXPECT_EQ(mueller->creditLimit, money("1234.56", "EUR"));
    ASSERT_EQ(mueller->contacts.size(), 1);
    EXPECT_EQ(mueller->contacts[0].email, QStringLiteral("info@mueller.example"));
    const auto wrapped = *customers.find(QStringLiteral("K-2"));
    ASSERT_TRUE(wrapped.has_value());
    EXPECT_EQ(wrapped->name, QStringLiteral("Zeilen\r\numbruch AG"));
    EXPECT_EQ(wrapped->creditLimit, money("99.50", "EUR"));
    EXPECT_EQ(wrapped->terms.code(), QStringLiteral("2/10 NET30"));
}

TEST_F(CsvImportTest, DecimalSeparatorCanBeForced)
{
    const QString path = writeFile("customers.csv",
        "customer_id,name,currency,credit_limit\n"
        "D1,Decimal,EUR,\"1234,5\"\n");
    ImportOptions options;
    options.decimalSeparator = QLatin1Char(',');
    importClean(ImportKind::Customers, path, options);
    EXPECT_EQ(
        storage::CustomerRepository(db()).find(QStringLiteral("D1"))->value().creditLimit, money("1234.50", "EUR"));
}

TEST_F(CsvImportTest, AnAmountThatCouldUseAThousandsSeparatorIsNotGuessed)
{
    // In a ';' file "5.000" may be five euros or five thousand: no guess until told.
    const QString path = writeFile("customers.csv",
        "customer_id;name;currency;credit_limit\n"
        "T1;Tausend;EUR;5.000\n"
        "T2;Zwei;EUR;2500\n");
    const auto report = importRejected(ImportKind::Customers, path);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("credit_limit"), QStringLiteral("thousands separator")))
        << describe(report);
    EXPECT_EQ(report.problems.size(), 1) << describe(report);

    ImportOptions point;
    point.decimalSeparator = QLatin1Char('.');
    importClean(ImportKind::Customers, path, point);
    EXPECT_EQ(storage::CustomerRepository(db()).find(QStringLiteral("T1"))->value().creditLimit, money("5.00", "EUR"));

    // Once a file has shown its separator, later amounts follow it.
    const QString shown = writeFile("more.csv",
        "customer_id;name;currency;credit_limit\n"
        "T3;Drei;EUR;12,50\n"
        "T4;Vier;EUR;7,000\n");
    importClean(ImportKind::Customers, shown);
    EXPECT_EQ(storage::CustomerRepository(db()).find(QStringLiteral("T4"))->value().creditLimit, money("7.00", "EUR"));
}

TEST_F(CsvImportTest, UnderstandsHeaderAliasesOfOtherErps)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    EXPECT_EQ(importClean(ImportKind::Invoices, fixture("invoices_erp.csv")).inserted, 2);
    const InvoiceSummary first = invoice("SINV-0001");
    EXPECT_EQ(first.customerId, QStringLiteral("C001"));
    EXPECT_EQ(first.invoiceDate, QDate(2024, 3, 1));
    EXPECT_EQ(first.dueDate, QDate(2024, 3, 31));
    EXPECT_EQ(first.total, money("99.99", "EUR")) << "no currency column: the customer's";
    EXPECT_EQ(invoice("SINV-0002").total, money("10.00", "USD"));
}

TEST_F(CsvImportTest, AMappingFileMapsAnyHeader)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    ImportOptions options;
    options.mappingFile = fixture("invoices_custom.map");
    EXPECT_EQ(importClean(ImportKind::Invoices, fixture("invoices_custom.csv"), options).inserted, 2);
    EXPECT_EQ(invoice("X-1").total, money("12.34", "EUR"));
    EXPECT_EQ(invoice("X-1").dueDate, QDate(2024, 5, 1)) << "NET30 from the customer";
    EXPECT_EQ(invoice("X-2").customerId, QStringLiteral("C002"));

    const auto withoutMapping = importRejected(ImportKind::Invoices, fixture("invoices_custom.csv"));
    EXPECT_TRUE(hasProblem(withoutMapping, 1, QStringLiteral("invoice_number"), QStringLiteral("missing")));
}

TEST_F(CsvImportTest, MappingFileMistakesAreReported)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    ImportOptions unknownColumn;
    unknownColumn.mappingFile = writeFile("bad.map", "# comment\n\ninvoice_no = Doc Ref\n");
    auto report = import(ImportKind::Invoices, fixture("invoices_custom.csv"), unknownColumn);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(report.error().detail.contains(QLatin1String("bad.map line 3"))) << report.error().detail.toStdString();

    ImportOptions absentHeader;
    absentHeader.mappingFile = writeFile("absent.map", "invoice_number = Beleg\n");
    const auto rejected = importRejected(ImportKind::Invoices, fixture("invoices.csv"), absentHeader);
    EXPECT_TRUE(hasProblem(rejected, 1, QStringLiteral("invoice_number"), QStringLiteral("\"Beleg\"")))
        << describe(rejected);

    ImportOptions missingFile;
    missingFile.mappingFile = m_dir.filePath(QStringLiteral("none.map"));
    auto io = import(ImportKind::Invoices, fixture("invoices.csv"), missingFile);
    ASSERT_FALSE(io.ok());
    EXPECT_EQ(io.error().code, ErrorCode::Io);
}

TEST_F(CsvImportTest, ImportsAkauntingExportsWithMappingFiles)
{
    const QString erp = QStringLiteral(CASHCYCLE_SOURCE_DIR "/../shared/data/erp/akaunting_import_templates");
    if (!QDir(erp).exists())
        GTEST_SKIP() << "the shared ERP samples are not next to the checkout (" << erp.toStdString() << ")";
    ImportOptions customers;
    customers.mappingFile = fixture("akaunting_customers.map");
    EXPECT_EQ(importClean(ImportKind::Customers, erp + QStringLiteral("/customers.csv"), customers).inserted, 1);
    const auto customer = *storage::CustomerRepository(db()).find(QStringLiteral("Test Customer"));
    ASSERT_TRUE(customer.has_value());
    EXPECT_EQ(customer->currency.code(), QStringLiteral("USD"));
    ASSERT_EQ(customer->contacts.size(), 1);
    EXPECT_EQ(customer->contacts[0].email, QStringLiteral("test@customer.com"));

    ImportOptions invoices;
    invoices.mappingFile = fixture("akaunting_invoices.map");
    EXPECT_EQ(importClean(ImportKind::Invoices, erp + QStringLiteral("/invoices.csv"), invoices).inserted, 1);
    const InvoiceSummary imported = invoice("INV-00001");
    EXPECT_EQ(imported.customerId, QStringLiteral("Test Customer"));
    EXPECT_EQ(imported.invoiceDate, QDate(2017, 11, 30));
    EXPECT_EQ(imported.dueDate, QDate(2017, 12, 7));
    EXPECT_EQ(imported.total, money("10.00", "USD")) << "\"10.0000\": zeros beyond the cents are exact";
}

TEST_F(CsvImportTest, ReportsEveryProblemWithLineAndColumn)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    const auto report = importRejected(ImportKind::Invoices, fixture("invoices_bad.csv"));
    const auto expect = [&](int line, const char *column, const char *message) {
        EXPECT_TRUE(hasProblem(report, line, QLatin1String(column), QLatin1String(message)))
            << "expected line " << line << " [" << column << "] " << message << " in\n"
            << describe(report);
    };
    expect(2, "invoice_date", "not a date");
    expect(3, "total", "at most 2 decimals");
    expect(4, "total", "\"12a\" is not an amount");
    expect(5, "currency", "unknown currency");
    expect(6, "customer_id", "unknown customer C999");
    expect(7, "currency", "differs from customer C001's currency EUR");
    expect(9, "invoice_number", "appears twice (first on line 8)");
    expect(10, "", "has 5 fields, the header has 6");
    expect(11, "invoice_number", "is empty");
    expect(12, "due_date", "2024-02-01 is before the invoice date 2024-03-01");
    EXPECT_EQ(report.problems.size(), 10) << describe(report);
    EXPECT_EQ(invoiceCount(), 0);
}

TEST_F(CsvImportTest, MissingRequiredColumnsAreReportedOnTheHeaderLine)
{
    const QString path = writeFile("invoices.csv", "invoice_number,invoice_date\nA-1,2024-01-01\n");
    const auto report = importRejected(ImportKind::Invoices, path);
    EXPECT_TRUE(hasProblem(report, 1, QStringLiteral("customer_id"), QStringLiteral("required column is missing")));
    EXPECT_TRUE(hasProblem(report, 1, QStringLiteral("total"), QStringLiteral("required column is missing")));
    EXPECT_EQ(report.problems.size(), 2) << describe(report);

    const auto empty = importRejected(ImportKind::Customers, writeFile("empty.csv", ""));
    EXPECT_TRUE(hasProblem(empty, 1, QString(), QStringLiteral("header row is required")));
}

TEST_F(CsvImportTest, ReportsPaymentProblems)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    importClean(ImportKind::Invoices, fixture("invoices.csv"));
    const auto report = importRejected(ImportKind::Payments, fixture("payments_bad.csv"));
    const auto expect = [&](int line, const char *column, const char *message) {
        EXPECT_TRUE(hasProblem(report, line, QLatin1String(column), QLatin1String(message)))
            << "expected line " << line << " [" << column << "] " << message << " in\n"
            << describe(report);
    };
    expect(2, "currency", "payment currency USD differs from invoice INV-1's currency EUR");
    expect(3, "invoice_number", "unknown invoice NOPE");
    expect(4, "invoice_number", "belongs to customer C002");
    expect(4, "currency", "differs from invoice INV-3's currency USD");
    expect(5, "amount", "must be positive");
    expect(6, "invoice_number", "credit note");
    expect(7, "payment_date", "2024-01-05 is before invoice INV-1's date 2024-01-10");
    expect(8, "currency", "payment currency USD differs from customer C001's currency EUR");
    EXPECT_EQ(report.problems.size(), 8) << describe(report);
    EXPECT_EQ(paymentCount(), 0);
}

TEST_F(CsvImportTest, ReportsCustomerProblems)
{
    const QString path = writeFile("customers.csv",
        "customer_id,name,currency,credit_limit,payment_terms,parent_id\n"
        "A,Alpha,EUR,-1,NET30,\n"
        "A,Alpha again,EUR,0,NET30,\n"
        "B,Beta,EUR,0,NET3O,\n"
        "C,Gamma,,0,NET30,\n"
        "D,Delta,EUR,0,NET30,Z\n"
        "E,Epsilon,EUR,0,NET30,F\n"
        "F,Phi,EUR,0,NET30,F\n");
    const auto report = importRejected(ImportKind::Customers, path);
    EXPECT_TRUE(hasProblem(report, 2, QStringLiteral("credit_limit"), QStringLiteral("negative")));
    EXPECT_TRUE(hasProblem(report, 3, QStringLiteral("customer_id"), QStringLiteral("appears twice")));
    EXPECT_TRUE(hasProblem(report, 4, QStringLiteral("payment_terms"), QStringLiteral("NET3O")));
    EXPECT_TRUE(hasProblem(report, 5, QStringLiteral("currency"), QStringLiteral("is empty")));
    EXPECT_TRUE(hasProblem(report, 6, QStringLiteral("parent_id"), QStringLiteral("unknown customer Z")));
    EXPECT_TRUE(hasProblem(report, 7, QStringLiteral("parent_id"), QStringLiteral("unknown customer F")))
        << "a parent defined only on a later line is unknown";
    EXPECT_TRUE(hasProblem(report, 8, QStringLiteral("parent_id"), QStringLiteral("own parent")));
    EXPECT_EQ(report.problems.size(), 7) << describe(report);
    EXPECT_EQ(customerCount(), 0);
}

TEST_F(CsvImportTest, AFileWithOneBadRowAtTheEndWritesNothing)
{
    importClean(ImportKind::Customers, fixture("customers.csv"));
    importClean(ImportKind::Invoices, fixture("invoices.csv"));
    const qint64 before = invoiceCount();
    const auto report = importRejected(ImportKind::Invoices, fixture("invoices_bad_last.csv"));
    ASSERT_EQ(report.problems.size(), 1) << describe(report);
    EXPECT_EQ(report.problems[0].line, 5);
    EXPECT_EQ(report.problems[0].column, QStringLiteral("total"));
    EXPECT_EQ(invoiceCount(), before);
    auto first = storage::InvoiceRepository(db()).summaryByNumber(QStringLiteral("G-1"));
    ASSERT_TRUE(first.ok());
    EXPECT_FALSE(first->has_value());
}

TEST_F(CsvImportTest, ReimportingTheSameFilesChangesNothing)
{
    importAll();
    const QStringList agingBefore = aging();
    const qint64 customers = customerCount();
    const qint64 invoices = invoiceCount();
    const qint64 payments = paymentCount();
    const Money openBefore = invoice("INV-2").open;
    ASSERT_FALSE(agingBefore.isEmpty());

    const ImportReport c = importClean(ImportKind::Customers, fixture("customers.csv"));
    EXPECT_EQ(c.inserted, 0);
    EXPECT_EQ(c.unchanged, 3);
    const ImportReport i = importClean(ImportKind::Invoices, fixture("invoices.csv"));
    EXPECT_EQ(i.inserted, 0);
    EXPECT_EQ(i.unchanged, 4);
    const ImportReport p = importClean(ImportKind::Payments, fixture("payments.csv"));
    EXPECT_EQ(p.inserted, 0);
    EXPECT_EQ(p.unchanged, 4);

    EXPECT_EQ(aging(), agingBefore);
    EXPECT_EQ(customerCount(), customers);
    EXPECT_EQ(invoiceCount(), invoices);
    EXPECT_EQ(paymentCount(), payments);
    EXPECT_EQ(invoice("INV-2").open, openBefore);
    EXPECT_EQ(unapplied("P-1", "C001"), money("200.00", "EUR")) << "no second allocation";
}

TEST_F(CsvImportTest, ChangedValuesAreProblemsNotOverwrites)
{
    importAll();
    const auto customers = importRejected(ImportKind::Customers,
        writeFile("customers.csv",
            "customer_id,name,currency,credit_limit,email\n"
            "C002,\"Bolt, Nut & Co\",USD,5000,\n"
            "C001,Acme AG,EUR,10000.00,ap@acme.example\n"
            "C003,Acme Child,EUR,1,other@acme.example\n"));
    EXPECT_TRUE(hasProblem(customers, 3, QStringLiteral("name"), QStringLiteral("exists with different values")))
        << describe(customers);
    EXPECT_TRUE(
        hasProblem(customers, 4, QStringLiteral("credit_limit"), QStringLiteral("exists with different values")));
    EXPECT_TRUE(hasProblem(customers, 4, QStringLiteral("email"), QStringLiteral("exists with different values")));
    EXPECT_EQ(customers.problems.size(), 3) << describe(customers);
    EXPECT_EQ(
        storage::CustomerRepository(db()).find(QStringLiteral("C001"))->value().name, QStringLiteral("Acme GmbH"));

    const auto invoices = importRejected(ImportKind::Invoices,
        writeFile("invoices.csv",
            "invoice_number,customer_id,invoice_date,total\n"
            "INV-1,C001,2024-01-10,1000.01\n"
            "INV-2,C002,2024-02-01,250.50\n"));
    EXPECT_TRUE(hasProblem(invoices, 2, QStringLiteral("total"), QStringLiteral("exists with different values")))
        << describe(invoices);
    EXPECT_TRUE(hasProblem(invoices, 3, QStringLiteral("customer_id"), QStringLiteral("exists with different values")))
        << describe(invoices);

    const auto payments = importRejected(ImportKind::Payments,
        writeFile("payments.csv",
            "payment_id,customer_id,payment_date,amount,invoice_number\n"
            "P-1,C001,2024-02-21,1200.00,INV-1\n"
            "P-3,C002,2024-02-01,50.00,INV-3\n"));
    EXPECT_TRUE(hasProblem(payments, 2, QStringLiteral("payment_date"), QStringLiteral("exists with different values")))
        << describe(payments);
    EXPECT_TRUE(
        hasProblem(payments, 3, QStringLiteral("invoice_number"), QStringLiteral("exists with different values")))
        << describe(payments);
    EXPECT_EQ(unapplied("P-3", "C002"), money("50.00", "USD"));
}

TEST_F(CsvImportTest, CancellingRollsBackEverything)
{
    // Three rows: isCanceled() is asked before each row and at the end of the file while
    // validating (4 calls), then before each write; the 6th call comes after one row was written.
    ScriptedJobControl duringWrite(6);
    auto cancelled
        = CsvImporter(m_ws.workspace()).import(ImportKind::Customers, fixture("customers.csv"), {}, duringWrite);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(customerCount(), 0);

    ScriptedJobControl duringValidation(2);
    auto early
        = CsvImporter(m_ws.workspace()).import(ImportKind::Customers, fixture("customers.csv"), {}, duringValidation);
    ASSERT_FALSE(early.ok());
    EXPECT_EQ(early.error().code, ErrorCode::Cancelled);

    EXPECT_EQ(importClean(ImportKind::Customers, fixture("customers.csv")).inserted, 3)
        << "the rollback left nothing behind";
}

TEST_F(CsvImportTest, ReportsProgressUpToTheEnd)
{
    ScriptedJobControl control;
    auto report = CsvImporter(m_ws.workspace()).import(ImportKind::Customers, fixture("customers.csv"), {}, control);
    ASSERT_TRUE(report.ok());
    ASSERT_GE(control.progress.size(), 2);
    for (qsizetype i = 1; i < control.progress.size(); ++i)
        EXPECT_GE(control.progress[i].first, control.progress[i - 1].first);
    EXPECT_EQ(control.progress.last().first, control.progress.last().second);
    EXPECT_GT(control.progress.last().second, 0);
}

TEST_F(CsvImportTest, MalformedFilesAreErrorsNamingTheLine)
{
    auto unterminated = import(
        ImportKind::Customers, writeFile("broken.csv", "customer_id,name,currency\nA,\"Alpha,EUR\nB,Beta,EUR\n"));
    ASSERT_FALSE(unterminated.ok());
    EXPECT_EQ(unterminated.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(unterminated.error().detail, QStringLiteral("broken.csv: line 2: quoted field is never closed"));

    auto invalid
        = import(ImportKind::Customers, writeFile("latin1.csv", "customer_id,name,currency\nA,M\xFCller,EUR\n"));
    ASSERT_FALSE(invalid.ok());
    EXPECT_EQ(invalid.error().detail, QStringLiteral("latin1.csv: line 2: invalid UTF-8"));
    EXPECT_EQ(customerCount(), 0);

    auto missing = import(ImportKind::Customers, m_dir.filePath(QStringLiteral("missing.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
}
