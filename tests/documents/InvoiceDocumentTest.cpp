// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/InvoiceDocument.h"
#include "FixedClock.h"
#include "TestWorkspace.h"
#include "documents/LetterAttachments.h"
#include "domain/CreditorReference.h"
#include "services/CompanyProfile.h"
#include "services/InvoiceDrafts.h"
#include "services/InvoiceIssuing.h"
#include "services/NoJobControl.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/SettingsRepository.h"

#include <QDir>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::test;

namespace {

QString saved(const QByteArray &pdf, const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("input.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    return path;
}

// What poppler reads out of a PDF, in reading order.
QString textOf(const QByteArray &pdf, const QTemporaryDir &dir)
{
    const QString path = saved(pdf, dir);
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    EXPECT_TRUE(process.waitForFinished(30'000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The QR codes a scanner finds on the PDF's first page, rendered as a banking app's camera
// would see a print: pdftoppm draws the page, zbarimg reads it.
QStringList scannedCodes(const QByteArray &pdf, const QTemporaryDir &dir)
{
    const QString path = saved(pdf, dir);
    QProcess render;
    render.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), QStringLiteral("-singlefile"), path,
            dir.filePath(QStringLiteral("scan")) });
    EXPECT_TRUE(render.waitForFinished(30'000));
    QProcess scan;
    scan.start(QStringLiteral("zbarimg"),
        { QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"),
            dir.filePath(QStringLiteral("scan.png")) });
    EXPECT_TRUE(scan.waitForFinished(30'000));
    // With -Sbinary zbarimg prints the code's bytes as they are, nothing added.
    const QByteArray found = scan.readAllStandardOutput();
    return found.isEmpty() ? QStringList() : QStringList { QString::fromUtf8(found) };
}

class InvoiceDocumentTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(customer("C1", "Nordwind Logistik GmbH", "EUR", "de", "NET30").ok());
        ASSERT_TRUE(customer("C2", "Harbour Freight Inc.", "USD", "en", "NET30").ok());
        for (const auto &[key, value] : { std::pair { "company.name", "Nordlicht Handel GmbH" },
                 std::pair { "company.address", "Speicherstadt 12\n20457 Hamburg" },
                 std::pair { "company.iban", "DE89 3704 0044 0532 0130 00" },
                 std::pair { "company.bic", "COBADEFFXXX" }, std::pair { "company.vat_id", "DE123456789" } })
            ASSERT_TRUE(
                services::CompanyProfile::set(ws.db(), QString::fromLatin1(key), QString::fromUtf8(value)).ok());
    }

    Status customer(const char *id, const char *name, const char *code, const char *language, const char *terms)
    {
        Customer c;
        c.id = QString::fromLatin1(id);
        c.name = QString::fromUtf8(name);
        c.currency = currency(code);
        c.creditLimit = Money::zero(c.currency);
        c.terms = *PaymentTerms::parse(QString::fromLatin1(terms));
        c.language = QString::fromLatin1(language);
        c.billingAddress = QStringLiteral("Am Kai 7\n28195 Bremen");
        c.vatId = QStringLiteral("DE987654321");
        return storage::CustomerRepository(ws.db()).save(c);
    }

    Invoice draft(const char *customerId, QList<InvoiceLine> lines, const QString &terms = QString())
    {
        auto started = drafts.start(QString::fromLatin1(customerId));
        EXPECT_TRUE(started.ok());
        started->lines = std::move(lines);
        started->customerReference = QStringLiteral("PO-4711");
        if (!terms.isEmpty())
            started->terms = terms;
        auto saved = drafts.save(*started);
        EXPECT_TRUE(saved.ok()) << (saved.ok() ? "" : qPrintable(saved.error().detail));
        return saved.ok() ? *saved : Invoice();
    }

    Invoice issued(const char *customerId, QList<InvoiceLine> lines, const QString &terms = QString())
    {
        auto document = issuing.issue(draft(customerId, std::move(lines), terms).id);
        EXPECT_TRUE(document.ok()) << (document.ok() ? "" : qPrintable(document.error().detail));
        return document.ok() ? *document : Invoice();
    }

    static QList<InvoiceLine> euroLines()
    {
        return { InvoiceLine { QStringLiteral("SKU-1"), QStringLiteral("Pallet wrap"), 12'500, money("19.99", "EUR"),
                     1000, 1900 },
            InvoiceLine { QStringLiteral("SKU-2"), QStringLiteral("Green tea"), 3000, money("8.50", "EUR"), 0, 700 } };
    }

    QByteArray pdfOf(const QString &number)
    {
        auto pdf = documents::InvoiceDocument::render(ws.db(), number);
        EXPECT_TRUE(pdf.ok()) << (pdf.ok() ? "" : qPrintable(pdf.error().detail));
        return pdf.ok() ? *pdf : QByteArray();
    }

    TestWorkspace ws;
    QTemporaryDir dir;
    FixedClock clock { QDateTime(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC) };
    services::InvoiceDrafts drafts { ws.db(), clock };
    services::InvoiceIssuing issuing { ws.db(), clock };
};

} // namespace

TEST_F(InvoiceDocumentTest, AnIssuedInvoicePrintsItsLinesTaxesAndTerms)
{
    const Invoice invoice = issued("C1", euroLines());
    const QString text = textOf(pdfOf(invoice.number), dir);
    for (const char *expected : { "Nordlicht Handel GmbH", "USt-IdNr. DE123456789", "Nordwind Logistik GmbH",
             "Am Kai 7", "28195 Bremen", "Ihre USt-IdNr.", "DE987654321", "PO-4711", "Pallet wrap", "12,5", "19,99",
             "10%", "224,89", "Green tea", "25,50", "Nettobetrag", "250,39 €", "USt. 19% auf 224,89 €", "42,73 €",
             "USt. 7% auf 25,50 €", "1,79 €", "Rechnungsbetrag", "294,91 €", "Zahlbar ohne Abzug bis 24.12.2026",
             "DE89 3704 0044 0532 0130 00", "COBADEFFXXX" }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n" << qPrintable(text);
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Rechnung ") + invoice.number)) << qPrintable(text);
    EXPECT_EQ(invoice.total, money("294.91", "EUR")) << "what the PDF says is what the books say";
}

TEST_F(InvoiceDocumentTest, TheGiroCodeScansToAValidSepaTransfer)
{
    const Invoice invoice = issued("C1", euroLines());
    const QByteArray pdf = pdfOf(invoice.number);
    const QStringList codes = scannedCodes(pdf, dir);
    ASSERT_EQ(codes.size(), 1) << "one code on the page";
    const QStringList fields = codes.first().split(QLatin1Char('\n'));
    ASSERT_EQ(fields.size(), 10) << qPrintable(codes.first());
    EXPECT_EQ(fields[0], QStringLiteral("BCD"));
    EXPECT_EQ(fields[1], QStringLiteral("002"));
    EXPECT_EQ(fields[2], QStringLiteral("1")) << "UTF-8";
    EXPECT_EQ(fields[3], QStringLiteral("SCT"));
    EXPECT_EQ(fields[4], QStringLiteral("COBADEFFXXX"));
    EXPECT_EQ(fields[5], QStringLiteral("Nordlicht Handel GmbH"));
    EXPECT_EQ(fields[6], QStringLiteral("DE89370400440532013000"));
    EXPECT_EQ(fields[7], QStringLiteral("EUR294.91"));
    EXPECT_EQ(fields[8], QString()) << "no purpose code";
    auto reference = CreditorReference::parse(fields[9]);
    ASSERT_TRUE(reference.ok()) << qPrintable(fields[9]);
    EXPECT_EQ(reference->payload(), QString(invoice.number).remove(QLatin1Char('-')));
    EXPECT_TRUE(textOf(pdf, dir).contains(reference->printed())) << "the printed reference is the scanned one";
    EXPECT_EQ(codes.first().toUtf8(), documents::InvoiceDocument::giroCode(ws.db(), invoice).value());
}

TEST_F(InvoiceDocumentTest, APartlyCreditedInvoiceAsksOnlyForTheRest)
{
    const Invoice invoice = issued("C1", euroLines());
    auto credit = drafts.creditNoteFor(invoice.number);
    ASSERT_TRUE(credit.ok());
    credit->lines.removeFirst(); // credits the tea only: 25.50 + 7 % = 27.29
    auto saved = drafts.save(*credit);
    ASSERT_TRUE(saved.ok());
    auto note = issuing.issue(saved->id);
    ASSERT_TRUE(note.ok()) << qPrintable(note.error().detail);

    const QStringList codes = scannedCodes(pdfOf(invoice.number), dir);
    ASSERT_EQ(codes.size(), 1);
    EXPECT_TRUE(codes.first().contains(QStringLiteral("\nEUR267.62\n"))) << qPrintable(codes.first());

    const QByteArray notePdf = pdfOf(note->number);
    const QString text = textOf(notePdf, dir);
    EXPECT_TRUE(text.contains(QStringLiteral("Gutschrift ") + note->number)) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Zu Rechnung")) && text.contains(invoice.number));
    EXPECT_TRUE(text.contains(QStringLiteral("Gutschriftsbetrag")));
    EXPECT_TRUE(text.contains(QStringLiteral("27,29 €")));
    EXPECT_FALSE(text.contains(QStringLiteral("IBAN"))) << "nothing to pay on a credit note";
    EXPECT_TRUE(scannedCodes(notePdf, dir).isEmpty());
}

TEST_F(InvoiceDocumentTest, ADraftPrintsAsADraftWithoutNumberOrCode)
{
    const Invoice unissued = draft("C1", euroLines());
    auto page = documents::InvoiceDocument::layout(ws.db(), unissued);
    ASSERT_TRUE(page.ok()) << qPrintable(page.error().detail);
    auto pdf = (*page)->toPdf(QStringLiteral("draft"));
    ASSERT_TRUE(pdf.ok());
    const QString text = textOf(*pdf, dir);
    EXPECT_TRUE(text.contains(QStringLiteral("Rechnungsentwurf"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("kein gültiges Dokument")));
    EXPECT_FALSE(text.contains(QStringLiteral("draft:")));
    EXPECT_FALSE(text.contains(QStringLiteral("RF")));
    EXPECT_TRUE(scannedCodes(*pdf, dir).isEmpty());

    // The preview paints the same page: white paper with text on it.
    const QList<QImage> pages = (*page)->toImages(50);
    ASSERT_EQ(pages.size(), 1);
    EXPECT_NEAR(pages.first().width() / 50.0 * 25.4, 210, 1) << "A4 wide";
    int inked = 0;
    for (int y = 0; y < pages.first().height(); y += 2) {
        for (int x = 0; x < pages.first().width(); x += 2)
            inked += qGray(pages.first().pixel(x, y)) < 128;
    }
    EXPECT_GT(inked, 200);
}

TEST_F(InvoiceDocumentTest, OtherCurrenciesGetBankDetailsButNoGiroCode)
{
    const Invoice invoice = issued("C2",
        { InvoiceLine { QStringLiteral("SKU-9"), QStringLiteral("Freight"), 1000, money("1000.00", "USD"), 0, 0 } });
    const QByteArray pdf = pdfOf(invoice.number);
    const QString text = textOf(pdf, dir);
    EXPECT_TRUE(text.contains(QStringLiteral("Invoice ") + invoice.number)) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("Total due")));
    EXPECT_TRUE(text.contains(QStringLiteral("$1,000.00")));
    EXPECT_TRUE(text.contains(QStringLiteral("Payable without deduction by 12/24/2026")));
    EXPECT_TRUE(text.contains(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    EXPECT_FALSE(text.contains(QStringLiteral("GiroCode")));
    EXPECT_TRUE(scannedCodes(pdf, dir).isEmpty());
    EXPECT_FALSE(documents::InvoiceDocument::giroCode(ws.db(), invoice).ok());
}

TEST_F(InvoiceDocumentTest, TermsShowTheDiscountDeadlineAndInstallments)
{
    const Invoice discounted = issued("C1", euroLines(), QStringLiteral("2/10 NET30"));
    QString text = textOf(pdfOf(discounted.number), dir);
    EXPECT_TRUE(text.contains(QStringLiteral("Bei Zahlung bis 04.12.2026 gewähren wir 2% Skonto (289,01 € zu zahlen)")))
        << qPrintable(text);

    const Invoice split = issued("C1", euroLines(), QStringLiteral("INST3x30"));
    text = textOf(pdfOf(split.number), dir);
    EXPECT_TRUE(text.contains(QStringLiteral("Zahlbar in Raten"))) << qPrintable(text);
    for (const char *part : { "24.12.2026", "23.01.2027", "22.02.2027" })
        EXPECT_TRUE(text.contains(QString::fromLatin1(part))) << part;
    EXPECT_TRUE(text.contains(QStringLiteral("98,31 €")) && text.contains(QStringLiteral("98,30 €")))
        << "294.91 in three parts, no cent lost";
}

TEST_F(InvoiceDocumentTest, AWorkspaceTemplateAndLogoAreUsed)
{
    QImage logo(300, 100, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    const QString logoPath = dir.filePath(QStringLiteral("logo.png"));
    ASSERT_TRUE(logo.save(logoPath));
    ASSERT_TRUE(services::CompanyProfile::set(ws.db(), QStringLiteral("company.logo"), logoPath).ok());
    const Invoice invoice = issued("C1", euroLines());
    EXPECT_TRUE(textOf(pdfOf(invoice.number), dir).contains(QStringLiteral("Rechnungsbetrag")));

    const QString own = dir.filePath(QStringLiteral("invoice.html"));
    QFile file(own);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("<p>{{#logo}}LOGO{{/logo}} {{document.number}} for {{customer.name}}: {{totals.gross}}</p>");
    file.close();
    ASSERT_TRUE(storage::SettingsRepository(ws.db()).setValue(QStringLiteral("invoice.template"), own).ok());
    const QString text = textOf(pdfOf(invoice.number), dir);
    EXPECT_TRUE(text.contains(QStringLiteral("LOGO %1 for Nordwind Logistik GmbH: 294,91 €").arg(invoice.number)))
        << qPrintable(text);

    ASSERT_TRUE(QFile::remove(own));
    auto missing = documents::InvoiceDocument::render(ws.db(), invoice.number);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().detail.contains(own)) << qPrintable(missing.error().detail);
}

TEST_F(InvoiceDocumentTest, ABatchWritesEveryDocumentAndNamesOneItCannotFind)
{
    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers << issued("C1", euroLines()).number;
    services::NoJobControl control;
    const QString folder = dir.filePath(QStringLiteral("batch"));
    auto written = documents::InvoiceDocument::renderBatch(ws.db(), numbers, folder, control);
    ASSERT_TRUE(written.ok()) << qPrintable(written.error().detail);
    EXPECT_EQ(*written, 3);
    EXPECT_EQ(QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files).size(), 3);

    auto unknown = documents::InvoiceDocument::renderBatch(ws.db(), { QStringLiteral("NOPE-1") }, folder, control);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().detail.contains(QStringLiteral("NOPE-1")));
}

TEST_F(InvoiceDocumentTest, AnImportedInvoiceShowsOnlyItsTotal)
{
    Invoice imported;
    imported.number = QStringLiteral("ERP/100");
    imported.customerId = QStringLiteral("C1");
    imported.invoiceDate = QDate(2026, 10, 1);
    imported.dueDate = QDate(2026, 10, 31);
    imported.total = money("500.00", "EUR");
    ASSERT_TRUE(storage::InvoiceRepository(ws.db()).insert(imported).ok());
    const QByteArray pdf = pdfOf(imported.number);
    const QString text = textOf(pdf, dir);
    EXPECT_TRUE(text.contains(QStringLiteral("Rechnung ERP/100"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("500,00 €")));
    EXPECT_TRUE(text.contains(QStringLiteral("31.10.2026")));
    EXPECT_FALSE(text.contains(QStringLiteral("Nettobetrag"))) << "its tax is not known here";
    EXPECT_FALSE(text.contains(QStringLiteral("Pos.")));
    const QStringList codes = scannedCodes(pdf, dir);
    ASSERT_EQ(codes.size(), 1);
    EXPECT_TRUE(codes.first().endsWith(
        QStringLiteral("\nEUR500.00\n\n") + CreditorReference::forDocument(imported.number)->electronic()))
        << qPrintable(codes.first());
}

TEST_F(InvoiceDocumentTest, LettersCarryCopiesOfTheNamedOrOpenInvoices)
{
    const Invoice first = issued("C1", euroLines());
    const Invoice second = issued("C1", euroLines());
    auto named = documents::LetterAttachments::copiesOf(ws.db(), { second.number });
    ASSERT_TRUE(named.ok()) << qPrintable(named.error().detail);
    ASSERT_EQ(named->size(), 1);
    EXPECT_EQ(named->at(0).fileName, second.number + QStringLiteral(".pdf"));
    EXPECT_EQ(named->at(0).mimeType, QStringLiteral("application/pdf"));
    EXPECT_TRUE(textOf(named->at(0).content, dir).contains(second.number));

    auto open = documents::LetterAttachments::invoiceCopies(
        ws.db(), QStringLiteral("C1"), clock.today(), false, { first.number });
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1) << "the excluded one stays out";
    EXPECT_EQ(open->at(0).fileName, second.number + QStringLiteral(".pdf"));
}
