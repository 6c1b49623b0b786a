// SPDX-License-Identifier: GPL-3.0-or-later
#include "DunningPage.h"

#include "DunningProposalModel.h"
#include "DunningStrategyDialog.h"
#include "ErrorMessages.h"
#include "MessageSending.h"
#include "OpenDialog.h"
#include "OutboxModel.h"
#include "TemplateEditorDialog.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/DunningRun.h"
#include "services/MessageComposer.h"
#include "services/OutboxSender.h"
#include "services/WorkspaceSession.h"
#include "storage/MessageOutbox.h"
#include "storage/TemplateRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

QTreeView *tableView(const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(name);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    return view;
}

} // namespace

DunningPage::DunningPage(services::WorkspaceSession &session, const Clock &clock, QString sender, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_clock(clock)
    , m_sender(std::move(sender))
    , m_proposals(new DunningProposalModel(this))
    , m_outbox(new OutboxModel(this))
    , m_proposalView(tableView(QStringLiteral("dunningProposals"), this))
    , m_outboxView(tableView(QStringLiteral("outbox"), this))
    , m_preview(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
{
    m_proposalView->setModel(m_proposals);
    m_proposalView->header()->resizeSection(DunningProposalModel::CustomerColumn, 260);
    m_proposalView->header()->resizeSection(DunningProposalModel::LevelColumn, 130);
    m_proposalView->header()->resizeSection(DunningProposalModel::InvoicesColumn, 220);
    m_proposalView->header()->resizeSection(DunningProposalModel::AmountColumn, 130);
    m_outboxView->setModel(m_outbox);
    m_outboxView->header()->resizeSection(OutboxModel::SubjectColumn, 320);
    m_preview->setObjectName(QStringLiteral("dunningPreview"));
    m_preview->setReadOnly(true);
    m_summary->setObjectName(QStringLiteral("dunningSummary"));
    connect(m_proposalView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DunningPage::preview);

    auto *approve = new QPushButton(tr("&Approve and send the checked notices"), this);
    approve->setObjectName(QStringLiteral("approveDunning"));
    connect(approve, &QPushButton::clicked, this, &DunningPage::approve);
    auto *strategy = new QPushButton(tr("S&trategy…"), this);
    strategy->setObjectName(QStringLiteral("dunningStrategy"));
    connect(strategy, &QPushButton::clicked, this, &DunningPage::editStrategy);
    auto *runBar = new QHBoxLayout;
    runBar->addWidget(m_summary, 1);
    auto *templates = new QPushButton(tr("Te&mplates…"), this);
    templates->setObjectName(QStringLiteral("dunningTemplates"));
    connect(templates, &QPushButton::clicked, this, &DunningPage::editTemplates);
    runBar->addWidget(templates);
    runBar->addWidget(strategy);
    runBar->addWidget(approve);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_proposalView);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *runTab = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runTab);
    runLayout->addLayout(runBar);
    runLayout->addWidget(splitter, 1);

    auto *retry = new QPushButton(tr("&Retry failed"), this);
    connect(retry, &QPushButton::clicked, this, &DunningPage::retryFailed);
    auto *send = new QPushButton(tr("&Send waiting now"), this);
    connect(send, &QPushButton::clicked, this, &DunningPage::sendNow);
    auto *outboxBar = new QHBoxLayout;
    outboxBar->addStretch(1);
    outboxBar->addWidget(retry);
    outboxBar->addWidget(send);
    auto *outboxTab = new QWidget(this);
    auto *outboxLayout = new QVBoxLayout(outboxTab);
    outboxLayout->addLayout(outboxBar);
    outboxLayout->addWidget(m_outboxView, 1);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("dunningTabs"));
    tabs->addTab(runTab, tr("Today's run"));
    tabs->addTab(outboxTab, tr("Outbox"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
}

void DunningPage::reload()
{
    loadProposals();
    loadOutbox();
}

void DunningPage::loadProposals()
{
    const QDate today = m_clock.today();
    const Clock &clock = m_clock;
    const QString sender = m_sender;
    const int generation = ++m_generation;
    auto future = m_session.run<Result<QList<collections::DunningProposal>>>(
        [today, &clock, sender](storage::Workspace &workspace, services::JobControl &control) {
            return services::DunningRun(workspace.database(), clock, sender).propose(today, control);
        });
    whenReady(this, future, [this, generation](const Result<QList<collections::DunningProposal>> &proposals) {
        if (generation != m_generation)
            return;
        if (!proposals) {
            emit statusMessage(ErrorMessages::describe(proposals.error()));
            return;
        }
        m_proposals->setProposals(*proposals);
        m_summary->setText(
            tr("%n notice(s) proposed for today; uncheck any to hold it back.", nullptr, int(proposals->size())));
        m_preview->clear();
        if (!proposals->isEmpty())
            m_proposalView->setCurrentIndex(m_proposals->index(0, 0));
        emit loaded();
    });
}

void DunningPage::loadOutbox()
{
    auto future = m_session.run<Result<QList<messaging::OutgoingMessage>>>(
        [](storage::Workspace &workspace, services::JobControl &) {
            return storage::MessageOutbox(workspace.database()).recent(500);
        });
    whenReady(this, future, [this](const Result<QList<messaging::OutgoingMessage>> &messages) {
        if (messages)
            m_outbox->setMessages(*messages);
    });
}

void DunningPage::preview()
{
    const collections::DunningProposal *p = m_proposals->proposal(m_proposalView->currentIndex().row());
    if (!p)
        return;
    services::MessageComposer::Request request;
    request.customerId = p->customerId;
    request.templateKey = p->templateKey;
    request.channel = p->channel == QLatin1String("sms") ? messaging::Channel::Sms : messaging::Channel::Email;
    request.onlyOverdue = p->onlyOverdue;
    request.excludeInvoices = p->excludedInvoices;
    request.fee = p->fee;
    const QDate today = m_clock.today();
    const QString sender = m_sender;
    auto future = m_session.run<Result<messaging::OutgoingMessage>>(
        [request, today, sender](storage::Workspace &workspace, services::JobControl &) {
            return services::MessageComposer::compose(workspace.database(), request, today, sender);
        });
    whenReady(this, future, [this](const Result<messaging::OutgoingMessage> &message) {
        m_preview->setPlainText(message
                ? tr("To: %1\nSubject: %2\n\n%3")
                      .arg(message->recipients.join(QStringLiteral(", ")), message->subject, message->body)
                : ErrorMessages::describe(message.error()));
    });
}

void DunningPage::approve()
{
    const QList<collections::DunningProposal> chosen = m_proposals->checked();
    if (chosen.isEmpty())
        return;
    const QDate today = m_clock.today();
    const Clock &clock = m_clock;
    const QString sender = m_sender;
    auto future = m_session.run<Result<QList<services::DunningRun::Outcome>>>(
        [chosen, today, &clock, sender](storage::Workspace &workspace, services::JobControl &) {
            return services::DunningRun(workspace.database(), clock, sender).approve(chosen, today);
        });
    whenReady(this, future, [this](const Result<QList<services::DunningRun::Outcome>> &outcomes) {
        if (!outcomes) {
            ErrorMessages::show(this, tr("Not approved"), outcomes.error());
            return;
        }
        int problems = 0;
        for (const services::DunningRun::Outcome &outcome : *outcomes)
            problems += outcome.error.isEmpty() ? 0 : 1;
        emit statusMessage(problems ? tr("%1 notices queued; %2 could not be written (no address?)")
                                          .arg(outcomes->size() - problems)
                                          .arg(problems)
                                    : tr("%1 notices queued").arg(outcomes->size()));
        sendNow();
    });
}

void DunningPage::retryFailed()
{
    const QDateTime now = m_clock.now();
    auto future
        = m_session.run<Result<int>>([now](storage::Workspace &workspace, services::JobControl &) -> Result<int> {
              storage::MessageOutbox outbox(workspace.database());
              auto messages = outbox.recent(500);
              if (!messages)
                  return messages.error();
              int again = 0;
              for (const messaging::OutgoingMessage &m : *messages) {
                  if (m.status != messaging::DeliveryStatus::Failed)
                      continue;
                  if (auto status = outbox.retry(m.id, now); !status)
                      return status.error();
                  ++again;
              }
              return again;
          });
    whenReady(this, future, [this](const Result<int> &) { sendNow(); });
}

void DunningPage::sendNow()
{
    MessageSending::start(
        this, m_session, m_clock, m_sender, [this](const Result<services::OutboxSender::Report> &report) {
            if (!report)
                emit statusMessage(ErrorMessages::describe(report.error()));
            else if (!report->dispatched.errors.isEmpty())
                emit statusMessage(tr("%1 sent; not yet sent: %2")
                                       .arg(report->dispatched.sent)
                                       .arg(report->dispatched.errors.first()));
            else
                emit statusMessage(tr("%1 sent").arg(report->dispatched.sent));
            reload();
        });
}

void DunningPage::editStrategy()
{
    using Current = std::pair<collections::DunningStrategy, QStringList>;
    const Clock &clock = m_clock;
    const QString sender = m_sender;
    auto current = m_session.run<Result<Current>>(
        [&clock, sender](storage::Workspace &workspace, services::JobControl &) -> Result<Current> {
            auto strategy = services::DunningRun(workspace.database(), clock, sender).strategy();
            if (!strategy)
                return strategy.error();
            auto keys = storage::TemplateRepository(workspace.database()).keys();
            if (!keys)
                return keys.error();
            return Current { *strategy, *keys };
        });
    whenReady(this, current, [this, &clock, sender](const Result<Current> &loaded) {
        if (!loaded) {
            ErrorMessages::show(this, tr("Dunning strategy"), loaded.error());
            return;
        }
        auto *dialog = new DunningStrategyDialog(loaded->first, loaded->second, this);
        openDialog(dialog, [this, &clock, sender](DunningStrategyDialog &dialog) {
            const collections::DunningStrategy edited = dialog.strategy();
            auto saved = m_session.run<Status>(
                [edited, &clock, sender](storage::Workspace &workspace, services::JobControl &) {
                    return services::DunningRun(workspace.database(), clock, sender).saveStrategy(edited);
                });
            whenReady(this, saved, [this](const Status &done) {
                if (!done) {
                    ErrorMessages::show(this, tr("Dunning strategy"), done.error());
                    return;
                }
                emit statusMessage(tr("Dunning strategy saved; it goes to the team with the next sync"));
                loadProposals();
            });
        });
    });
}

void DunningPage::editTemplates()
{
    auto keys = m_session.run<Result<QStringList>>([](storage::Workspace &workspace, services::JobControl &) {
        return storage::TemplateRepository(workspace.database()).keys();
    });
    whenReady(this, keys, [this](const Result<QStringList> &loaded) {
        if (!loaded) {
            ErrorMessages::show(this, tr("Message templates"), loaded.error());
            return;
        }
        // The preview shows the notice in view, for a customer the collector knows.
        const QModelIndex current = m_proposalView->currentIndex();
        const collections::DunningProposal *shown = current.isValid() ? m_proposals->proposal(current.row()) : nullptr;
        const QString customer = shown ? shown->customerId : QString();
        auto *dialog = new TemplateEditorDialog(m_session, m_clock, *loaded, customer, m_sender, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &TemplateEditorDialog::saved, this, [this](const QString &key, const QString &language) {
            emit statusMessage(tr("Template %1 (%2) saved").arg(key, language));
            loadProposals();
        });
        dialog->open();
    });
}

} // namespace cc::ui
