// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashApplicationDialog.h"
#include "CsvMappingDialog.h"
#include "UiFixture.h"
#include "services/CsvMappings.h"
#include "storage/BankStatementRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTreeView>
#include <gtest/gtest.h>

using namespace cc;
using cc::test::UiFixture;

namespace {

QString openOf(UiFixture &fixture, const char *number)
{
    auto stored = fixture.session().run<Result<std::optional<InvoiceSummary>>>(
        [number](storage::Workspace &ws, services::JobControl &) {
            return storage::InvoiceRepository(ws.database()).summaryByNumber(QString::fromLatin1(number));
        });
    EXPECT_TRUE(UiFixture::wait(stored));
    return (*stored.result())->open.toDecimalString();
}

/// A camt.053 of 29 June 2024: entries of (reference, amount, payer, text).
QByteArray statement(const QList<std::tuple<const char *, const char *, const char *, const char *>> &entries)
{
    QByteArray xml = "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                     "<BkToCstmrStmt><GrpHdr><MsgId>M</MsgId></GrpHdr><Stmt><Id>S-0629</Id><Acct><Id><IBAN>"
                     "DE02120300000000202051</IBAN></Id><Ccy>EUR</Ccy></Acct>\n";
    for (const auto &[reference, amount, payer, text] : entries)
        xml += QByteArray("<Ntry><NtryRef>") + reference + "</NtryRef><Amt Ccy=\"EUR\">" + amount
            + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2024-06-29</Dt></BookgDt><NtryDtls><TxDtls>"
              "<RltdPties><Dbtr><Nm>"
            + payer + "</Nm></Dbtr></RltdPties><RmtInf><Ustrd>" + text
            + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
    return xml + "</Stmt></BkToCstmrStmt></Document>\n";
}

int rowOf(QTreeView *view, const QString &amount)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 1).data().toString().contains(amount))
            return row;
    }
    return -1;
}

} // namespace

