// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceDetailView.h"

#include "AllocationModel.h"
#include "DomainText.h"
#include "ErrorMessages.h"
#include "InvoiceLineModel.h"
#include "ItemRoles.h"
#include "ListView.h"
#include "Theme.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "domain/InvoiceTotals.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cc::ui {

struct InvoiceDetailView::Details {
    Invoice invoice;
    QString customerName;
    Money open;
    QList<Allocation> allocations;
};

InvoiceDetailView::InvoiceDetailView(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_creditNote(nullptr)
    , m_holiday(nullptr)
    , m_writeOff(nullptr)
    , m_payLink(nullptr)
    , m_dispute(nullptr)
    , m_installments(nullptr)
    , m_customer(new QLabel(this))
    , m_dates(new QLabel(this))
    , m_total(new QLabel(this))
    , m_open(new QLabel(this))
    , m_corrects(new QLabel(this))
    , m_totals(new QLabel(this))
    , m_facts(new QFormLayout)
    , m_tabs(new QTabWidget(this))
    , m_lines(new InvoiceLineModel(this))
    , m_allocations(new AllocationModel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("invoiceTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(QStringLiteral("invoiceStatus"));
    m_status->setStyleSheet(
        QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 4px; padding: 1px 8px; }"));
    m_open->setObjectName(QStringLiteral("invoiceOpen"));
    m_totals->setObjectName(QStringLiteral("invoiceTotals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    connect(m_customer, &QLabel::linkActivated, this, &InvoiceDetailView::customerRequested);
    connect(m_corrects, &QLabel::linkActivated, this, &InvoiceDetailView::invoiceRequested);

    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the invoice (Esc)"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &InvoiceDetailView::closeRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &InvoiceDetailView::closeRequested);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_status);
    titleRow->addStretch();
    auto *openEditor = new QPushButton(tr("&Open…"), this);
    openEditor->setObjectName(QStringLiteral("invoiceOpenEditor"));
    openEditor->setToolTip(tr("Edit the draft, or preview and email the document"));
    connect(openEditor, &QPushButton::clicked, this, [this] { emit editorRequested(m_number); });
    m_creditNote = new QPushButton(tr("Cre&dit note…"), this);
    m_creditNote->setObjectName(QStringLiteral("invoiceCreditNote"));
    connect(m_creditNote, &QPushButton::clicked, this, [this] { emit creditNoteRequested(m_number); });
    m_holiday = new QPushButton(tr("Payment &holiday…"), this);
    m_holiday->setObjectName(QStringLiteral("invoicePaymentHoliday"));
    m_holiday->setToolTip(tr("Move the due date, pausing dunning until then"));
    connect(m_holiday, &QPushButton::clicked, this, [this] { emit paymentHolidayRequested(m_number); });
    titleRow->addWidget(m_holiday);
    m_installments = new QPushButton(tr("&Installments…"), this);
    m_installments->setObjectName(QStringLiteral("invoiceInstallments"));
    m_installments->setToolTip(tr("Agree to take what is open in installments"));
    connect(m_installments, &QPushButton::clicked, this, [this] { emit installmentsRequested(m_number); });
    titleRow->addWidget(m_installments);
    m_writeOff = new QPushButton(tr("Write o&ff…"), this);
    m_writeOff->setObjectName(QStringLiteral("invoiceWriteOff"));
    m_writeOff->setToolTip(tr("Give up on part of what is open, with a reason"));
    connect(m_writeOff, &QPushButton::clicked, this, [this] { emit writeOffRequested(m_number); });
    titleRow->addWidget(m_writeOff);
    m_payLink = new QPushButton(tr("Pay &link…"), this);
    m_payLink->setObjectName(QStringLiteral("invoicePayLink"));
    m_payLink->setToolTip(tr("A \"pay now\" page for what is open, to send to the customer"));
    connect(m_payLink, &QPushButton::clicked, this, [this] { emit payLinkRequested(m_number); });
    titleRow->addWidget(m_payLink);
    m_dispute = new QPushButton(tr("Di&spute…"), this);
    m_dispute->setObjectName(QStringLiteral("invoiceDispute"));
    m_dispute->setToolTip(tr("The customer objects to all or part of what is open"));
    connect(m_dispute, &QPushButton::clicked, this, [this] { emit disputeRequested(m_number); });
    titleRow->addWidget(m_dispute);
    titleRow->addWidget(openEditor);
    titleRow->addWidget(m_creditNote);
    titleRow->addWidget(close);

    m_facts->addRow(tr("Customer:"), m_customer);
    m_facts->addRow(tr("Dates:"), m_dates);
    m_facts->addRow(tr("Corrects:"), m_corrects);
    auto *right = new QFormLayout;
    right->addRow(tr("Amount:"), m_total);
    right->addRow(tr("Open:"), m_open);
    auto *facts = new QHBoxLayout;
    facts->addLayout(m_facts, 3);
    facts->addSpacing(24);
    facts->addLayout(right, 2);

    auto *lineView = new ListView(QStringLiteral("invoiceLines"), this);
    lineView->setModel(m_lines);
    lineView->header()->resizeSection(InvoiceLineModel::ItemColumn, 90);
    lineView->header()->resizeSection(InvoiceLineModel::DescriptionColumn, 220);
    auto *linePage = new QWidget(this);
    auto *lineLayout = new QVBoxLayout(linePage);
    lineLayout->addWidget(lineView, 1);
    lineLayout->addWidget(m_totals);

    auto *allocationView = new ListView(QStringLiteral("invoiceAllocations"), this);
    allocationView->setModel(m_allocations);
    connect(allocationView, &ListView::activated, this, [this](const QModelIndex &index) {
        const QString number = index.data(InvoiceNumberRole).toString();
        if (!number.isEmpty())
            emit invoiceRequested(number);
    });

    m_tabs->addTab(linePage, QString());
    m_tabs->addTab(allocationView, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(facts);
    layout->addWidget(m_tabs, 1);
}

void InvoiceDetailView::showInvoice(const QString &number)
{
    m_number = number;
    reload();
}

void InvoiceDetailView::reload()
{
    if (m_number.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const QString number = m_number;
    whenReady(this,
        m_session.run<Result<Details>>([number](storage::Workspace &ws, services::JobControl &) -> Result<Details> {
            storage::InvoiceRepository invoices(ws.database());
            auto invoice = invoices.findByNumber(number);
            if (!invoice)
                return invoice.error();
            if (!*invoice)
                return makeError(ErrorCode::NotFound, tr("document %1").arg(number));
            Details details;
            details.invoice = std::move(**invoice);
            auto open = invoices.openAmount(details.invoice.id);
            if (!open)
                return open.error();
            details.open = *open;
            auto allocations = storage::PaymentRepository(ws.database()).allocationsFor(details.invoice.id);
            if (!allocations)
                return allocations.error();
            details.allocations = std::move(allocations).value();
            auto customer = storage::CustomerRepository(ws.database()).find(details.invoice.customerId);
            if (!customer)
                return customer.error();
            if (*customer)
                details.customerName = (*customer)->name;
            return details;
        }),
        [this, generation](const Result<Details> &details) {
            if (generation != m_generation)
                return;
            if (!details) {
                ErrorMessages::show(this, tr("Invoice"), details.error());
                return;
            }
            showDetails(*details);
            emit loaded();
        });
}

void InvoiceDetailView::showDetails(const Details &details)
{
    const Invoice &invoice = details.invoice;
    const bool creditNote = invoice.kind == DocumentKind::CreditNote;
    m_title->setText(tr("%1 %2").arg(DomainText::kind(invoice.kind), invoice.number));
    m_status->setText(DomainText::status(invoice.status, invoice.kind));
    m_creditNote->setVisible(
        !creditNote && invoice.status != InvoiceStatus::Draft && invoice.status != InvoiceStatus::Cancelled);
    const bool open
        = !creditNote && (invoice.status == InvoiceStatus::Open || invoice.status == InvoiceStatus::PartiallyPaid);
    m_holiday->setVisible(open);
    m_writeOff->setVisible(open);
    m_payLink->setVisible(open);
    m_dispute->setVisible(open);
    m_installments->setVisible(open);

    const QString customer = details.customerName.isEmpty()
        ? invoice.customerId
        : tr("%1 (%2)").arg(details.customerName, invoice.customerId);
    m_customer->setText(
        QStringLiteral("<a href=\"%1\">%2</a>").arg(invoice.customerId.toHtmlEscaped(), customer.toHtmlEscaped()));

    const QDate today = m_clock.today();
    const qint64 daysOverdue = invoice.dueDate.daysTo(today);
    const bool overdue = !creditNote && details.open.isPositive() && daysOverdue > 0;
    QString dates = tr("issued %1, due %2").arg(m_format.date(invoice.invoiceDate), m_format.date(invoice.dueDate));
    if (overdue)
        dates += QStringLiteral(" — ") + tr("%Ln day(s) overdue", nullptr, int(daysOverdue));
    m_dates->setText(dates);
    m_dates->setStyleSheet(overdue ? QStringLiteral("color:%1").arg(Theme::warning().name()) : QString());

    const bool corrects = !invoice.correctsNumber.isEmpty();
    m_corrects->setText(
        corrects ? QStringLiteral("<a href=\"%1\">%1</a>").arg(invoice.correctsNumber.toHtmlEscaped()) : QString());
    m_facts->setRowVisible(m_corrects, corrects);

    m_total->setText(m_format.format(invoice.total));
    m_open->setText(m_format.format(details.open));

    m_lines->setLines(invoice.lines);
    if (invoice.lines.isEmpty()) {
        m_totals->setText(tr("This document has no lines; only its total is recorded."));
    } else {
        const InvoiceTotals totals
            = InvoiceTotals::compute(invoice.lines, invoice.total.currency(), TaxRounding::PerInvoice);
        QStringList parts { tr("Net %1").arg(m_format.format(totals.net)).toHtmlEscaped() };
        for (auto it = totals.taxByRate.cbegin(); it != totals.taxByRate.cend(); ++it)
            parts << tr("Tax %1: %2").arg(m_format.percent(it.key()), m_format.format(it.value())).toHtmlEscaped();
        parts << QStringLiteral("<b>%1</b>").arg(tr("Gross %1").arg(m_format.format(totals.gross)).toHtmlEscaped());
        m_totals->setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    m_allocations->setAllocations(details.allocations, invoice.number);
    m_tabs->setTabText(0, tr("Lines (%1)").arg(invoice.lines.size()));
    m_tabs->setTabText(1,
        creditNote ? tr("Applied to (%1)").arg(details.allocations.size())
                   : tr("Payments and credits (%1)").arg(details.allocations.size()));
}

} // namespace cc::ui
