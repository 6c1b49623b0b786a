// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceEditor.h"
#include "EmailDialog.h"
#include "InvoiceDraftModel.h"
#include "InvoicePdfDialog.h"
#include "ModelCheck.h"
#include "UiFixture.h"
#include "services/WorkspaceSession.h"
#include "storage/InvoiceRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace cc;
using namespace cc::ui;
using cc::test::UiFixture;

namespace {

class InvoiceEditorTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_fixture.populate());
        m_editor = std::make_unique<InvoiceEditor>(
            m_fixture.session(), m_fixture.clock(), QString(), QStringLiteral("anna"));
        m_model = m_editor->model();
        m_table = m_editor->findChild<QTableView *>(QStringLiteral("editorLines"));
        m_problem = m_editor->findChild<QLabel *>(QStringLiteral("editorProblem"));
        m_totals = m_editor->findChild<QLabel *>(QStringLiteral("editorTotals"));
        m_editor->show();
        QApplication::setActiveWindow(m_editor.get());
    }

    void start()
    {
        QSignalSpy loaded(m_editor.get(), &InvoiceEditor::loaded);
        m_editor->startInvoice(QStringLiteral("C001"));
        ASSERT_TRUE(UiFixture::waitFor(loaded));
    }

    QPushButton *button(const char *name) { return m_editor->findChild<QPushButton *>(QString::fromLatin1(name)); }

    bool set(int row, int column, const QString &text) { return m_model->setData(m_model->index(row, column), text); }

    // Types into a cell as a user does: the cell's editor opens, the text replaces what was
    // there, Enter commits (the delegate commits once the event loop runs again).
    void type(int row, int column, const QString &text)
    {
        const QModelIndex cell = m_model->index(row, column);
        m_table->setCurrentIndex(cell);
        m_table->edit(cell);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCoreApplication::processEvents();
    }

    UiFixture m_fixture;
    std::unique_ptr<InvoiceEditor> m_editor;
    InvoiceDraftModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_totals = nullptr;
};

} // namespace

