// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashApplicationDialog.h"

#include "CsvMappingDialog.h"
#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "ManualMatchPanel.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/CsvMappings.h"
#include "services/StatementImport.h"
#include "services/WorkspaceSession.h"
#include "storage/CustomerRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

using services::CashApplication;
using MatchStatus = CashApplication::MatchStatus;

enum Column { Date, Amount, Payer, Text, State, Confidence, Customer, Invoices, ColumnCount };

/// What the queue shows: statuses, none for all.
QList<MatchStatus> statusesFor(int show)
{
    switch (show) {
    case 0:
        return { MatchStatus::Unmatched, MatchStatus::Suggested };
    case 1:
        return { MatchStatus::Suggested };
    case 2:
        return { MatchStatus::Unmatched };
    case 3:
        return { MatchStatus::Matched };
    case 4:
        return { MatchStatus::Dismissed };
    default:
        return {};
    }
}

/// Lines listed at once.
constexpr qsizetype MaxShown = 2000;

struct Loaded {
    QList<CashApplication::Line> lines;
    int shownOf = 0; ///< how many lines the filter found
    QStringList csvMappings;
    QHash<QString, QString> names; ///< customers the lines and their proposals name
    QHash<MatchStatus, int> counts; ///< every credit line by status
    double threshold = CashApplication::DefaultThreshold;
};

} // namespace

