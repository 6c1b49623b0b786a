// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceEditor.h"

#include "DraftChange.h"
#include "EmailDialog.h"
#include "ErrorMessages.h"
#include "InvoiceDraftModel.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "documents/InvoiceDocument.h"
#include "domain/PaymentTerms.h"
#include "services/InvoiceDrafts.h"
#include "services/InvoiceIssuing.h"
#include "services/MoneyFormatter.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

// Edits of one header field in a row undo as one (typing a reference letter by letter).
enum MergeKey { DateKey = 1, TermsKey, ReferenceKey, RoundingKey, NotesKey };

constexpr int kMinPreviewDotsPerInch = 40;

} // namespace

InvoiceEditor::InvoiceEditor(
    services::WorkspaceSession &session, const Clock &clock, QString serverUri, QString sender, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_serverUri(std::move(serverUri))
    , m_sender(std::move(sender))
    , m_model(new InvoiceDraftModel(this))
    , m_undo(new QUndoStack(this))
    , m_title(new QLabel(this))
    , m_pickerRow(new QWidget(this))
    , m_customer(new QLineEdit(this))
    , m_matches(new QStringListModel(this))
    , m_lookupDelay(new QTimer(this))
    , m_previewDelay(new QTimer(this))
    , m_date(new QDateEdit(this))
    , m_terms(new QComboBox(this))
    , m_due(new QLabel(this))
    , m_reference(new QLineEdit(this))
    , m_rounding(new QComboBox(this))
    , m_lines(new QTableView(this))
    , m_notes(new QPlainTextEdit(this))
    , m_totals(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_addLine(new QPushButton(tr("&Add line"), this))
    , m_removeLine(new QPushButton(tr("Re&move line"), this))
    , m_save(new QPushButton(tr("&Save draft"), this))
    , m_issue(new QPushButton(tr("&Issue…"), this))
    , m_email(new QPushButton(tr("E&mail…"), this))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_previewArea(new QScrollArea(this))
    , m_pages(nullptr)
{
    setObjectName(QStringLiteral("invoiceEditor"));
    setWindowTitle(tr("Invoice"));
    m_title->setObjectName(QStringLiteral("editorTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_customer->setObjectName(QStringLiteral("editorCustomer"));
    m_customer->setPlaceholderText(tr("Name or number of the customer"));
    auto *completer = new QCompleter(m_matches, this);
    completer->setObjectName(QStringLiteral("editorCustomerMatches"));
    // The matches come from the workspace already filtered; the completer only shows them.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_customer->setCompleter(completer);
    // Each preview lays the whole document out: wait until typing pauses.
    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(300);
    connect(m_previewDelay, &QTimer::timeout, this, &InvoiceEditor::preview);
    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(200);
    connect(m_customer, &QLineEdit::textEdited, m_lookupDelay, qOverload<>(&QTimer::start));
    connect(m_lookupDelay, &QTimer::timeout, this, &InvoiceEditor::lookUpCustomers);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &InvoiceEditor::pickCustomer);
    connect(m_customer, &QLineEdit::returnPressed, this, [this] { pickCustomer(m_customer->text()); });
    auto *pickerLayout = new QHBoxLayout(m_pickerRow);
    pickerLayout->setContentsMargins(0, 0, 0, 0);
    auto *customerLabel = new QLabel(tr("C&ustomer:"), m_pickerRow);
    customerLabel->setBuddy(m_customer);
    pickerLayout->addWidget(customerLabel);
    pickerLayout->addWidget(m_customer, 1);
    m_pickerRow->hide();
    m_date->setObjectName(QStringLiteral("editorDate"));
    m_date->setCalendarPopup(true);
    m_terms->setObjectName(QStringLiteral("editorTerms"));
    m_terms->setEditable(true);
    m_terms->addItems({ QStringLiteral("NET14"), QStringLiteral("NET30"), QStringLiteral("NET60"),
        QStringLiteral("EOM+30"), QStringLiteral("2/10 NET30"), QStringLiteral("INST3x30") });
    m_terms->setToolTip(tr("NET30: due in 30 days; EOM+15: 15 days after the month's end; 2/10 NET30: 2 % off "
                           "within 10 days; INST3x30: three installments 30 days apart"));
    m_due->setObjectName(QStringLiteral("editorDue"));
    m_due->setWordWrap(true);
    m_reference->setObjectName(QStringLiteral("editorReference"));
    m_rounding->setObjectName(QStringLiteral("editorRounding"));
    m_rounding->addItem(tr("Tax rounded per line"), int(TaxRounding::PerLine));
    m_rounding->addItem(tr("Tax rounded per rate on the total"), int(TaxRounding::PerInvoice));
    m_lines->setObjectName(QStringLiteral("editorLines"));
    m_lines->setModel(m_model);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->resizeSection(InvoiceLineModel::DescriptionColumn, 240);
    m_lines->horizontalHeader()->setStretchLastSection(true);
    m_notes->setObjectName(QStringLiteral("editorNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_totals->setObjectName(QStringLiteral("editorTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_totals->setTextFormat(Qt::RichText);
    m_problem->setObjectName(QStringLiteral("editorProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_addLine->setObjectName(QStringLiteral("editorAddLine"));
    m_addLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    m_removeLine->setObjectName(QStringLiteral("editorRemoveLine"));
    m_removeLine->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_save->setObjectName(QStringLiteral("editorSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_issue->setObjectName(QStringLiteral("editorIssue"));
    m_email->setObjectName(QStringLiteral("editorEmail"));
    m_previewButton->setObjectName(QStringLiteral("editorPreview"));
    m_previewButton->setCheckable(true);
    m_previewArea->setObjectName(QStringLiteral("editorPreviewArea"));
    m_previewArea->setWidgetResizable(true);
    m_previewArea->setBackgroundRole(QPalette::Dark);
    auto *pages = new QWidget(m_previewArea);
    m_pages = new QVBoxLayout(pages);
    m_pages->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_previewArea->setWidget(pages);
    m_previewArea->hide();

    QAction *undo = m_undo->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("Redo"));
    redo->setShortcuts({ QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z) });
    addAction(undo);
    addAction(redo);
    auto *undoButton = new QPushButton(tr("&Undo"), this);
    undoButton->setObjectName(QStringLiteral("editorUndo"));
    auto *redoButton = new QPushButton(tr("&Redo"), this);
    redoButton->setObjectName(QStringLiteral("editorRedo"));
    connect(undoButton, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redoButton, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canUndoChanged, undoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redoButton, &QWidget::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undoButton,
        [undoButton](const QString &what) { undoButton->setToolTip(what); });
    undoButton->setEnabled(false);
    redoButton->setEnabled(false);

    connect(m_model, &InvoiceDraftModel::editRequested, this, &InvoiceEditor::edit);
    connect(m_model, &InvoiceDraftModel::inputRefused, this, &InvoiceEditor::showProblem);
    connect(m_model, &InvoiceDraftModel::contentChanged, this, &InvoiceEditor::refresh);
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        Invoice edited = m_model->draft();
        edited.invoiceDate = date;
        edit(edited, tr("Change the invoice date"), DateKey);
    });
    connect(m_terms, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        Invoice edited = m_model->draft();
        edited.terms = code.trimmed();
        edit(edited, tr("Change the terms"), TermsKey);
    });
    connect(m_reference, &QLineEdit::textEdited, this, [this](const QString &text) {
        Invoice edited = m_model->draft();
        edited.customerReference = text;
        edit(edited, tr("Change the customer's reference"), ReferenceKey);
    });
    connect(m_rounding, &QComboBox::currentIndexChanged, this, [this] {
        Invoice edited = m_model->draft();
        edited.taxRounding = TaxRounding(m_rounding->currentData().toInt());
        edit(edited, tr("Change the tax rounding"), RoundingKey);
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        Invoice edited = m_model->draft();
        edited.notes = m_notes->toPlainText();
        edit(edited, tr("Change the notes"), NotesKey);
    });
    connect(m_addLine, &QPushButton::clicked, this, &InvoiceEditor::addLine);
    connect(m_removeLine, &QPushButton::clicked, this, &InvoiceEditor::removeLine);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_issue, &QPushButton::clicked, this, &InvoiceEditor::confirmIssue);
    connect(m_email, &QPushButton::clicked, this, &InvoiceEditor::email);

    auto *header = new QFormLayout;
    header->addRow(tr("&Date:"), m_date);
    auto *termsRow = new QHBoxLayout;
    termsRow->addWidget(m_terms);
    termsRow->addWidget(m_due, 1);
    auto *termsLabel = new QLabel(tr("&Terms:"), this);
    termsLabel->setBuddy(m_terms);
    header->addRow(termsLabel, termsRow);
    header->addRow(tr("Customer's &reference:"), m_reference);
    header->addRow(tr("Ta&x:"), m_rounding);
    auto *lineButtons = new QHBoxLayout;
    lineButtons->addWidget(m_addLine);
    lineButtons->addWidget(m_removeLine);
    lineButtons->addStretch(1);
    auto *bottom = new QHBoxLayout;
    auto *notesBox = new QFormLayout;
    notesBox->addRow(tr("&Notes:"), m_notes);
    bottom->addLayout(notesBox, 3);
    bottom->addWidget(m_totals, 2);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(m_pickerRow);
    editorLayout->addLayout(header);
    editorLayout->addWidget(m_lines, 1);
    editorLayout->addLayout(lineButtons);
    editorLayout->addLayout(bottom);
    editorLayout->addWidget(m_problem);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editor);
    splitter->addWidget(m_previewArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    connect(m_previewButton, &QPushButton::toggled, this, [this, splitter](bool on) {
        m_previewArea->setVisible(on);
        if (!on)
            return;
        // The page beside the editor, wide enough to read.
        const int width = splitter->width();
        splitter->setSizes({ width * 11 / 20, width * 9 / 20 });
        preview();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(undoButton);
    buttons->addWidget(redoButton);
    buttons->addStretch(1);
    buttons->addWidget(m_previewButton);
    buttons->addWidget(m_email);
    buttons->addWidget(m_save);
    buttons->addWidget(m_issue);
    auto *close = new QPushButton(tr("Close"), this);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    // Enter commits a cell; it must never click a button (issue, close) by the way.
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setAutoDefault(false);
    resize(1100, 680);
    setEnabled(false); // until the document is loaded
}

InvoiceEditor::~InvoiceEditor() = default;

void InvoiceEditor::startInvoice(const QString &customerId)
{
    const Clock &clock = m_clock;
    auto future
        = m_session.run<Result<Invoice>>([customerId, &clock](storage::Workspace &workspace, services::JobControl &) {
              return services::InvoiceDrafts(workspace.database(), clock).start(customerId);
          });
    whenReady(this, future, [this](const Result<Invoice> &draft) { display(draft); });
}

void InvoiceEditor::startBlank()
{
    m_title->setText(tr("New invoice"));
    setWindowTitle(m_title->text());
    m_pickerRow->show();
    setEnabled(true);
    // Nothing but the customer can be filled in before there is a customer.
    for (QWidget *field : std::initializer_list<QWidget *> { m_date, m_terms, m_reference, m_rounding, m_lines, m_notes,
             m_addLine, m_removeLine, m_save, m_issue, m_email, m_previewButton })
        field->setEnabled(false);
    m_customer->setFocus();
}

void InvoiceEditor::lookUpCustomers()
{
    const QString text = m_customer->text().trimmed();
    if (text.isEmpty())
        return;
    const int generation = ++m_lookupGeneration;
    auto future = m_session.run<Result<QStringList>>(
        [text](storage::Workspace &workspace, services::JobControl &) -> Result<QStringList> {
            constexpr int kShown = 20;
            auto found = storage::CustomerRepository(workspace.database()).lookup(text, kShown);
            if (!found)
                return found.error();
            QStringList matches;
            for (const auto &[id, name] : std::as_const(*found))
                matches << QStringLiteral("%1 – %2").arg(id, name); // read back by pickCustomer()
            return matches;
        });
    whenReady(this, future, [this, generation](const Result<QStringList> &matches) {
        if (generation != m_lookupGeneration)
            return;
        if (!matches) {
            showProblem(ErrorMessages::describe(matches.error()));
            return;
        }
        m_matches->setStringList(*matches);
        m_customer->completer()->complete();
    });
}

void InvoiceEditor::pickCustomer(const QString &match)
{
    // "C000123 – Name" from the list, or a number typed in full.
    const QString id = match.section(QStringLiteral(" – "), 0, 0).trimmed();
    if (!id.isEmpty())
        startInvoice(id); // a mistyped one is named, and the picker stays
}

void InvoiceEditor::startCreditNote(const QString &invoiceNumber)
{
    const Clock &clock = m_clock;
    auto future = m_session.run<Result<Invoice>>(
        [invoiceNumber, &clock](storage::Workspace &workspace, services::JobControl &) {
            return services::InvoiceDrafts(workspace.database(), clock).creditNoteFor(invoiceNumber);
        });
    whenReady(this, future, [this](const Result<Invoice> &draft) { display(draft); });
}

void InvoiceEditor::open(const QString &number)
{
    auto future = m_session.run<Result<Invoice>>(
        [number](storage::Workspace &workspace, services::JobControl &) -> Result<Invoice> {
            auto found = storage::InvoiceRepository(workspace.database()).findByNumber(number);
            if (!found)
                return found.error();
            if (!*found)
                return makeError(ErrorCode::NotFound, InvoiceEditor::tr("there is no document %1").arg(number));
            return **found;
        });
    whenReady(this, future, [this](const Result<Invoice> &document) { display(document); });
}

void InvoiceEditor::display(const Result<Invoice> &document)
{
    setEnabled(true);
    if (!document) {
        showProblem(ErrorMessages::describe(document.error()));
        m_save->setEnabled(false);
        m_issue->setEnabled(false);
        return;
    }
    showProblem(QString());
    m_pickerRow->hide();
    m_undo->clear();
    m_model->setDraft(*document);
    for (QWidget *field : std::initializer_list<QWidget *> { m_lines, m_notes, m_previewButton })
        field->setEnabled(true);
    const bool issued = isIssued();
    m_lines->setEditTriggers(issued ? QAbstractItemView::NoEditTriggers : QAbstractItemView::AllEditTriggers);
    for (QWidget *field : std::initializer_list<QWidget *> {
             m_date, m_terms, m_reference, m_rounding, m_addLine, m_removeLine, m_save, m_issue })
        field->setEnabled(!issued);
    m_notes->setReadOnly(issued);
    m_email->setEnabled(issued);
    emit loaded();
}

bool InvoiceEditor::isIssued() const
{
    const Invoice &draft = m_model->draft();
    return draft.status != InvoiceStatus::Draft;
}

void InvoiceEditor::edit(const Invoice &edited, const QString &what, int mergeKey)
{
    if (m_refreshing || isIssued())
        return;
    m_undo->push(new DraftChange(*m_model, edited, what, mergeKey));
}

void InvoiceEditor::refresh()
{
    // Puts the draft into the header fields without making new edits of it.
    const QScopedValueRollback<bool> refreshing(m_refreshing, true);
    const Invoice &draft = m_model->draft();
    const services::MoneyFormatter format;
    const bool credit = draft.kind == DocumentKind::CreditNote;
    const QString number = draft.number.startsWith(kDraftNumberPrefix) ? QString() : draft.number;
    m_title->setText((credit ? (number.isEmpty() ? tr("New credit note") : tr("Credit note %1").arg(number))
                             : (number.isEmpty() ? tr("New invoice") : tr("Invoice %1").arg(number)))
        + QStringLiteral(" · ") + draft.customerId
        + (credit ? QStringLiteral(" · ") + tr("for %1").arg(draft.correctsNumber) : QString()));
    setWindowTitle(m_title->text());
    if (m_date->date() != draft.invoiceDate)
        m_date->setDate(draft.invoiceDate);
    if (m_terms->currentText() != draft.terms)
        m_terms->setCurrentText(draft.terms);
    if (m_reference->text() != draft.customerReference)
        m_reference->setText(draft.customerReference);
    m_rounding->setCurrentIndex(m_rounding->findData(int(draft.taxRounding)));
    if (m_notes->toPlainText() != draft.notes)
        m_notes->setPlainText(draft.notes);

    const Currency currency = draft.total.currency();
    const InvoiceTotals totals = InvoiceTotals::compute(draft.lines, currency, draft.taxRounding);
    QString lines = QStringLiteral("<table align=\"right\"><tr><td>%1</td><td align=\"right\">%2</td></tr>")
                        .arg(tr("Net").toHtmlEscaped(), format.format(totals.net).toHtmlEscaped());
    for (auto it = totals.taxByRate.cbegin(); it != totals.taxByRate.cend(); ++it)
        lines += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                     .arg(tr("Tax %1").arg(format.percent(it.key())).toHtmlEscaped(),
                         format.format(it.value()).toHtmlEscaped());
    lines += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td></tr></table>")
                 .arg(tr("Total").toHtmlEscaped(), format.format(totals.gross).toHtmlEscaped());
    m_totals->setText(lines);

    auto terms = PaymentTerms::parse(draft.terms);
    if (!terms) {
        m_due->setText(terms.error().detail);
    } else {
        const auto schedule = terms->schedule(draft.invoiceDate, totals.gross);
        QStringList parts;
        for (const PaymentTerms::ScheduledAmount &part : schedule)
            parts << tr("%1 on %2").arg(format.format(part.amount), format.date(part.dueDate));
        QString text = schedule.size() > 1 ? tr("In installments: %1").arg(parts.join(QStringLiteral("; ")))
                                           : tr("Due %1").arg(format.date(draft.dueDate));
        if (terms->hasDiscount())
            text += QStringLiteral(" · ")
                + tr("%1 off if paid by %2")
                      .arg(format.percent(terms->discountBasisPoints()),
                          format.date(terms->discountDeadline(draft.invoiceDate)));
        m_due->setText(text);
    }
    const QList<FieldProblem> problems = isIssued() ? QList<FieldProblem>() : InvoiceValidation::forSaving(draft);
    m_model->setProblems(problems);
    showProblem(InvoiceValidation::describe(problems));
    if (m_previewArea->isVisible())
        m_previewDelay->start();
}

void InvoiceEditor::reject()
{
    if (m_undo->isClean() || isIssued()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved changes"),
        tr("This draft has changes that are not saved. Save them before closing?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmClose"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        const QMessageBox::StandardButton choice = box->standardButton(box->clickedButton());
        if (choice == QMessageBox::Discard) {
            m_undo->setClean();
            QDialog::reject();
        } else if (choice == QMessageBox::Save) {
            connect(this, &InvoiceEditor::saved, this, &QDialog::accept, Qt::SingleShotConnection);
            save(false);
        }
    });
    box->open();
}

void InvoiceEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void InvoiceEditor::addLine()
{
    Invoice edited = m_model->draft();
    InvoiceLine line;
    line.unitPrice = Money::zero(edited.total.currency());
    // A new line starts at the tax rate of the line above: invoices mostly keep to one rate.
    if (!edited.lines.isEmpty())
        line.taxBp = edited.lines.last().taxBp;
    edited.lines << line;
    edit(edited, tr("Add line %1").arg(edited.lines.size()), -1);
    const QModelIndex first = m_model->index(m_model->rowCount() - 1, InvoiceLineModel::ItemColumn);
    m_lines->setCurrentIndex(first);
    m_lines->edit(first);
}

void InvoiceEditor::removeLine()
{
    const QModelIndex current = m_lines->currentIndex();
    if (!current.isValid())
        return;
    Invoice edited = m_model->draft();
    edited.lines.removeAt(current.row());
    edit(edited, tr("Remove line %1").arg(current.row() + 1), -1);
}

void InvoiceEditor::save(bool thenIssue)
{
    // An edit still open in a cell belongs to the draft being saved: moving the focus off
    // the cell editor commits it.
    if (m_lines->isAncestorOf(focusWidget()))
        m_lines->setFocus();
    const Invoice draft = m_model->draft();
    const Clock &clock = m_clock;
    m_save->setEnabled(false);
    auto future
        = m_session.run<Result<Invoice>>([draft, &clock](storage::Workspace &workspace, services::JobControl &) {
              return services::InvoiceDrafts(workspace.database(), clock).save(draft);
          });
    whenReady(this, future, [this, thenIssue](const Result<Invoice> &stored) {
        m_save->setEnabled(true);
        if (!stored) {
            showProblem(ErrorMessages::describe(stored.error()));
            return;
        }
        m_model->setDraft(*stored);
        m_undo->setClean();
        emit saved(stored->number);
        if (thenIssue)
            issue();
    });
}

void InvoiceEditor::confirmIssue()
{
    const QList<FieldProblem> problems = InvoiceValidation::forIssuing(m_model->draft());
    if (!problems.isEmpty()) {
        m_model->setProblems(problems);
        showProblem(InvoiceValidation::describe(problems));
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Issue"),
        tr("Issue this document? It gets the next number and cannot be changed afterwards; corrections go "
           "through credit notes."),
        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmIssue"));
    QPushButton *confirm = box->addButton(tr("Issue"), QMessageBox::AcceptRole);
    box->setDefaultButton(confirm);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm)
            save(true);
    });
    box->open();
}

void InvoiceEditor::issue()
{
    const qint64 id = m_model->draft().id;
    const QString uri = m_serverUri;
    const Clock &clock = m_clock;
    m_issue->setEnabled(false);
    auto future = m_session.run<Result<Invoice>>(
        [id, uri, &clock](storage::Workspace &workspace, services::JobControl &) -> Result<Invoice> {
            return services::InvoiceIssuing(workspace.database(), clock).issueWith(uri, id);
        });
    whenReady(this, future, [this](const Result<Invoice> &document) {
        if (!document) {
            m_issue->setEnabled(true);
            showProblem(ErrorMessages::describe(document.error()));
            return;
        }
        display(*document);
        emit issued(document->number);
    });
}

void InvoiceEditor::preview()
{
    const Invoice draft = m_model->draft();
    const int generation = ++m_previewGeneration;
    const qreal ratio = devicePixelRatioF();
    // Pages as wide as the pane shows them (A4 is 8.27 inches wide).
    const int dotsPerInch = qMax(kMinPreviewDotsPerInch, int((m_previewArea->viewport()->width() - 24) / 8.27));
    auto future = m_session.run<Result<QList<QImage>>>(
        [draft, ratio, dotsPerInch](storage::Workspace &workspace, services::JobControl &) -> Result<QList<QImage>> {
            auto page = documents::InvoiceDocument::layout(workspace.database(), draft);
            if (!page)
                return page.error();
            QList<QImage> images = (*page)->toImages(int(dotsPerInch * ratio));
            for (QImage &image : images)
                image.setDevicePixelRatio(ratio);
            return images;
        });
    whenReady(this, future, [this, generation](const Result<QList<QImage>> &images) {
        if (generation != m_previewGeneration)
            return;
        while (QLayoutItem *item = m_pages->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        if (!images) {
            auto *problem = new QLabel(ErrorMessages::describe(images.error()));
            problem->setWordWrap(true);
            m_pages->addWidget(problem);
            return;
        }
        for (const QImage &image : *images) {
            auto *page = new QLabel;
            page->setObjectName(QStringLiteral("previewPage"));
            page->setPixmap(QPixmap::fromImage(image));
            m_pages->addWidget(page);
        }
    });
}

void InvoiceEditor::email()
{
    const Invoice &document = m_model->draft();
    auto *dialog = new EmailDialog(
        m_session, m_clock, document.customerId, m_sender, false, this, QStringList { document.number });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace cc::ui