// A statement comes in: the credit naming its invoice is posted by itself; a collector posts
// the suggestion with Enter, splits another credit by hand across two invoices, dismisses
// interest, and undoes a posted match.
TEST(CashApplicationUiTest, AStatementIsMatchedAndTheQueueWorkedFromTheKeyboard)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("statement.xml")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(
        statement({ { "E1", "200.00", "Mueller GmbH", "Rechnung INV-2" }, { "E2", "300.00", "MUELLER GMBH", "Zahlung" },
            { "E3", "150.00", "", "Sammelzahlung" }, { "E4", "12.34", "Sparkasse", "Zinsen" } }));
    file.close();

    ui::CashApplicationDialog dialog(fixture.session(), fixture.clock(), QStringLiteral("anna"));
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::CashApplicationDialog::loaded);
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    auto *lines = dialog.findChild<QTreeView *>(QStringLiteral("cashLines"));
    EXPECT_EQ(lines->model()->rowCount(), 0);

    loaded.clear();
    dialog.importStatement(file.fileName());
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("cashSummary"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return summary->text().contains(QStringLiteral("Posted: 1.")); }, 20000))
        << qPrintable(summary->text());
    EXPECT_EQ(summary->text(), QStringLiteral("To do: 1 suggested and 2 unmatched. Posted: 1. Dismissed: 0."));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("cashMessage"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("4 new line(s) from camt.053"))) << qPrintable(message->text());
    EXPECT_EQ(openOf(fixture, "INV-2"), QStringLiteral("0.00"));
    ASSERT_EQ(lines->model()->rowCount(), 3) << "the queue: suggested and unmatched";

    // The suggestion: Müller by name, INV-3 by the amount; Enter posts it.
    const int suggested = rowOf(lines, QStringLiteral("300.00"));
    ASSERT_GE(suggested, 0);
    lines->setCurrentIndex(lines->model()->index(suggested, 0));
    auto *reasons = dialog.findChild<QLabel *>(QStringLiteral("cashReasons"));
    EXPECT_TRUE(reasons->text().contains(QStringLiteral("Müller GmbH"))) << qPrintable(reasons->text());
    QSignalSpy changed(&dialog, &ui::CashApplicationDialog::changed);
    lines->setFocus();
    QTest::keyClick(lines, Qt::Key_Return);
    ASSERT_TRUE(UiFixture::waitFor(changed));
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines->model()->rowCount() == 2; }, 20000));
    EXPECT_EQ(openOf(fixture, "INV-3"), QStringLiteral("0.00"));

    // 150.00 without a word: found by an invoice number, split over INV-6 and INV-1.
    const int unnamed = rowOf(lines, QStringLiteral("150.00"));
    ASSERT_GE(unnamed, 0);
    lines->setCurrentIndex(lines->model()->index(unnamed, 0));
    auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("manualMatchSearch"));
    QTest::keyClick(&dialog, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("INV-6"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *items = dialog.findChild<QTreeView *>(QStringLiteral("manualMatchItems"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return items->model()->rowCount() == 2; }, 20000))
        << "Müller's open euro invoices: INV-2 and INV-3 are paid now";
    auto *itemModel = qobject_cast<QStandardItemModel *>(items->model());
    for (int row = 0; row < itemModel->rowCount(); ++row) {
        const QString number = itemModel->item(row, 0)->text();
        if (number == QLatin1String("INV-6"))
            itemModel->item(row, 3)->setText(QStringLiteral("100.00"));
        if (number == QLatin1String("INV-1"))
            itemModel->item(row, 3)->setText(QStringLiteral("50.00"));
    }
    auto *remaining = dialog.findChild<QLabel *>(QStringLiteral("manualMatchRemaining"));
    EXPECT_TRUE(remaining->text().startsWith(QStringLiteral("All of"))) << qPrintable(remaining->text());
    changed.clear();
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_TRUE(UiFixture::waitFor(changed)) << qPrintable(message->text());
    EXPECT_EQ(openOf(fixture, "INV-6"), QStringLiteral("150.00"));
    EXPECT_EQ(openOf(fixture, "INV-1"), QStringLiteral("50.00"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines->model()->rowCount() == 1; }, 20000));

    // Interest is no customer's payment.
    dialog.findChild<QPushButton *>(QStringLiteral("cashDismiss"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines->model()->rowCount() == 0; }, 20000));
    EXPECT_TRUE(summary->text().endsWith(QStringLiteral("Posted: 3. Dismissed: 1."))) << qPrintable(summary->text());

    // The first match was wrong after all: undone, INV-2 is open again.
    auto *show = dialog.findChild<QComboBox *>(QStringLiteral("cashShow"));
    show->setCurrentIndex(3);
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines->model()->rowCount() == 3; }, 20000));
    lines->setCurrentIndex(lines->model()->index(rowOf(lines, QStringLiteral("200.00")), 0));
    changed.clear();
    QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_TRUE(UiFixture::waitFor(changed)) << qPrintable(message->text());
    EXPECT_EQ(openOf(fixture, "INV-2"), QStringLiteral("200.00"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return lines->model()->rowCount() == 2; }, 20000));
}

