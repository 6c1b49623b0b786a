// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoicesPage.h"

#include "InvoiceDetailView.h"
#include "InvoicePdfDialog.h"
#include "ItemRoles.h"
#include "ListView.h"
#include "PagedInvoiceModel.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

struct Choices {
    QStringList currencies;
    QStringList collectors;
};

// Refills a combo box after its first "all" entry, keeping the current choice when it still exists.
void refill(QComboBox *combo, const QStringList &values)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

} // namespace

InvoicesPage::InvoicesPage(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_model(new PagedInvoiceModel(session, 200, this))
    , m_state(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_currency(new QComboBox(this))
    , m_collector(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_numberDelay(new QTimer(this))
    , m_count(new QLabel(this))
    , m_table(new QTableView(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_detail(new InvoiceDetailView(session, clock, this))
{
    m_state->setObjectName(QStringLiteral("invoiceState"));
    m_state->addItem(tr("All documents"), int(InvoiceFilter::State::All));
    m_state->addItem(tr("Open"), int(InvoiceFilter::State::Open));
    m_state->addItem(tr("Settled"), int(InvoiceFilter::State::Settled));
    m_overdue->setObjectName(QStringLiteral("invoiceOverdue"));
    m_currency->setObjectName(QStringLiteral("invoiceCurrency"));
    m_currency->addItem(tr("All currencies"), QString());
    m_collector->setObjectName(QStringLiteral("invoiceCollector"));
    m_collector->addItem(tr("All collectors"), QString());
    m_number->setObjectName(QStringLiteral("invoiceNumber"));
    m_number->setPlaceholderText(tr("Number starts with… (Ctrl+F)"));
    m_number->setClearButtonEnabled(true);
    // Each change queries the whole table: wait until typing pauses.
    m_numberDelay->setSingleShot(true);
    m_numberDelay->setInterval(250);
    m_count->setObjectName(QStringLiteral("invoiceCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);

    connect(m_state, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &InvoicesPage::applyFilter);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    connect(m_collector, &QComboBox::currentIndexChanged, this, &InvoicesPage::applyFilter);
    connect(m_number, &QLineEdit::textChanged, m_numberDelay, qOverload<>(&QTimer::start));
    connect(m_numberDelay, &QTimer::timeout, this, &InvoicesPage::applyFilter);
    connect(m_model, &PagedInvoiceModel::pageLoaded, this, &InvoicesPage::updateCount);
    connect(m_model, &PagedInvoiceModel::loadFailed, this, &InvoicesPage::statusMessage);

    // A table, not a tree view: QTreeView fetches another page on every layout, so it would
    // page through the whole table unasked; QTableView fetches only when the end is in view.
    m_table->setObjectName(QStringLiteral("invoiceList"));
    m_table->setModel(m_model);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(ListView::rowHeight(m_table->fontMetrics()));
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->resizeSection(InvoiceTableModel::NumberColumn, 115);
    header->resizeSection(InvoiceTableModel::CustomerColumn, 230);
    header->resizeSection(InvoiceTableModel::DateColumn, 85);
    header->resizeSection(InvoiceTableModel::DueColumn, 85);
    header->resizeSection(InvoiceTableModel::DaysOverdueColumn, 95);
    header->resizeSection(InvoiceTableModel::TotalColumn, 130);
    header->resizeSection(InvoiceTableModel::OpenColumn, 130);
    header->resizeSection(InvoiceTableModel::StatusColumn, 120);
    connect(m_table, &QTableView::activated, this,
        [this](const QModelIndex &index) { openInvoice(index.data(InvoiceNumberRole).toString()); });

    connect(m_detail, &InvoiceDetailView::closeRequested, this, &InvoicesPage::closeDetail);
    connect(m_detail, &InvoiceDetailView::invoiceRequested, this, &InvoicesPage::openInvoice);
    connect(m_detail, &InvoiceDetailView::customerRequested, this, &InvoicesPage::customerRequested);
    connect(m_detail, &InvoiceDetailView::editorRequested, this, &InvoicesPage::editorRequested);
    connect(m_detail, &InvoiceDetailView::creditNoteRequested, this, &InvoicesPage::creditNoteRequested);
    connect(m_detail, &InvoiceDetailView::paymentHolidayRequested, this, &InvoicesPage::paymentHolidayRequested);
    connect(m_detail, &InvoiceDetailView::writeOffRequested, this, &InvoicesPage::writeOffRequested);
    connect(m_detail, &InvoiceDetailView::disputeRequested, this, &InvoicesPage::disputeRequested);
    connect(m_detail, &InvoiceDetailView::payLinkRequested, this, &InvoicesPage::payLinkRequested);
    connect(m_detail, &InvoiceDetailView::installmentsRequested, this, &InvoicesPage::installmentsRequested);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_number, 2);
    bar->addWidget(m_state);
    bar->addWidget(m_currency);
    bar->addWidget(m_collector);
    bar->addWidget(m_overdue);
    bar->addStretch(1);
    bar->addWidget(m_count);
    auto *newInvoice = new QPushButton(tr("&New invoice…"), this);
    newInvoice->setObjectName(QStringLiteral("invoiceNew"));
    newInvoice->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newInvoice, &QPushButton::clicked, this, &InvoicesPage::newInvoiceRequested);
    bar->addWidget(newInvoice);
    auto *pdfs = new QPushButton(tr("&PDFs…"), this);
    pdfs->setObjectName(QStringLiteral("invoicePdfs"));
    pdfs->setToolTip(tr("Write every document the list shows as PDF into a folder"));
    connect(pdfs, &QPushButton::clicked, this, &InvoicesPage::writePdfs);
    bar->addWidget(pdfs);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_table, 1);

    m_splitter->setObjectName(QStringLiteral("invoiceSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPage);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_detail->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void InvoicesPage::reload()
{
    loadChoices();
    applyFilter();
    if (m_detail->isVisible())
        m_detail->reload();
}

void InvoicesPage::loadChoices()
{
    whenReady(this,
        m_session.run<Result<Choices>>([](storage::Workspace &ws, services::JobControl &) -> Result<Choices> {
            auto currencies = storage::CustomerRepository(ws.database()).currencies();
            if (!currencies)
                return currencies.error();
            auto collectors = storage::CustomerRepository(ws.database()).collectors();
            if (!collectors)
                return collectors.error();
            return Choices { *currencies, *collectors };
        }),
        [this](const Result<Choices> &choices) {
            if (!choices)
                return;
            refill(m_currency, choices->currencies);
            refill(m_collector, choices->collectors);
        });
}

void InvoicesPage::applyFilter()
{
    m_numberDelay->stop();
    InvoiceFilter filter;
    filter.state = InvoiceFilter::State(m_state->currentData().toInt());
    filter.overdueOnly = m_overdue->isChecked();
    filter.today = m_clock.today();
    filter.currency = m_currency->currentData().toString();
    filter.collector = m_collector->currentData().toString();
    filter.numberPrefix = m_number->text().trimmed();
    m_model->setToday(filter.today);
    m_model->setFilter(filter);
    updateCount();
}

void InvoicesPage::writePdfs()
{
    auto *dialog = new InvoicePdfDialog(m_session, m_clock, m_model->filter(), m_model->totalCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoicePdfDialog::written, this, [this](int count, const QString &folder) {
        emit statusMessage(tr("%n PDF(s) written to %1", nullptr, count).arg(QDir::toNativeSeparators(folder)));
    });
    dialog->open();
}

void InvoicesPage::updateCount()
{
    const QLocale locale;
    if (m_model->isLoading() && m_model->rowCount() == 0)
        m_count->setText(tr("Loading…"));
    else if (m_model->rowCount() < m_model->totalCount())
        m_count->setText(tr("%1 of %Ln document(s) loaded", nullptr, int(m_model->totalCount()))
                             .arg(locale.toString(m_model->rowCount())));
    else
        m_count->setText(tr("%Ln document(s)", nullptr, int(m_model->totalCount())));
}

void InvoicesPage::focusSearch()
{
    m_number->setFocus();
    m_number->selectAll();
}

void InvoicesPage::openInvoice(const QString &number)
{
    if (number.isEmpty())
        return;
    m_detail->showInvoice(number);
    if (!m_detail->isVisible()) {
        m_detail->show();
        const int height = m_splitter->height();
        if (m_splitter->sizes().value(1) < height / 4)
            m_splitter->setSizes({ height * 3 / 5, height * 2 / 5 });
    }
}

void InvoicesPage::closeDetail()
{
    m_detail->hide();
    m_table->setFocus();
}

} // namespace cc::ui