CashApplicationDialog::CashApplicationDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_summary(new QLabel(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_csvMapping(new QComboBox(this))
    , m_show(new QComboBox(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTreeView(this))
    , m_reasons(new QLabel(this))
    , m_candidates(new QComboBox(this))
    , m_manual(new ManualMatchPanel(session, this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Cash application"));
    setObjectName(QStringLiteral("cashApplicationDialog"));
    m_summary->setObjectName(QStringLiteral("cashSummary"));
    m_summary->setWordWrap(true);
    m_threshold->setObjectName(QStringLiteral("cashThreshold"));
    m_threshold->setRange(0.5, 1.0);
    m_threshold->setSingleStep(0.01);
    m_threshold->setDecimals(2);
    m_threshold->setValue(CashApplication::DefaultThreshold);
    m_threshold->setToolTip(tr("Matches at least this sure are posted without asking; the rest wait here."));
    m_csvMapping->setObjectName(QStringLiteral("cashCsvMapping"));
    m_csvMapping->setToolTip(tr("How a CSV export is read; files in camt, MT940, BAI2 or OFX need none."));
    m_show->setObjectName(QStringLiteral("cashShow"));
    m_show->addItems({ tr("To do"), tr("Suggested"), tr("Unmatched"), tr("Posted"), tr("Dismissed"), tr("All") });

    auto *importButton = new QPushButton(tr("&Import statement…"), this);
    importButton->setObjectName(QStringLiteral("cashImport"));
    auto *matchButton = new QPushButton(tr("&Match now"), this);
    matchButton->setObjectName(QStringLiteral("cashMatch"));
    auto *top = new QHBoxLayout;
    top->addWidget(importButton);
    auto *mappingLabel = new QLabel(tr("CS&V mapping:"), this);
    mappingLabel->setBuddy(m_csvMapping);
    top->addWidget(mappingLabel);
    top->addWidget(m_csvMapping);
    auto *newMapping = new QPushButton(tr("&New mapping…"), this);
    newMapping->setObjectName(QStringLiteral("cashNewCsvMapping"));
    top->addWidget(newMapping);
    connect(newMapping, &QPushButton::clicked, this, [this] {
        auto *dialog = new CsvMappingDialog(m_session, m_clock, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &CsvMappingDialog::saved, this, [this](const QString &name) {
            m_csvMapping->addItem(name, name);
            m_csvMapping->setCurrentIndex(m_csvMapping->findData(name));
        });
        dialog->open();
    });
    top->addWidget(matchButton);
    auto *thresholdLabel = new QLabel(tr("Post at &least:"), this);
    thresholdLabel->setBuddy(m_threshold);
    top->addWidget(thresholdLabel);
    top->addWidget(m_threshold);
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    top->addWidget(showLabel);
    top->addWidget(m_show);
    top->addStretch(1);

    m_model->setHorizontalHeaderLabels({ tr("Date"), tr("Amount"), tr("Payer"), tr("Text"), tr("Status"),
        tr("Confidence"), tr("Customer"), tr("Invoices") });
    m_view->setObjectName(QStringLiteral("cashLines"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_model->setSortRole(Qt::UserRole + 1);

    m_reasons->setObjectName(QStringLiteral("cashReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_candidates->setObjectName(QStringLiteral("cashCandidates"));
    auto *candidateLabel = new QLabel(tr("&Candidate:"), this);
    candidateLabel->setBuddy(m_candidates);
    auto *candidateRow = new QHBoxLayout;
    candidateRow->addWidget(candidateLabel);
    candidateRow->addWidget(m_candidates, 1);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addLayout(candidateRow);
    detailsLayout->addWidget(m_reasons);
    detailsLayout->addWidget(m_manual, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_message->setObjectName(QStringLiteral("cashMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_postProposal = add(tr("&Post proposal"), "cashPostProposal", [this] { postProposal(); });
    m_postSplit = add(tr("Post &my split"), "cashPostSplit", [this] { postSplit(); });
    m_dismiss = add(tr("&Dismiss"), "cashDismiss",
        [this] { act([](CashApplication &application, const QString &id) { return application.dismiss(id); }); });
    m_restore = add(tr("&Restore"), "cashRestore",
        [this] { act([](CashApplication &application, const QString &id) { return application.restore(id); }); });
    m_undo = add(tr("&Undo match"), "cashUndo",
        [this] { act([](CashApplication &application, const QString &id) { return application.undo(id); }); });
    m_postProposal->setToolTip(tr("Enter or Ctrl+Return"));
    m_postSplit->setToolTip(tr("Ctrl+Shift+Return"));
    m_undo->setToolTip(tr("Ctrl+Z"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1200, 760);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *key = new QShortcut(keys, this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { postProposal(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { postSplit(); });
    shortcut(QKeySequence::Find, [this] { m_manual->focusSearch(); });
    shortcut(QKeySequence::Undo, [this] {
        if (m_undo->isEnabled())
            m_undo->click();
    });
    connect(m_view, &QTreeView::activated, this, [this] { postProposal(); });
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a bank statement"), QString(),
            tr("Bank statements (*.xml *.sta *.mt940 *.txt *.940 *.bai *.bai2 *.ofx *.qfx *.csv);;All files (*)"));
        if (!path.isEmpty())
            importStatement(path);
    });
    connect(matchButton, &QPushButton::clicked, this, &CashApplicationDialog::matchNow);
    connect(m_show, &QComboBox::currentIndexChanged, this, &CashApplicationDialog::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CashApplicationDialog::showCurrent);
    connect(m_candidates, &QComboBox::currentIndexChanged, this, [this] {
        const cash::MatchProposal *proposal = candidate();
        m_reasons->setText(proposal ? QStringLiteral("• ") + proposal->reasons.join(QStringLiteral("\n• "))
                                    : CashApplication::nothingFound());
        if (auto line = current())
            m_manual->start(line->bank, proposal, proposal ? customerText(proposal->customerId) : QString());
    });
    connect(m_threshold, &QDoubleSpinBox::editingFinished, this, [this] {
        auto saved = m_session.run<Status>([threshold = m_threshold->value(), clock = &m_clock, author = m_author](
                                               storage::Workspace &ws, services::JobControl &) {
            return CashApplication(ws.database(), *clock, author).setThreshold(threshold);
        });
        whenReady(this, saved, [this](const Status &status) {
            if (!status)
                m_message->setText(ErrorMessages::describe(status.error()));
        });
    });
    reload();
}

QString CashApplicationDialog::customerText(const QString &customerId) const
{
    const QString name = m_customerNames.value(customerId);
    return name.isEmpty() ? customerId : QStringLiteral("%1 — %2").arg(customerId, name);
}

void CashApplicationDialog::reload()
{
    auto future = m_session.run<Result<Loaded>>(
        [statuses = statusesFor(m_show->currentIndex()), clock = &m_clock, author = m_author](
            storage::Workspace &ws, services::JobControl &) -> Result<Loaded> {
            Loaded result;
            storage::BankLineRepository repository(ws.database(), *clock);
            auto lines = repository.credits(statuses);
            if (!lines)
                return lines.error();
            result.shownOf = int(lines->size());
            // The oldest first, as many as a person works through; a first import into an empty
            // ledger may bring a hundred thousand.
            result.lines = lines->mid(0, MaxShown);
            auto all = statuses.isEmpty() ? lines : repository.credits({});
            if (!all)
                return all.error();
            for (const auto &line : std::as_const(*all))
                ++result.counts[line.status];
            storage::CustomerRepository customers(ws.database());
            for (const auto &line : std::as_const(result.lines)) {
                for (const auto &proposal : line.proposals) {
                    if (result.names.contains(proposal.customerId))
                        continue;
                    auto customer = customers.find(proposal.customerId);
                    if (!customer)
                        return customer.error();
                    result.names.insert(proposal.customerId, *customer ? (*customer)->name : QString());
                }
            }
            auto threshold = CashApplication(ws.database(), *clock, author).threshold();
            if (!threshold)
                return threshold.error();
            result.threshold = *threshold;
            auto mappings = services::CsvMappings(ws.database(), *clock).names();
            if (!mappings)
                return mappings.error();
            result.csvMappings = *mappings;
            return result;
        });
    whenReady(this, future, [this](const Result<Loaded> &result) {
        if (!result) {
            m_summary->setText(ErrorMessages::describe(result.error()));
            return;
        }
        m_lines = result->lines;
        m_customerNames = result->names;
        if (!m_threshold->hasFocus())
            m_threshold->setValue(result->threshold);
        const QString mapping = m_csvMapping->currentData().toString();
        m_csvMapping->clear();
        m_csvMapping->addItem(tr("(none)"), QString());
        for (const QString &name : result->csvMappings)
            m_csvMapping->addItem(name, name);
        m_csvMapping->setCurrentIndex(std::max(0, m_csvMapping->findData(mapping)));
        const auto count = [&](MatchStatus status) { return result->counts.value(status); };
        QString summary = tr("To do: %1 suggested and %2 unmatched. Posted: %3. Dismissed: %4.")
                              .arg(count(MatchStatus::Suggested))
                              .arg(count(MatchStatus::Unmatched))
                              .arg(count(MatchStatus::Matched))
                              .arg(count(MatchStatus::Dismissed));
        if (result->shownOf > result->lines.size())
            summary
                += QLatin1Char(' ') + tr("Listed: the oldest %1 of %2.").arg(result->lines.size()).arg(result->shownOf);
        m_summary->setText(summary);
        showLines();
        emit loaded();
    });
}

void CashApplicationDialog::showLines()
{
    const auto statusText = [](MatchStatus status) {
        switch (status) {
        case MatchStatus::Unmatched:
            return tr("unmatched");
        case MatchStatus::Suggested:
            return tr("suggested");
        case MatchStatus::Matched:
            return tr("posted");
        case MatchStatus::Dismissed:
            return tr("dismissed");
        }
        return QString();
    };
    m_model->removeRows(0, m_model->rowCount());
    for (const auto &line : std::as_const(m_lines)) {
        const auto item = [](const QString &text, const QVariant &sortKey = {}) {
            auto *cell = new QStandardItem(text);
            cell->setData(sortKey.isValid() ? sortKey : QVariant(text), Qt::UserRole + 1);
            cell->setToolTip(text);
            return cell;
        };
        QStringList invoices;
        if (!line.proposals.isEmpty()) {
            for (const auto &planned : line.proposals.first().plan.lines)
                invoices << planned.number;
        }
        const bool proposed = !line.proposals.isEmpty();
        QList<QStandardItem *> row { item(m_format.date(line.bank.bookingDate), line.bank.bookingDate),
            item(m_format.format(line.bank.amount), line.bank.amount.minorUnits()), item(line.bank.counterpartyName),
            item((line.bank.remittance + QLatin1Char(' ') + line.bank.structuredReference).trimmed()),
            item(statusText(line.status)),
            item(proposed ? m_format.percent(qRound(line.confidence * 100) * 100) : QString(), line.confidence),
            item(proposed ? customerText(line.proposals.first().customerId) : QString()),
            item(invoices.join(QStringLiteral(", "))) };
        row[Date]->setData(line.id, Qt::UserRole);
        row[Amount]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[Confidence]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(row);
    }
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
    m_view->setColumnWidth(Text, std::min(m_view->columnWidth(Text), 320));
    m_view->setColumnWidth(Payer, std::min(m_view->columnWidth(Payer), 220));
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(std::clamp(m_keepRow, 0, m_model->rowCount() - 1), 0));
        m_view->setFocus();
    }
    showCurrent();
}

std::optional<CashApplication::Line> CashApplicationDialog::current() const
{
    const QString id = m_model->index(m_view->currentIndex().row(), Date).data(Qt::UserRole).toString();
    for (const auto &line : m_lines) {
        if (line.id == id)
            return line;
    }
    return std::nullopt;
}

const cash::MatchProposal *CashApplicationDialog::candidate() const
{
    const int index = m_candidates->currentIndex();
    const QString id = m_model->index(m_view->currentIndex().row(), Date).data(Qt::UserRole).toString();
    for (const auto &line : m_lines) {
        if (line.id == id)
            return index >= 0 && index < line.proposals.size() ? &line.proposals[index] : nullptr;
    }
    return nullptr;
}

void CashApplicationDialog::showCurrent()
{
    const auto line = current();
    const bool open = line && (line->status == MatchStatus::Unmatched || line->status == MatchStatus::Suggested);
    {
        const QSignalBlocker block(m_candidates);
        m_candidates->clear();
        if (line) {
            for (const auto &proposal : line->proposals) {
                QStringList invoices;
                for (const auto &planned : proposal.plan.lines)
                    invoices << planned.number;
                m_candidates->addItem(
                    tr("%1 sure: %2 — %3")
                        .arg(m_format.percent(qRound(proposal.confidence * 100) * 100),
                            customerText(proposal.customerId),
                            invoices.isEmpty() ? tr("on account") : invoices.join(QStringLiteral(", "))));
            }
        }
    }
    const cash::MatchProposal *proposal = candidate();
    m_reasons->setText(!line ? QString()
            : proposal       ? QStringLiteral("• ") + proposal->reasons.join(QStringLiteral("\n• "))
                             : CashApplication::nothingFound());
    if (line && open)
        m_manual->start(line->bank, proposal, proposal ? customerText(proposal->customerId) : QString());
    else
        m_manual->clear();
    m_postProposal->setEnabled(open && proposal);
    m_postSplit->setEnabled(open);
    m_dismiss->setEnabled(open);
    m_restore->setEnabled(line && line->status == MatchStatus::Dismissed);
    m_undo->setEnabled(line && line->status == MatchStatus::Matched);
}

void CashApplicationDialog::postProposal()
{
    const cash::MatchProposal *proposal = candidate();
    if (!m_postProposal->isEnabled() || !proposal)
        return;
    post(*proposal, false);
}

void CashApplicationDialog::postSplit()
{
    if (!m_postSplit->isEnabled())
        return;
    auto proposal = m_manual->proposal();
    if (!proposal) {
        m_message->setText(proposal.error().detail);
        return;
    }
    post(*proposal, m_manual->writeOffShort());
}

void CashApplicationDialog::post(const cash::MatchProposal &proposal, bool writeOffShort)
{
    const auto line = current();
    if (!line)
        return;
    m_keepRow = m_view->currentIndex().row();
    auto posted = m_session.run<Result<CashApplication::Posted>>(
        [id = line->id, proposal, writeOffShort, clock = &m_clock, author = m_author](
            storage::Workspace &ws, services::JobControl &) {
            return CashApplication(ws.database(), *clock, author).post(id, proposal, writeOffShort);
        });
    whenReady(this, posted, [this, proposal](const Result<CashApplication::Posted> &result) {
        if (!result) {
            m_message->setText(ErrorMessages::describe(result.error()));
            return;
        }
        QString message = tr("Posted as payment %1 from %2.").arg(result->paymentId, customerText(proposal.customerId));
        for (const WriteOff &writeOff : result->writeOffs) {
            message += QLatin1Char(' ')
                + (writeOff.status == WriteOff::Status::Approved
                        ? tr("%1 written off on %2.").arg(m_format.format(writeOff.amount), writeOff.invoiceNumber)
                        : tr("Writing off %1 on %2 waits for a credit manager.")
                              .arg(m_format.format(writeOff.amount), writeOff.invoiceNumber));
        }
        finish(message, true);
    });
}

void CashApplicationDialog::act(const std::function<Status(CashApplication &, const QString &)> &action)
{
    const auto line = current();
    if (!line)
        return;
    m_keepRow = m_view->currentIndex().row();
    auto done = m_session.run<Status>(
        [id = line->id, action, clock = &m_clock, author = m_author](storage::Workspace &ws, services::JobControl &) {
            CashApplication application(ws.database(), *clock, author);
            return action(application, id);
        });
    whenReady(this, done, [this](const Status &status) {
        if (!status) {
            m_message->setText(ErrorMessages::describe(status.error()));
            return;
        }
        finish(QString(), true);
    });
}

void CashApplicationDialog::finish(const QString &message, bool posted)
{
    m_message->setText(message);
    if (posted)
        emit changed();
    reload();
}

void CashApplicationDialog::matchNow()
{
    m_keepRow = 0;
    auto worked
        = m_session.run<Result<Worked>>([threshold = m_threshold->value(), clock = &m_clock, author = m_author](
                                            storage::Workspace &ws, services::JobControl &job) -> Result<Worked> {
              auto lines = CashApplication(ws.database(), *clock, author).run({ threshold, true }, job);
              if (!lines)
                  return lines.error();
              return Worked { QString(), *lines };
          });
    follow(worked, tr("Matching bank credits…"));
}

void CashApplicationDialog::follow(const QFuture<Result<Worked>> &worked, const QString &label)
{
    new JobProgressDialog(QFuture<void>(worked), label, 800, this);
    whenReady(this, worked, [this](const Result<Worked> &result) {
        if (!result) {
            m_message->setText(ErrorMessages::describe(result.error()));
            return;
        }
        const auto posted = std::count_if(result->lines.cbegin(), result->lines.cend(),
            [](const CashApplication::Line &line) { return line.status == MatchStatus::Matched; });
        finish((result->message + QLatin1Char(' ')
                   + tr("%n credit(s) matched: %1 posted, %2 to look at.", nullptr, int(result->lines.size()))
                         .arg(posted)
                         .arg(result->lines.size() - posted))
                   .trimmed(),
            posted > 0);
    });
}

void CashApplicationDialog::importStatement(const QString &path)
{
    m_keepRow = 0;
    auto worked = m_session.run<Result<Worked>>(
        [path, mappingName = m_csvMapping->currentData().toString(), threshold = m_threshold->value(), clock = &m_clock,
            author = m_author](storage::Workspace &ws, services::JobControl &job) -> Result<Worked> {
            std::optional<bank::CsvStatementMapping> mapping;
            if (!mappingName.isEmpty()) {
                auto saved = services::CsvMappings(ws.database(), *clock).find(mappingName);
                if (!saved)
                    return saved.error();
                mapping = *saved;
            }
            auto report
                = services::StatementImport(ws.database(), *clock).fromFile(path, QStringLiteral("auto"), mapping);
            if (!report)
                return report.error();
            QString message = tr("%1: %n new line(s) from %2", nullptr, report->linesAdded)
                                  .arg(QDir::toNativeSeparators(path), report->format);
            if (report->duplicates > 0)
                message += tr(", %n imported before", nullptr, report->duplicates);
            message += QLatin1Char('.');
            for (const QString &problem : report->unbalanced + report->problems)
                message += QLatin1Char(' ') + problem + QLatin1Char('.');
            auto lines = CashApplication(ws.database(), *clock, author).run({ threshold, true }, job);
            if (!lines)
                return Worked { message + QLatin1Char(' ') + ErrorMessages::describe(lines.error()), {} };
            return Worked { message, *lines };
        });
    follow(worked, tr("Importing and matching…"));
}

} // namespace cc::ui