// A bank's Latin-1 export with debit and credit columns: the separator and encoding are
// guessed, the columns chosen, the sample read back before the mapping is saved for the team.
TEST(CashApplicationUiTest, ABanksCsvExportIsMappedOnASample)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("export.csv")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("Kontonummer;Text;Datum;Währung;Soll;Haben\n"
                              "12345678001;Habenzinsen;31.12.2013;EUR;0,00;12,23\n"
                              "12345678001;Prämie Foo;13.08.2013;EUR;0,00;10,00\n"
                              "12345678001;Auszahlung;27.08.2013;EUR;1.500,00;0,00\n")
                   .toLatin1());
    file.close();

    ui::CsvMappingDialog dialog(fixture.session(), fixture.clock());
    dialog.show();
    dialog.loadSample(file.fileName());
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("csvMappingDelimiter"))->currentData().toString(),
        QStringLiteral(";"));
    EXPECT_EQ(dialog.findChild<QComboBox *>(QStringLiteral("csvMappingEncoding"))->currentData().toString(),
        QStringLiteral("ISO-8859-1"))
        << "not UTF-8";
    const auto choose = [&](const char *box, const QString &value) {
        auto *combo = dialog.findChild<QComboBox *>(QString::fromLatin1(box));
        const int index = combo->findData(value);
        ASSERT_GE(index, 0) << box << " has no " << value.toStdString();
        combo->setCurrentIndex(index);
    };
    dialog.findChild<QLineEdit *>(QStringLiteral("csvMappingName"))->setText(QStringLiteral("ING-DiBa"));
    choose("csvMappingDate", QStringLiteral("Datum"));
    dialog.findChild<QComboBox *>(QStringLiteral("csvMappingDateFormat"))->setCurrentText(QStringLiteral("dd.MM.yyyy"));
    choose("csvMappingDecimal", QStringLiteral(","));
    dialog.findChild<QComboBox *>(QStringLiteral("csvMappingAmountKind"))->setCurrentIndex(2);
    choose("csvMappingCredit", QStringLiteral("Haben"));
    choose("csvMappingDebit", QStringLiteral("Soll"));
    choose("csvMappingCurrencyColumn", QStringLiteral("Währung"));
    choose("csvMappingAccountColumn", QStringLiteral("Kontonummer"));
    auto *text = dialog.findChild<QListWidget *>(QStringLiteral("csvMappingText"));
    text->item(1)->setSelected(true);
    auto *result = dialog.findChild<QLabel *>(QStringLiteral("csvMappingResult"));
    EXPECT_TRUE(result->text().startsWith(QStringLiteral("The sample reads as 3 entry(s) from")))
        << qPrintable(result->text());
    EXPECT_TRUE(result->text().contains(QStringLiteral("Habenzinsen"))) << qPrintable(result->text());

    QSignalSpy saved(&dialog, &ui::CsvMappingDialog::saved);
    dialog.findChild<QPushButton *>(QStringLiteral("csvMappingSave"))->click();
    ASSERT_TRUE(UiFixture::waitFor(saved));
    auto stored = fixture.session().run<Result<bank::CsvStatementMapping>>(
        [&fixture](storage::Workspace &ws, services::JobControl &) {
            return services::CsvMappings(ws.database(), fixture.clock()).find(QStringLiteral("ING-DiBa"));
        });
    ASSERT_TRUE(UiFixture::wait(stored));
    ASSERT_TRUE(stored.result().ok()) << qPrintable(stored.result().error().detail);
    EXPECT_EQ(stored.result()->credit, QStringLiteral("Haben"));
    EXPECT_EQ(stored.result()->text, QStringList { QStringLiteral("Text") });
}

// A first statement into an empty ledger may bring thousands of credits: the window lists the
// oldest ones a person works through, and says how many there are.
TEST(CashApplicationUiTest, AHugeQueueListsItsOldestLines)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    auto stored = fixture.session().run<Status>([&fixture](storage::Workspace &ws, services::JobControl &) {
        bank::BankStatement statement;
        statement.format = QStringLiteral("camt.053");
        statement.statementId = QStringLiteral("BIG");
        statement.accountIban = QStringLiteral("DE02120300000000202051");
        statement.currency = QStringLiteral("EUR");
        for (int i = 0; i < 2050; ++i) {
            bank::BankTransaction line;
            line.entryReference = QStringLiteral("B%1").arg(i);
            line.bookingDate = QDate(2024, 6, 1).addDays(i % 28);
            line.amount = Money(100 + i, *Currency::fromCode(QStringLiteral("EUR")));
            line.remittance = QStringLiteral("Umsatz %1").arg(i);
            statement.transactions << line;
        }
        return storage::inTransaction(ws.database(), [&]() -> Status {
            auto done = storage::BankStatementRepository(ws.database(), fixture.clock())
                            .store(statement, QStringLiteral("big.xml"), QStringLiteral("2024-06-30T08:00:00Z"));
            return done ? success() : Status(done.error());
        });
    });
    ASSERT_TRUE(UiFixture::wait(stored));
    ASSERT_TRUE(stored.result().ok()) << qPrintable(stored.result().error().detail);

    ui::CashApplicationDialog dialog(fixture.session(), fixture.clock(), QStringLiteral("anna"));
    dialog.show();
    QSignalSpy loaded(&dialog, &ui::CashApplicationDialog::loaded);
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    auto *lines = dialog.findChild<QTreeView *>(QStringLiteral("cashLines"));
    EXPECT_EQ(lines->model()->rowCount(), 2000);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("cashSummary"));
    EXPECT_TRUE(summary->text().endsWith(QStringLiteral("Listed: the oldest 2000 of 2050.")))
        << qPrintable(summary->text());
}
