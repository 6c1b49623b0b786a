// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"
#include "UiFixture.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocumentFragment>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace cc;
using cc::services::ImportKind;
using cc::test::UiFixture;
using cc::ui::ImportDialog;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(CASHCYCLE_SOURCE_DIR "/tests/fixtures/csv/") + QLatin1String(name);
}

class ImportDialogTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_dialog = std::make_unique<ImportDialog>(m_fixture.session());
        m_dialog->show();
        m_table = child<QTableView>("previewTable");
        m_problems = child<QTreeWidget>("problemList");
        m_importButton = child<QPushButton>("importButton");
        ASSERT_TRUE(m_table && m_problems && m_importButton);
    }

    template <typename T> T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }

    /// What a label shows, without its markup.
    QString text(const char *label) const
    {
        const auto *found = child<QLabel>(label);
        return found
            ? QTextDocumentFragment::fromHtml(found->text()).toPlainText().replace(QChar::Nbsp, QLatin1Char(' '))
            : QString();
    }

    /// Previews `file` as `kind` and waits until its records are shown.
    bool preview(ImportKind kind, const char *file)
    {
        m_dialog->setKind(kind);
        m_dialog->setFile(fixture(file));
        return QTest::qWaitFor([&] { return m_table->model()->rowCount() > 0; }, 20000);
    }

    /// Imports the previewed file and waits until the dialog shows the outcome.
    bool import()
    {
        if (!QTest::qWaitFor([&] { return m_importButton->isEnabled(); }, 20000))
            return false;
        m_importButton->click();
        return QTest::qWaitFor([&] { return m_importButton->isEnabled(); }, 20000);
    }

    QString header(int column) const { return m_table->model()->headerData(column, Qt::Horizontal).toString(); }
    QString cell(int row, int column) const { return m_table->model()->index(row, column).data().toString(); }

    qint64 count(ImportKind kind)
    {
        auto future = m_fixture.session().run<Result<qint64>>(
            [kind](storage::Workspace &ws, services::JobControl &) -> Result<qint64> {
                if (kind == ImportKind::Customers)
                    return storage::CustomerRepository(ws.database()).count();
                return storage::InvoiceRepository(ws.database()).count({});
            });
        if (!UiFixture::wait(future) || !future.result())
            return -1;
        return *future.result();
    }

    UiFixture m_fixture;
    std::unique_ptr<ImportDialog> m_dialog;
    QTableView *m_table = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace

TEST_F(ImportDialogTest, PreviewShowsTheHeaderAndRecordsAsTheFileWillBeRead)
{
    // Semicolons, a byte-order mark, a quoted delimiter and a line break inside a field.
    ASSERT_TRUE(preview(ImportKind::Customers, "customers_de.csv"));
    ASSERT_EQ(m_table->model()->columnCount(), 6);
    EXPECT_EQ(header(0), QStringLiteral("Kundennummer"));
    EXPECT_EQ(header(1), QStringLiteral("Customer Name"));
    ASSERT_EQ(m_table->model()->rowCount(), 2);
    EXPECT_EQ(cell(0, 0), QStringLiteral("K-1"));
    EXPECT_EQ(cell(0, 1), QStringLiteral("Müller; Söhne KG"));
    EXPECT_EQ(cell(1, 1), QStringLiteral("Zeilen ↵ umbruch AG"));
    // Rows are labelled with the lines problems will name.
    EXPECT_EQ(m_table->model()->headerData(1, Qt::Vertical).toString(), QStringLiteral("3"));
    EXPECT_TRUE(text("previewInfo").contains(QStringLiteral("semicolons (detected)")))
        << text("previewInfo").toStdString();

    const QString columns = text("columnSummary");
    EXPECT_TRUE(columns.contains(QStringLiteral("customer_id ← Kundennummer"))) << columns.toStdString();
    EXPECT_TRUE(columns.contains(QStringLiteral("name ← Customer Name"))) << columns.toStdString();
    EXPECT_FALSE(columns.contains(QStringLiteral("Missing"))) << columns.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return m_importButton->isEnabled(); }, 20000));
}