TEST_F(InvoiceEditorTest, LinesTypedInGiveExactTotalsAndEveryEditUndoes)
{
    start();
    EXPECT_EQ(m_model->draft().customerId, QStringLiteral("C001"));
    cc::test::ModelCheck check(m_model);
    button("editorAddLine")->click();
    ASSERT_EQ(m_model->rowCount(), 1);
    // The new line opened its first cell for typing.
    ASSERT_TRUE(m_table->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Consulting"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_model->draft().lines.at(0).item, QStringLiteral("Consulting"));
    type(0, InvoiceLineModel::QuantityColumn, QStringLiteral("2.5"));
    type(0, InvoiceLineModel::UnitPriceColumn, QStringLiteral("1,200.00"));
    type(0, InvoiceLineModel::TaxRateColumn, QStringLiteral("19"));
    button("editorAddLine")->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    ASSERT_TRUE(set(1, InvoiceLineModel::DescriptionColumn, QStringLiteral("Travel")));
    ASSERT_TRUE(set(1, InvoiceLineModel::UnitPriceColumn, QStringLiteral("80.00")));
    ASSERT_TRUE(set(1, InvoiceLineModel::TaxRateColumn, QStringLiteral("7")));
    ASSERT_TRUE(set(1, InvoiceLineModel::DiscountColumn, QStringLiteral("10")));

    // 3,000.00 + 570.00 tax; 72.00 + 5.04 tax.
    EXPECT_EQ(m_model->draft().total, Money(364'704, m_model->draft().total.currency()));
    EXPECT_TRUE(m_totals->text().contains(QStringLiteral("3,647.04"))) << qPrintable(m_totals->text());
    EXPECT_TRUE(m_totals->text().contains(QStringLiteral("Tax 7%"))) << qPrintable(m_totals->text());
    EXPECT_TRUE(m_problem->isHidden()) << qPrintable(m_problem->text());

    QUndoStack *undo = m_editor->undoStack();
    const int edits = undo->count();
    EXPECT_EQ(edits, 10) << "two lines added, eight cells changed";
    undo->undo();
    EXPECT_EQ(m_model->draft().lines.at(1).discountBp, 0);
    EXPECT_EQ(m_model->draft().total, Money(364'704 + 856, m_model->draft().total.currency()));
    for (int i = 1; i < edits; ++i)
        undo->undo();
    EXPECT_EQ(m_model->rowCount(), 0) << "back to the empty draft";
    EXPECT_TRUE(m_model->draft().total.isZero());
    for (int i = 0; i < edits; ++i)
        undo->redo();
    EXPECT_EQ(m_model->rowCount(), 2);
    EXPECT_EQ(m_model->draft().total, Money(364'704, m_model->draft().total.currency()));

    // Keyboard undo, as a user presses it.
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(m_model->draft().lines.at(1).discountBp, 0);
    QTest::keyClick(m_editor.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_model->draft().lines.at(1).discountBp, 1000);
    EXPECT_TRUE(check.failures().isEmpty()) << qPrintable(check.failures().join(QLatin1Char('\n')));
}

TEST_F(InvoiceEditorTest, WrongInputIsNamedAtItsField)
{
    start();
    button("editorAddLine")->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(set(0, InvoiceLineModel::QuantityColumn, QStringLiteral("two")));
    EXPECT_TRUE(m_problem->text().contains(QStringLiteral("\"two\""))) << qPrintable(m_problem->text());
    EXPECT_EQ(m_editor->undoStack()->count(), 1) << "a refused value is no edit";

    ASSERT_TRUE(set(0, InvoiceLineModel::QuantityColumn, QStringLiteral("0")));
    EXPECT_TRUE(m_problem->text().contains(QStringLiteral("line 1: quantity"))) << qPrintable(m_problem->text());
    EXPECT_TRUE(m_problem->text().contains(QStringLiteral("line 1: description")));
    const QModelIndex quantity = m_model->index(0, InvoiceLineModel::QuantityColumn);
    EXPECT_TRUE(m_model->data(quantity, Qt::BackgroundRole).isValid()) << "the cell is marked";
    EXPECT_EQ(m_model->data(quantity, Qt::ToolTipRole).toString(), QStringLiteral("must not be zero"));
    EXPECT_FALSE(m_model->data(m_model->index(0, InvoiceLineModel::TaxRateColumn), Qt::BackgroundRole).isValid());

    auto *terms = m_editor->findChild<QComboBox *>(QStringLiteral("editorTerms"));
    terms->setCurrentText(QStringLiteral("NET-ish"));
    EXPECT_TRUE(m_problem->text().contains(QStringLiteral("terms: "))) << qPrintable(m_problem->text());
    terms->setCurrentText(QStringLiteral("INST3x30"));
    EXPECT_TRUE(
        m_editor->findChild<QLabel *>(QStringLiteral("editorDue"))->text().contains(QStringLiteral("installments")));

    // Typing a reference is one edit, however many letters.
    const int before = m_editor->undoStack()->count();
    auto *reference = m_editor->findChild<QLineEdit *>(QStringLiteral("editorReference"));
    QTest::keyClicks(reference, QStringLiteral("PO-4711"));
    EXPECT_EQ(m_model->draft().customerReference, QStringLiteral("PO-4711"));
    EXPECT_EQ(m_editor->undoStack()->count(), before + 1);
    m_editor->undoStack()->undo();
    EXPECT_EQ(reference->text(), QString()) << "undo shows in the field";
}

TEST_F(InvoiceEditorTest, ADraftIsSavedPreviewedAndIssuedThenReadOnly)
{
    start();
    button("editorAddLine")->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    ASSERT_TRUE(set(0, InvoiceLineModel::ItemColumn, QStringLiteral("Consulting")));
    ASSERT_TRUE(set(0, InvoiceLineModel::UnitPriceColumn, QStringLiteral("100")));
    ASSERT_TRUE(set(0, InvoiceLineModel::TaxRateColumn, QStringLiteral("19")));

    QSignalSpy saved(m_editor.get(), &InvoiceEditor::saved);
    button("editorSave")->click();
    ASSERT_TRUE(UiFixture::waitFor(saved));
    EXPECT_TRUE(saved.first().at(0).toString().startsWith(QStringLiteral("draft:")));
    EXPECT_TRUE(m_editor->undoStack()->isClean());
    EXPECT_GT(m_model->draft().id, 0);

    button("editorPreview")->click();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_editor->findChild<QLabel *>(QStringLiteral("previewPage")) != nullptr; }, 20000));
    const QPixmap page = m_editor->findChild<QLabel *>(QStringLiteral("previewPage"))->pixmap();
    EXPECT_GT(page.height(), page.width()) << "an A4 page, upright";

    QSignalSpy issued(m_editor.get(), &InvoiceEditor::issued);
    button("editorIssue")->click();
    QMessageBox *confirm = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return (confirm = m_editor->findChild<QMessageBox *>(QStringLiteral("confirmIssue"))); }, 5000));
    confirm->defaultButton()->click();
    ASSERT_TRUE(UiFixture::waitFor(issued));
    const QString number = issued.first().at(0).toString();
    EXPECT_TRUE(number.startsWith(QStringLiteral("INV-"))) << qPrintable(number);
    EXPECT_EQ(m_model->draft().status, InvoiceStatus::Open);
    EXPECT_FALSE(button("editorSave")->isEnabled());
    EXPECT_TRUE(button("editorEmail")->isEnabled());
    EXPECT_EQ(m_table->editTriggers(), QAbstractItemView::NoEditTriggers) << "issued documents do not change";
    EXPECT_FALSE(set(0, InvoiceLineModel::ItemColumn, QStringLiteral("changed")));
    EXPECT_EQ(m_model->draft().lines[0].item, QStringLiteral("Consulting"));

    // Email… writes to the customer with this document's copy attached, and no other.
    button("editorEmail")->click();
    auto *email = m_editor->findChild<EmailDialog *>();
    ASSERT_NE(email, nullptr);
    auto *copies = email->findChild<QCheckBox *>(QStringLiteral("emailInvoiceCopies"));
    EXPECT_TRUE(copies->isChecked());
    EXPECT_TRUE(copies->text().contains(number)) << qPrintable(copies->text());
    email->reject();

    auto stored = m_fixture.session().run<Result<std::optional<Invoice>>>(
        [number](storage::Workspace &workspace, services::JobControl &) {
            return storage::InvoiceRepository(workspace.database()).findByNumber(number);
        });
    ASSERT_TRUE(UiFixture::wait(stored));
    ASSERT_TRUE(stored.result().ok() && *stored.result());
    EXPECT_EQ((*stored.result())->total, m_model->draft().total);
    EXPECT_EQ((*stored.result())->lines.size(), 1);
}

TEST_F(InvoiceEditorTest, ClosingWithUnsavedEditsAsksFirst)
{
    start();
    button("editorAddLine")->click();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    ASSERT_TRUE(set(0, InvoiceLineModel::ItemColumn, QStringLiteral("Consulting")));
    m_editor->reject();
    QMessageBox *ask = m_editor->findChild<QMessageBox *>(QStringLiteral("confirmClose"));
    ASSERT_NE(ask, nullptr);
    EXPECT_TRUE(m_editor->isVisible()) << "nothing is lost before the user answers";
    ask->button(QMessageBox::Discard)->click();
    EXPECT_FALSE(m_editor->isVisible());
}

TEST(InvoicePdfDialogTest, WritesEveryListedDocumentWithProgress)
{
    UiFixture fixture;
    ASSERT_TRUE(fixture.populate());
    InvoiceFilter filter;
    filter.customerId = QStringLiteral("C001");
    auto expected
        = fixture.session().run<Result<QStringList>>([filter](storage::Workspace &workspace, services::JobControl &) {
              return storage::InvoiceRepository(workspace.database()).numbers(filter);
          });
    ASSERT_TRUE(UiFixture::wait(expected));
    const Result<QStringList> listed = expected.result();
    ASSERT_TRUE(listed.ok());
    const QStringList numbers = *listed;
    ASSERT_GT(numbers.size(), 1);

    QTemporaryDir out;
    InvoicePdfDialog dialog(fixture.session(), fixture.clock(), filter, numbers.size());
    dialog.findChild<QLineEdit *>(QStringLiteral("pdfFolder"))->setText(out.filePath(QStringLiteral("pdfs")));
    QSignalSpy written(&dialog, &InvoicePdfDialog::written);
    dialog.show();
    dialog.findChild<QPushButton *>(QStringLiteral("pdfWrite"))->click();
    ASSERT_TRUE(UiFixture::waitFor(written));
    EXPECT_EQ(written.first().at(0).toInt(), numbers.size());
    const QStringList files
        = QDir(out.filePath(QStringLiteral("pdfs"))).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
    for (const QString &number : numbers)
        EXPECT_TRUE(files.contains(number + QStringLiteral(".pdf"))) << qPrintable(number);
}

// From the invoice list the customer is picked first, by part of their name.
TEST_F(InvoiceEditorTest, ANewInvoiceStartsWithPickingTheCustomer)
{
    m_editor->startBlank();
    EXPECT_FALSE(button("editorAddLine")->isEnabled()) << "nothing before there is a customer";
    auto *customer = m_editor->findChild<QLineEdit *>(QStringLiteral("editorCustomer"));
    ASSERT_TRUE(customer->isVisible());
    QTest::keyClicks(customer, QStringLiteral("zurch"));
    auto *matches = qobject_cast<QStringListModel *>(customer->completer()->model());
    ASSERT_TRUE(QTest::qWaitFor([&] { return matches->rowCount() > 0; }, 10000));
    EXPECT_EQ(matches->stringList(), QStringList { QStringLiteral("C003 – Zürcher Filiale AG") })
        << "case and diacritics do not matter";

    // A number that is no customer's is named, and the picker stays.
    customer->setText(QStringLiteral("C999"));
    QTest::keyClick(customer, Qt::Key_Return);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !m_problem->isHidden(); }, 10000));
    EXPECT_TRUE(m_problem->text().contains(QStringLiteral("C999"))) << qPrintable(m_problem->text());
    EXPECT_TRUE(customer->isVisible());

    QSignalSpy loaded(m_editor.get(), &InvoiceEditor::loaded);
    emit customer->completer()->activated(QStringLiteral("C003 – Zürcher Filiale AG"));
    ASSERT_TRUE(UiFixture::waitFor(loaded));
    EXPECT_EQ(m_model->draft().customerId, QStringLiteral("C003"));
    EXPECT_FALSE(customer->isVisible());
    EXPECT_TRUE(button("editorAddLine")->isEnabled());
    EXPECT_TRUE(m_table->isEnabled());
}
