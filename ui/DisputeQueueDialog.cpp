// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisputeQueueDialog.h"

#include "DomainText.h"
#include "ErrorMessages.h"
#include "ResolveDisputeDialog.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "domain/DisputeFigures.h"
#include "services/Disputes.h"
#include "services/InvoiceIssuing.h"
#include "services/WorkspaceSession.h"
#include "storage/DisputeAttachmentRepository.h"
#include "storage/DisputeRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

enum Column { Opened, Invoice, Customer, Amount, Reason, State, Owner, SlaDue, Age, Resolution, ColumnCount };
enum StateFilter { OpenOnes, ResolvedOnes, AllOnes };

} // namespace

DisputeQueueDialog::DisputeQueueDialog(
    services::WorkspaceSession &session, const Clock &clock, QString author, QString serverUri, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_author(std::move(author))
    , m_serverUri(std::move(serverUri))
    , m_figures(new QLabel(this))
    , m_owner(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_breachedOnly(new QCheckBox(tr("Past service level &only"), this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_view(new QTreeView(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Disputes"));
    setObjectName(QStringLiteral("disputeQueueDialog"));
    m_figures->setObjectName(QStringLiteral("disputeFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_owner->setObjectName(QStringLiteral("disputeOwnerFilter"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_reason->setObjectName(QStringLiteral("disputeReasonFilter"));
    m_reason->addItem(tr("All reasons"), QString());
    for (const QString &code : Dispute::reasonCodes())
        m_reason->addItem(DomainText::disputeReason(code), code);
    m_state->setObjectName(QStringLiteral("disputeStateFilter"));
    m_state->addItem(tr("Open"), OpenOnes);
    m_state->addItem(tr("Resolved"), ResolvedOnes);
    m_state->addItem(tr("All"), AllOnes);
    m_breachedOnly->setObjectName(QStringLiteral("disputeBreachedOnly"));
    auto *filters = new QHBoxLayout;
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *reasonLabel = new QLabel(tr("R&eason:"), this);
    reasonLabel->setBuddy(m_reason);
    auto *stateLabel = new QLabel(tr("S&how:"), this);
    stateLabel->setBuddy(m_state);
    for (QWidget *w : std::initializer_list<QWidget *> {
             ownerLabel, m_owner, reasonLabel, m_reason, stateLabel, m_state, m_breachedOnly })
        filters->addWidget(w);
    filters->addStretch(1);

    m_model->setHorizontalHeaderLabels({ tr("Opened"), tr("Invoice"), tr("Customer"), tr("Amount"), tr("Reason"),
        tr("State"), tr("Owner"), tr("Answer by"), tr("Age (days)"), tr("Resolution") });
    m_view->setObjectName(QStringLiteral("disputeList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_problem->setObjectName(QStringLiteral("disputeQueueProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::Link);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto add = [&](const QString &text, const char *name, auto slot) {
        QPushButton *button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(QString::fromLatin1(name));
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    m_investigate = add(tr("&Investigate"), "disputeInvestigate", [this] { move(Dispute::Status::Investigating); });
    m_waiting = add(tr("Wait for &customer"), "disputeWaiting", [this] { move(Dispute::Status::Waiting); });
    m_resolve = add(tr("&Resolve…"), "disputeResolve", [this] { resolve(); });
    m_approve = add(tr("&Approve proposal"), "disputeApprove", [this] { decide(true); });
    m_decline = add(tr("&Decline proposal"), "disputeDecline", [this] { decide(false); });
    m_reopen = add(tr("Re&open"), "disputeReopen", [this] { move(Dispute::Status::Investigating); });
    m_attach = add(tr("Attach &file…"), "disputeAttach", [this] { attach(); });
    m_files = add(tr("Sa&ve files…"), "disputeSaveFiles", [this] { saveFiles(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_figures);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 520);

    for (QComboBox *box : { m_owner, m_reason, m_state })
        connect(box, &QComboBox::currentIndexChanged, this, &DisputeQueueDialog::showFiltered);
    connect(m_breachedOnly, &QCheckBox::toggled, this, &DisputeQueueDialog::showFiltered);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &DisputeQueueDialog::updateActions);
    reload();
}

void DisputeQueueDialog::reload()
{
    auto loaded = m_session.run<Result<QList<Dispute>>>([](storage::Workspace &ws, services::JobControl &) {
        return storage::DisputeRepository(ws.database()).list(true);
    });
    whenReady(this, loaded, [this](const Result<QList<Dispute>> &disputes) {
        if (!disputes) {
            m_problem->setText(ErrorMessages::describe(disputes.error()));
            return;
        }
        m_disputes = *disputes;
        const QDate today = m_clock.today();
        const DisputeFigures figures = DisputeFigures::of(m_disputes, today);
        QStringList amounts;
        for (const Money &amount : figures.openAmount)
            amounts << m_format.format(amount);
        QString text = tr("Open: %1 (%2), %3 past their service level. By age: %4 up to 7 days, %5 of 8–14, "
                          "%6 of 15–30, %7 older.")
                           .arg(figures.open)
                           .arg(amounts.isEmpty() ? tr("nothing") : amounts.join(QStringLiteral(", ")))
                           .arg(figures.breached)
                           .arg(figures.openByAge[0])
                           .arg(figures.openByAge[1])
                           .arg(figures.openByAge[2])
                           .arg(figures.openByAge[3]);
        text += QLatin1Char(' ')
            + (figures.resolved == 0 ? tr("None resolved in the last %1 days.").arg(DisputeFigures::CycleWindowDays)
                                     : tr("Resolved in the last %1 days: %2, in %3 days on average (longest %4).")
                                           .arg(DisputeFigures::CycleWindowDays)
                                           .arg(figures.resolved)
                                           .arg(QLocale().toString(figures.averageCycleDays, 'f', 1))
                                           .arg(figures.longestCycleDays));
        m_figures->setText(text);

        const QString owner = m_owner->currentData().toString();
        QSignalBlocker block(m_owner);
        m_owner->clear();
        m_owner->addItem(tr("Everyone"), QString());
        QStringList owners;
        for (const Dispute &d : std::as_const(m_disputes))
            if (!owners.contains(d.owner))
                owners << d.owner;
        owners.sort();
        for (const QString &name : std::as_const(owners))
            m_owner->addItem(name, name);
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
        showFiltered();
    });
}

void DisputeQueueDialog::showFiltered()
{
    const QString owner = m_owner->currentData().toString();
    const QString reason = m_reason->currentData().toString();
    const int state = m_state->currentData().toInt();
    const QDate today = m_clock.today();
    m_model->removeRows(0, m_model->rowCount());
    for (const Dispute &d : std::as_const(m_disputes)) {
        const bool resolved = d.status == Dispute::Status::Resolved;
        if ((!owner.isEmpty() && d.owner != owner) || (!reason.isEmpty() && d.reason != reason)
            || (state == OpenOnes && resolved) || (state == ResolvedOnes && !resolved)
            || (m_breachedOnly->isChecked() && !d.breachesSla(today)))
            continue;
        const auto item = [](const QString &text, const QVariant &sortKey = {}) {
            auto *cell = new QStandardItem(text);
            cell->setData(sortKey.isValid() ? sortKey : QVariant(text), Qt::UserRole + 1);
            return cell;
        };
        QString resolution;
        if (d.resolution) {
            resolution = DomainText::disputeResolution(d.resolution->kind);
            if (d.resolution->kind != DisputeResolution::Kind::Rejected)
                resolution += QLatin1Char(' ') + m_format.format(d.resolution->amount);
            resolution = d.resolution->state == DisputeResolution::State::Proposed
                ? tr("%1 proposed by %2").arg(resolution, d.resolution->proposedBy)
                : tr("%1 (%2)").arg(
                    resolution, d.resolution->document.isEmpty() ? d.resolution->decidedBy : d.resolution->document);
        }
        QList<QStandardItem *> row { item(m_format.date(d.openedOn), d.openedOn), item(d.invoiceNumber),
            item(d.customerId), item(m_format.format(d.amount), d.amount.minorUnits()),
            item(DomainText::disputeReason(d.reason)), item(DomainText::disputeStatus(d.status)), item(d.owner),
            item(m_format.date(d.slaDue()), d.slaDue()),
            item(QString::number(d.openedOn.daysTo(resolved ? d.resolvedOn : today)),
                d.openedOn.daysTo(resolved ? d.resolvedOn : today)),
            item(resolution) };
        row[Opened]->setData(d.id, Qt::UserRole);
        row[Amount]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[Age]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (d.breachesSla(today)) {
            for (QStandardItem *cell : row)
                cell->setForeground(QColor(0xb0, 0x20, 0x20));
            row[SlaDue]->setToolTip(tr("Past its service level of %n day(s)", nullptr, Dispute::slaDays(d.reason)));
        }
        m_model->appendRow(row);
    }
    m_model->setSortRole(Qt::UserRole + 1);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_view->resizeColumnToContents(column);
    updateActions();
}

std::optional<Dispute> DisputeQueueDialog::current() const
{
    const QString id = m_model->index(m_view->currentIndex().row(), Opened).data(Qt::UserRole).toString();
    for (const Dispute &d : m_disputes)
        if (d.id == id)
            return d;
    return std::nullopt;
}

void DisputeQueueDialog::updateActions()
{
    const std::optional<Dispute> d = current();
    const bool open = d && d->status != Dispute::Status::Resolved;
    const bool proposed = open && d->resolution && d->resolution->state == DisputeResolution::State::Proposed;
    m_investigate->setEnabled(open && Dispute::canMove(d->status, Dispute::Status::Investigating));
    m_waiting->setEnabled(open && Dispute::canMove(d->status, Dispute::Status::Waiting));
    m_resolve->setEnabled(open);
    m_approve->setEnabled(proposed);
    m_decline->setEnabled(proposed);
    m_reopen->setEnabled(d && !open);
    m_attach->setEnabled(d.has_value());
    m_files->setEnabled(d.has_value());
}

void DisputeQueueDialog::finish(const Status &status)
{
    m_problem->setText(status ? QString() : ErrorMessages::describe(status.error()));
    if (status)
        emit changed();
    reload();
}

void DisputeQueueDialog::move(Dispute::Status to)
{
    const std::optional<Dispute> d = current();
    if (!d)
        return;
    auto done = m_session.run<Status>([id = d->id, to, author = m_author, clock = &m_clock](
                                          storage::Workspace &ws, services::JobControl &) -> Status {
        auto moved = services::Disputes(ws.database(), *clock, author).move(id, to);
        return moved ? success() : Status(moved.error());
    });
    whenReady(this, done, [this](const Status &status) { finish(status); });
}

void DisputeQueueDialog::resolve()
{
    const std::optional<Dispute> d = current();
    if (!d)
        return;
    auto *dialog = new ResolveDisputeDialog(m_session, m_clock, m_author, m_serverUri, *d, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResolveDisputeDialog::resolved, this, [this] { finish(success()); });
    dialog->open();
}

void DisputeQueueDialog::decide(bool approve)
{
    const std::optional<Dispute> d = current();
    if (!d)
        return;
    auto done = m_session.run<Status>([id = d->id, approve, author = m_author, uri = m_serverUri, clock = &m_clock](
                                          storage::Workspace &ws, services::JobControl &) -> Status {
        const services::Disputes::IssueDraft issue = [&ws, &uri, clock](qint64 draftId) {
            return services::InvoiceIssuing(ws.database(), *clock).issueWith(uri, draftId);
        };
        auto decided = services::Disputes(ws.database(), *clock, author).decide(id, approve, issue);
        return decided ? success() : Status(decided.error());
    });
    whenReady(this, done, [this](const Status &status) { finish(status); });
}

void DisputeQueueDialog::attach()
{
    const std::optional<Dispute> d = current();
    if (!d)
        return;
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Attach a file to the dispute on %1").arg(d->invoiceNumber));
    if (path.isEmpty())
        return;
    // Read on the worker too: a file may be megabytes, off a slow share.
    auto done = m_session.run<Status>([id = d->id, path, author = m_author, clock = &m_clock](
                                          storage::Workspace &ws, services::JobControl &) -> Status {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(
                ErrorCode::Io, tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        auto attached
            = services::Disputes(ws.database(), *clock, author).attach(id, QFileInfo(path).fileName(), file.readAll());
        return attached ? success() : Status(attached.error());
    });
    whenReady(this, done, [this](const Status &status) { finish(status); });
}

void DisputeQueueDialog::saveFiles()
{
    const std::optional<Dispute> d = current();
    if (!d)
        return;
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Save the dispute's files to"));
    if (directory.isEmpty())
        return;
    auto done = m_session.run<Result<int>>([id = d->id, directory](
                                               storage::Workspace &ws, services::JobControl &) -> Result<int> {
        storage::DisputeAttachmentRepository files(ws.database());
        auto listed = files.list(id);
        if (!listed)
            return listed.error();
        for (const DisputeAttachment &attachment : std::as_const(*listed)) {
            auto content = files.content(attachment.id);
            if (!content)
                return content.error();
            QFile out(QDir(directory).filePath(QFileInfo(attachment.fileName).fileName()));
            if (!out.open(QIODevice::WriteOnly) || out.write(content->value_or(QByteArray())) < 0)
                return makeError(ErrorCode::Io,
                    tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(out.fileName()), out.errorString()));
        }
        return int(listed->size());
    });
    whenReady(this, done, [this, directory](const Result<int> &saved) {
        m_problem->setText(!saved ? ErrorMessages::describe(saved.error())
                : *saved == 0     ? tr("This dispute has no files.")
                              : tr("%n file(s) saved to %1", nullptr, *saved).arg(QDir::toNativeSeparators(directory)));
    });
}

} // namespace cc::ui