TEST_F(ImportDialogTest, ColumnSummaryNamesMissingRequiredColumnsUntilAMappingFileNamesThem)
{
    ASSERT_TRUE(preview(ImportKind::Invoices, "invoices_custom.csv"));
    QString columns = text("columnSummary");
    EXPECT_TRUE(columns.contains(QStringLiteral("Missing: invoice_number, customer_id, invoice_date, total")))
        << columns.toStdString();
    EXPECT_FALSE(m_importButton->isEnabled());
    EXPECT_EQ(m_problems->topLevelItemCount(), 4);

    child<QLineEdit>("mappingFile")->setText(fixture("invoices_custom.map"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_importButton->isEnabled(); }, 20000));
    columns = text("columnSummary");
    EXPECT_TRUE(columns.contains(QStringLiteral("total ← Gross"))) << columns.toStdString();
    EXPECT_FALSE(columns.contains(QStringLiteral("Missing"))) << columns.toStdString();
    EXPECT_EQ(m_problems->topLevelItemCount(), 0);
}

TEST_F(ImportDialogTest, ABadFileShowsEveryProblemAndWritesNothing)
{
    ASSERT_TRUE(m_fixture.populate());
    const qint64 before = count(ImportKind::Invoices);
    ASSERT_GT(before, 0);
    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);

    ASSERT_TRUE(preview(ImportKind::Invoices, "invoices_bad.csv"));
    ASSERT_TRUE(import());

    QStringList lines;
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i)
        lines << m_problems->topLevelItem(i)->text(0);
    EXPECT_EQ(lines, QStringList({ "2", "3", "4", "5", "6", "7", "9", "10", "11", "12" }));
    EXPECT_EQ(m_problems->topLevelItem(0)->text(1), QStringLiteral("invoice_date"));
    EXPECT_TRUE(m_problems->topLevelItem(0)->text(2).contains(QStringLiteral("not a date")));
    EXPECT_TRUE(m_problems->isVisible());
    EXPECT_TRUE(text("importResult").contains(QStringLiteral("Nothing was written")))
        << text("importResult").toStdString();
    EXPECT_TRUE(imported.isEmpty());
    EXPECT_EQ(count(ImportKind::Invoices), before);
}

TEST_F(ImportDialogTest, EnterImportsAGoodFileAndAnnouncesIt)
{
    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    ASSERT_TRUE(preview(ImportKind::Customers, "customers.csv"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_importButton->isEnabled(); }, 20000));

    QTest::keyClick(child<QLineEdit>("importFile"), Qt::Key_Return);
    ASSERT_TRUE(UiFixture::waitFor(imported));
    EXPECT_TRUE(text("importResult").contains(QStringLiteral("3 new customer"))) << text("importResult").toStdString();
    EXPECT_EQ(count(ImportKind::Customers), 3);

    // Importing the same file again changes nothing, so there is nothing to announce.
    ASSERT_TRUE(import());
    EXPECT_TRUE(text("importResult").contains(QStringLiteral("3 row(s) were already in the workspace")))
        << text("importResult").toStdString();
    EXPECT_EQ(imported.size(), 1);
    EXPECT_EQ(count(ImportKind::Customers), 3);
}

TEST_F(ImportDialogTest, AFileThatCannotBeReadAnymoreIsNamedInTheMessage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vanishing.csv"));
    ASSERT_TRUE(QFile::copy(fixture("customers.csv"), path));
    QSignalSpy imported(m_dialog.get(), &ImportDialog::imported);
    m_dialog->setFile(path);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_importButton->isEnabled(); }, 20000));

    ASSERT_TRUE(QFile::remove(path));
    ASSERT_TRUE(import());
    const QString result = text("importResult");
    EXPECT_TRUE(result.contains(QStringLiteral("nothing was written"))) << result.toStdString();
    EXPECT_TRUE(result.contains(path)) << result.toStdString();
    EXPECT_TRUE(imported.isEmpty());
    EXPECT_EQ(count(ImportKind::Customers), 0);
}
