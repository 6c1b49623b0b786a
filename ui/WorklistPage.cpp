// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorklistPage.h"

#include "EmailDialog.h"
#include "ErrorMessages.h"
#include "FollowUpDialog.h"
#include "ItemRoles.h"
#include "ListView.h"
#include "LogCallDialog.h"
#include "MessageSending.h"
#include "NoteDialog.h"
#include "OpenDialog.h"
#include "PromiseDialog.h"
#include "TimelineModel.h"
#include "WhenReady.h"
#include "WorklistFilter.h"
#include "WorklistModel.h"
#include "WorklistStrategyDialog.h"
#include "common/Clock.h"
#include "services/CollectionsLog.h"
#include "services/OutboxSender.h"
#include "services/Worklist.h"
#include "services/WorkspaceSession.h"
#include "storage/ActivityRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PromiseRepository.h"
#include "storage/TaskRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

const QString kCollectorKey = QStringLiteral("worklist/collector");

} // namespace

WorklistPage::WorklistPage(services::WorkspaceSession &session, const Clock &clock, QString user, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_user(std::move(user))
    , m_model(new WorklistModel(this))
    , m_filter(new WorklistFilter(this))
    , m_timeline(new TimelineModel(this))
    , m_collector(new QComboBox(this))
    , m_views(new QTabBar(this))
    , m_currency(new QComboBox(this))
    , m_segment(new QComboBox(this))
    , m_hideDone(new QCheckBox(tr("&Hide worked"), this))
    , m_summary(new QLabel(this))
    , m_list(new ListView(QStringLiteral("worklist"), this))
    , m_accountName(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_timelineView(new QTreeView(this))
{
    m_collector->setObjectName(QStringLiteral("worklistCollector"));
    m_collector->setMinimumWidth(120);
    m_views->setObjectName(QStringLiteral("worklistViews"));
    m_views->addTab(tr("All"));
    m_views->addTab(tr("Calls"));
    m_views->addTab(tr("Emails"));
    m_views->setDrawBase(false);
    m_currency->setObjectName(QStringLiteral("worklistCurrency"));
    m_currency->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_segment->setObjectName(QStringLiteral("worklistSegment"));
    m_segment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_hideDone->setObjectName(QStringLiteral("worklistHideDone"));
    m_summary->setObjectName(QStringLiteral("worklistSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_filter->sort(0);
    m_list->setModel(m_filter);
    m_list->setSortingEnabled(false);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(true);
    header->resizeSection(WorklistModel::RankColumn, 44);
    header->resizeSection(WorklistModel::CustomerColumn, 230);
    header->resizeSection(WorklistModel::CollectibleColumn, 130);
    header->resizeSection(WorklistModel::ScoreColumn, 60);
    header->resizeSection(WorklistModel::ChannelColumn, 60);

    connect(m_collector, &QComboBox::activated, this, [this] {
        QSettings().setValue(kCollectorKey, m_collector->currentText());
        loadList();
    });
    connect(m_views, &QTabBar::currentChanged, this, [this](int tab) {
        m_filter->setChannel(tab == 0 ? std::nullopt : std::optional<int>(tab - 1));
        updateSummary();
    });
    connect(m_currency, &QComboBox::activated, this, [this] {
        m_filter->setCurrency(m_currency->currentData().toString());
        updateSummary();
    });
    connect(m_segment, &QComboBox::activated, this, [this] {
        m_filter->setSegment(m_segment->currentData().toString());
        updateSummary();
    });
    connect(m_hideDone, &QCheckBox::toggled, this, [this](bool hide) {
        m_filter->setHideDone(hide);
        updateSummary();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorklistPage::showAccount);
    connect(m_list, &QTreeView::activated, this,
        [this](const QModelIndex &index) { emit customerRequested(index.data(CustomerIdRole).toString()); });

    // The account: who, why now, and what happened so far.
    m_accountName->setObjectName(QStringLiteral("accountName"));
    QFont nameFont = m_accountName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_accountName->setFont(nameFont);
    m_reasons->setObjectName(QStringLiteral("accountReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timelineView->setObjectName(QStringLiteral("accountTimeline"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAlternatingRowColors(true);
    m_timelineView->header()->resizeSection(TimelineModel::WhenColumn, 160);
    m_timelineView->header()->resizeSection(TimelineModel::WhatColumn, 150);
    m_timelineView->header()->resizeSection(TimelineModel::DetailColumn, 320);

    const auto makeAction = [this](const QString &text, const QKeySequence &key, const char *name, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    QAction *call
        = makeAction(tr("&Log call"), QKeySequence(Qt::CTRL | Qt::Key_L), "logCallAction", &WorklistPage::logCall);
    QAction *promise
        = makeAction(tr("&Promise"), QKeySequence(Qt::CTRL | Qt::Key_P), "promiseAction", &WorklistPage::recordPromise);
    QAction *note = makeAction(tr("&Note"), QKeySequence(Qt::CTRL | Qt::Key_N), "noteAction", &WorklistPage::addNote);
    QAction *followUp = makeAction(
        tr("&Follow-up"), QKeySequence(Qt::CTRL | Qt::Key_U), "followUpAction", &WorklistPage::addFollowUp);
    QAction *email
        = makeAction(tr("&Email"), QKeySequence(Qt::CTRL | Qt::Key_E), "emailAction", &WorklistPage::writeEmail);
    QAction *done
        = makeAction(tr("&Done"), QKeySequence(Qt::CTRL | Qt::Key_D), "doneAction", &WorklistPage::toggleDone);
    QAction *next = makeAction(
        tr("Ne&xt account"), QKeySequence(Qt::CTRL | Qt::Key_J), "nextAccountAction", [this] { moveToAccount(1); });
    makeAction(tr("Previous account"), QKeySequence(Qt::CTRL | Qt::Key_K), "previousAccountAction",
        [this] { moveToAccount(-1); });
    for (const auto &[key, slot, name] :
        { std::tuple { Qt::Key_Space, &WorklistPage::completeFollowUp, "completeFollowUpAction" },
            std::tuple { Qt::Key_Delete, &WorklistPage::cancelPromise, "cancelPromiseAction" } }) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_timelineView->addAction(action);
    }
    m_timelineView->setToolTip(tr("Space: mark the selected follow-up done · Delete: withdraw the selected promise"));
    auto *buttons = new QHBoxLayout;
    for (QAction *action : { call, promise, note, followUp, email, done, next }) {
        auto *button = new QPushButton(
            QStringLiteral("%1  (%2)").arg(action->text(), action->shortcut().toString(QKeySequence::NativeText)),
            this);
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto *account = new QWidget(this);
    auto *accountLayout = new QVBoxLayout(account);
    accountLayout->setContentsMargins(8, 0, 0, 0);
    accountLayout->addWidget(m_accountName);
    accountLayout->addWidget(m_reasons);
    accountLayout->addLayout(buttons);
    accountLayout->addWidget(m_timelineView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("worklistSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(account);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    auto *collectorLabel = new QLabel(tr("&Collector:"), this);
    collectorLabel->setBuddy(m_collector);
    bar->addWidget(collectorLabel);
    bar->addWidget(m_collector);
    bar->addSpacing(12);
    bar->addWidget(m_views);
    bar->addSpacing(12);
    bar->addWidget(m_currency);
    bar->addWidget(m_segment);
    bar->addWidget(m_hideDone);
    auto *strategy = new QPushButton(tr("S&trategy…"), this);
    strategy->setObjectName(QStringLiteral("worklistStrategy"));
    strategy->setFocusPolicy(Qt::NoFocus);
    connect(strategy, &QPushButton::clicked, this, &WorklistPage::editStrategy);
    bar->addWidget(strategy);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_list);
}

QString WorklistPage::currentCustomer() const
{
    return m_list->currentIndex().data(CustomerIdRole).toString();
}

void WorklistPage::reload()
{
    m_keepCustomer = currentCustomer();
    auto future = m_session.run<Result<QStringList>>([](storage::Workspace &workspace, services::JobControl &) {
        return storage::CustomerRepository(workspace.database()).collectors();
    });
    whenReady(this, future, [this](const Result<QStringList> &collectors) {
        if (!collectors) {
            emit statusMessage(ErrorMessages::describe(collectors.error()));
            return;
        }
        const QString current = m_collector->currentText();
        const QString remembered = QSettings().value(kCollectorKey).toString();
        m_collector->clear();
        m_collector->addItems(*collectors);
        for (const QString &wanted : { current, remembered, m_user }) {
            if (const int index = m_collector->findText(wanted); !wanted.isEmpty() && index >= 0) {
                m_collector->setCurrentIndex(index);
                break;
            }
        }
        loadList();
    });
}

void WorklistPage::loadList()
{
    const QString collector = m_collector->currentText();
    const QDate today = m_clock.today();
    const int generation = ++m_generation;
    if (m_keepCustomer.isEmpty())
        m_keepCustomer = currentCustomer();
    auto future = m_session.run<Result<QList<collections::WorklistEntry>>>(
        [collector, today, &clock = m_clock](storage::Workspace &workspace, services::JobControl &) {
            return services::Worklist(workspace.database(), clock).build(collector, today);
        });
    whenReady(this, future, [this, generation](const Result<QList<collections::WorklistEntry>> &entries) {
        if (generation != m_generation)
            return; // a newer load is on its way
        if (!entries) {
            emit statusMessage(ErrorMessages::describe(entries.error()));
            return;
        }
        QStringList currencies;
        QStringList segments;
        for (const collections::WorklistEntry &entry : *entries) {
            currencies << entry.collectible.currency().code();
            if (!entry.segment.isEmpty())
                segments << entry.segment;
        }
        currencies.removeDuplicates();
        currencies.sort();
        segments.removeDuplicates();
        segments.sort();
        const auto refill = [](QComboBox *box, const QString &all, const QStringList &values) {
            const QString kept = box->currentData().toString();
            box->clear();
            box->addItem(all, QString());
            for (const QString &value : values)
                box->addItem(value, value);
            box->setCurrentIndex(std::max(0, box->findData(kept)));
        };
        refill(m_currency, tr("All currencies"), currencies);
        refill(m_segment, tr("All segments"), segments);
        m_filter->setCurrency(m_currency->currentData().toString());
        m_filter->setSegment(m_segment->currentData().toString());

        const QString keep = std::exchange(m_keepCustomer, QString());
        m_model->setEntries(*entries);
        const int kept = m_model->rowOf(keep);
        const QModelIndex proxy = kept >= 0 ? m_filter->mapFromSource(m_model->index(kept, 0)) : QModelIndex();
        selectRow(proxy.isValid() ? proxy.row() : 0);
        updateSummary();
        emit loaded();
    });
}

void WorklistPage::selectRow(int proxyRow)
{
    const QModelIndex index = m_filter->index(proxyRow, 0);
    if (!index.isValid()) {
        m_accountName->setText(tr("Nothing to do for today"));
        m_reasons->clear();
        m_timeline->setHistory({});
        return;
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void WorklistPage::updateSummary()
{
    int done = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        done += m_model->entry(row)->done ? 1 : 0;
    m_summary->setText(tr("%n account(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" · ")
        + tr("%1 of %2 worked today").arg(done).arg(m_model->rowCount()));
}

void WorklistPage::showAccount()
{
    const QModelIndex index = m_list->currentIndex();
    const collections::WorklistEntry *entry = m_model->entry(m_filter->mapToSource(index).row());
    if (!entry)
        return;
    m_accountName->setText(tr("%1 (%2)").arg(entry->name, entry->customerId));
    m_reasons->setText(QStringLiteral("• ")
        + index.siblingAtColumn(WorklistModel::ReasonsColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .replace(QLatin1Char('\n'), QStringLiteral("\n• ")));
    const QString customerId = entry->customerId;
    const QDate today = m_clock.today();
    const int generation = m_generation;
    auto future = m_session.run<Result<AccountDetails>>([customerId, today](storage::Workspace &workspace,
                                                            services::JobControl &) -> Result<AccountDetails> {
        storage::SqlDatabase &db = workspace.database();
        AccountDetails details;
        auto activities = storage::ActivityRepository(db).ofCustomer(customerId);
        auto promises = storage::PromiseRepository(db).ofCustomer(customerId, today);
        auto tasks = storage::TaskRepository(db).ofCustomer(customerId);
        auto customer = storage::CustomerRepository(db).find(customerId);
        InvoiceFilter filter;
        filter.state = InvoiceFilter::State::Open;
        filter.customerId = customerId;
        filter.today = today;
        auto invoices = storage::InvoiceRepository(db).list(filter, 200);
        for (const Status &status : { Status(activities ? success() : activities.error()),
                 Status(promises ? success() : promises.error()), Status(tasks ? success() : tasks.error()),
                 Status(customer ? success() : customer.error()), Status(invoices ? success() : invoices.error()) }) {
            if (!status)
                return status.error();
        }
        details.history = { *activities, *promises, *tasks };
        if (*customer) {
            for (const Contact &contact : (*customer)->contacts) {
                if (!contact.phone.isEmpty())
                    details.contacts << QStringLiteral("%1 %2").arg(contact.name, contact.phone).trimmed();
            }
        }
        for (const InvoiceSummary &invoice : *invoices) {
            if (invoice.kind == DocumentKind::Invoice)
                details.openInvoices << invoice;
        }
        return details;
    });
    whenReady(this, future, [this, customerId, generation](const Result<AccountDetails> &details) {
        if (generation != m_generation || customerId != currentCustomer())
            return;
        if (!details) {
            emit statusMessage(ErrorMessages::describe(details.error()));
            return;
        }
        m_details = *details;
        m_timeline->setHistory(m_details.history);
        emit accountLoaded();
    });
}

void WorklistPage::moveToAccount(int step)
{
    const int rows = m_filter->rowCount();
    const int current = m_list->currentIndex().row();
    for (int row = current + step; row >= 0 && row < rows; row += step) {
        if (!m_filter->index(row, 0).data(DoneRole).toBool()) {
            selectRow(row);
            return;
        }
    }
    emit statusMessage(step > 0 ? tr("No more accounts to work today") : tr("This is the first account"));
}

void WorklistPage::write(const QString &done, std::function<Result<QString>(services::CollectionsLog &)> change)
{
    const Clock &clock = m_clock;
    const QString user = m_user;
    auto future = m_session.run<Result<QString>>(
        [&clock, user, change = std::move(change)](storage::Workspace &workspace, services::JobControl &) {
            services::CollectionsLog log(workspace.database(), clock, user);
            return change(log);
        });
    whenReady(this, future, [this, done](const Result<QString> &result) {
        if (!result) {
            ErrorMessages::show(this, tr("Not saved"), result.error());
            return;
        }
        emit statusMessage(done);
        m_keepCustomer = currentCustomer();
        loadList();
    });
}

void WorklistPage::logCall()
{
    const QString customerId = currentCustomer();
    if (customerId.isEmpty())
        return;
    openDialog(new LogCallDialog(m_details.contacts, m_clock.today(), this), [this, customerId](LogCallDialog &dialog) {
        const auto outcome = dialog.outcome();
        const QString contact = dialog.contact();
        const QString note = dialog.note();
        const QDate followUp = dialog.followUp();
        write(tr("Call logged"), [customerId, outcome, contact, note, followUp](services::CollectionsLog &log) {
            return log.logCall(customerId, outcome, contact, note, followUp);
        });
        // A promise made on the call is recorded right away.
        if (outcome == collections::CallOutcome::Promised)
            recordPromise();
    });
}

void WorklistPage::recordPromise()
{
    const QModelIndex index = m_list->currentIndex();
    const collections::WorklistEntry *entry = m_model->entry(m_filter->mapToSource(index).row());
    if (!entry)
        return;
    const QString customerId = entry->customerId;
    auto *dialog = new PromiseDialog(entry->collectible.isPositive() ? entry->collectible : entry->openTotal,
        m_clock.today(), m_details.openInvoices, this);
    openDialog(dialog, [this, customerId](PromiseDialog &dialog) {
        const Money amount = dialog.amount();
        const QDate date = dialog.promisedFor();
        const QStringList invoices = dialog.invoiceNumbers();
        const QString note = dialog.note();
        write(tr("Promise recorded"),
            [=](services::CollectionsLog &log) { return log.recordPromise(customerId, amount, date, invoices, note); });
    });
}

void WorklistPage::addNote()
{
    const QString customerId = currentCustomer();
    if (customerId.isEmpty())
        return;
    openDialog(new NoteDialog(this), [this, customerId](NoteDialog &dialog) {
        const QString note = dialog.note();
        write(tr("Note added"),
            [customerId, note](services::CollectionsLog &log) { return log.addNote(customerId, note); });
    });
}

void WorklistPage::addFollowUp()
{
    const QString customerId = currentCustomer();
    if (customerId.isEmpty())
        return;
    openDialog(new FollowUpDialog(m_clock.today(), this), [this, customerId](FollowUpDialog &dialog) {
        const QString title = dialog.title();
        const QDate due = dialog.due();
        write(tr("Follow-up set"),
            [customerId, title, due](services::CollectionsLog &log) { return log.addTask(customerId, title, due); });
    });
}

void WorklistPage::writeEmail()
{
    const QModelIndex index = m_list->currentIndex();
    const collections::WorklistEntry *entry = m_model->entry(m_filter->mapToSource(index).row());
    if (!entry)
        return;
    auto *dialog
        = new EmailDialog(m_session, m_clock, entry->customerId, m_user, entry->collectible.isPositive(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EmailDialog::queued, this, &WorklistPage::sendOutbox);
    dialog->open();
}

void WorklistPage::sendOutbox()
{
    MessageSending::start(
        this, m_session, m_clock, m_user, [this](const Result<services::OutboxSender::Report> &report) {
            if (!report) {
                ErrorMessages::show(this, tr("Not sent"), report.error());
                return;
            }
            const services::DispatchReport &sent = report->dispatched;
            if (!sent.errors.isEmpty())
                emit statusMessage(tr("Not sent yet, tried again later: %1").arg(sent.errors.first()));
            else if (report->unconfigured.contains(QStringLiteral("email")))
                emit statusMessage(tr("The email waits in the outbox: set up the mail server (File → Mail server…)"));
            else
                emit statusMessage(tr("%n message(s) sent", nullptr, sent.sent));
            m_keepCustomer = currentCustomer();
            loadList();
        });
}

void WorklistPage::completeFollowUp()
{
    const QModelIndex index = m_timelineView->currentIndex();
    if (!index.data(OpenFollowUpRole).toBool())
        return;
    const QString id = index.data(RecordIdRole).toString();
    write(tr("Follow-up done"), [id](services::CollectionsLog &log) -> Result<QString> {
        if (auto status = log.completeTask(id); !status)
            return status.error();
        return id;
    });
}

void WorklistPage::cancelPromise()
{
    const QModelIndex index = m_timelineView->currentIndex();
    if (!index.data(OpenPromiseRole).toBool())
        return;
    const QString id = index.data(RecordIdRole).toString();
    write(tr("Promise withdrawn"), [id](services::CollectionsLog &log) -> Result<QString> {
        if (auto status = log.cancelPromise(id); !status)
            return status.error();
        return id;
    });
}

void WorklistPage::editStrategy()
{
    const Clock &clock = m_clock;
    auto current = m_session.run<Result<collections::WorklistStrategy>>(
        [&clock](storage::Workspace &workspace, services::JobControl &) {
            return services::Worklist(workspace.database(), clock).strategy();
        });
    whenReady(this, current, [this, &clock](const Result<collections::WorklistStrategy> &strategy) {
        if (!strategy) {
            ErrorMessages::show(this, tr("Worklist strategy"), strategy.error());
            return;
        }
        openDialog(new WorklistStrategyDialog(*strategy, this), [this, &clock](WorklistStrategyDialog &dialog) {
            const collections::WorklistStrategy edited = dialog.strategy();
            auto saved = m_session.run<Status>([edited, &clock](storage::Workspace &workspace, services::JobControl &) {
                return services::Worklist(workspace.database(), clock).saveStrategy(edited);
            });
            whenReady(this, saved, [this](const Status &done) {
                if (!done) {
                    ErrorMessages::show(this, tr("Worklist strategy"), done.error());
                    return;
                }
                emit statusMessage(tr("Strategy saved; it goes to the team with the next sync"));
                loadList();
            });
        });
    });
}

void WorklistPage::toggleDone()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString customerId = index.data(CustomerIdRole).toString();
    const bool done = !index.data(DoneRole).toBool();
    write(done ? tr("Marked as worked today") : tr("Back on today's list"),
        [customerId, done](services::CollectionsLog &log) -> Result<QString> {
            if (auto status = log.markDone(customerId, done); !status)
                return status.error();
            return customerId;
        });
}

} // namespace cc::ui
