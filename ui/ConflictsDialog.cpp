// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConflictsDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "services/WorkspaceSession.h"
#include "storage/Transaction.h"
#include "sync/ConflictStore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

QString rowTitle(const sync::Conflict &conflict)
{
    if (conflict.table == QLatin1String("customers"))
        return ConflictsDialog::tr("Customer %1").arg(conflict.key);
    if (conflict.table == QLatin1String("invoices"))
        return ConflictsDialog::tr("Document %1").arg(conflict.key);
    if (conflict.table == QLatin1String("payments"))
        return ConflictsDialog::tr("Payment %1").arg(conflict.key);
    return ConflictsDialog::tr("Allocation %1").arg(conflict.key.left(8));
}

QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("ConflictsDialog", "Name") },
        { QStringLiteral("parent_id"), QT_TRANSLATE_NOOP("ConflictsDialog", "Parent account") },
        { QStringLiteral("currency"), QT_TRANSLATE_NOOP("ConflictsDialog", "Currency") },
        { QStringLiteral("credit_limit_minor"), QT_TRANSLATE_NOOP("ConflictsDialog", "Credit limit (minor units)") },
        { QStringLiteral("terms"), QT_TRANSLATE_NOOP("ConflictsDialog", "Payment terms") },
        { QStringLiteral("risk_class"), QT_TRANSLATE_NOOP("ConflictsDialog", "Risk class") },
        { QStringLiteral("collector"), QT_TRANSLATE_NOOP("ConflictsDialog", "Collector") },
        { QStringLiteral("segment"), QT_TRANSLATE_NOOP("ConflictsDialog", "Segment") },
        { QStringLiteral("language"), QT_TRANSLATE_NOOP("ConflictsDialog", "Language") },
        { QStringLiteral("billing_address"), QT_TRANSLATE_NOOP("ConflictsDialog", "Billing address") },
        { QStringLiteral("vat_id"), QT_TRANSLATE_NOOP("ConflictsDialog", "VAT ID") },
        { QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("ConflictsDialog", "Customer") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("ConflictsDialog", "Kind") },
        { QStringLiteral("invoice_date"), QT_TRANSLATE_NOOP("ConflictsDialog", "Invoice date") },
        { QStringLiteral("due_date"), QT_TRANSLATE_NOOP("ConflictsDialog", "Due date") },
        { QStringLiteral("total_minor"), QT_TRANSLATE_NOOP("ConflictsDialog", "Total (minor units)") },
        { QStringLiteral("corrects_number"), QT_TRANSLATE_NOOP("ConflictsDialog", "Corrects") },
        { QStringLiteral("payment_date"), QT_TRANSLATE_NOOP("ConflictsDialog", "Payment date") },
        { QStringLiteral("amount_minor"), QT_TRANSLATE_NOOP("ConflictsDialog", "Amount (minor units)") },
        { QStringLiteral("method"), QT_TRANSLATE_NOOP("ConflictsDialog", "Method") },
        { QStringLiteral("reference"), QT_TRANSLATE_NOOP("ConflictsDialog", "Reference") },
        { QStringLiteral("invoice_number"), QT_TRANSLATE_NOOP("ConflictsDialog", "Invoice") },
        { QStringLiteral("payment_id"), QT_TRANSLATE_NOOP("ConflictsDialog", "Payment") },
        { QStringLiteral("credit_note_number"), QT_TRANSLATE_NOOP("ConflictsDialog", "Credit note") },
        { QStringLiteral("alloc_date"), QT_TRANSLATE_NOOP("ConflictsDialog", "Allocation date") },
    };
    const char *label = labels.value(field);
    return label ? ConflictsDialog::tr(label) : field;
}

QString shown(const sync::FieldValues &values, const QString &field)
{
    if (!values.contains(field))
        return {};
    const QString value = values.value(field);
    if (value.isNull())
        return ConflictsDialog::tr("(empty)");
    // Values travel in the server's form; dates read in the user's format. The Result
    // column, which is edited, keeps the server's form.
    const QDate date = QDate::fromString(value, Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : value;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

ConflictsDialog::ConflictsDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_fields(new QTableWidget(this))
    , m_keepMine(new QPushButton(tr("Keep &mine"), this))
    , m_keepTheirs(new QPushButton(tr("Keep the &server's"), this))
    , m_saveResult(new QPushButton(tr("&Save result"), this))
{
    setWindowTitle(tr("Sync conflicts"));
    setObjectName(QStringLiteral("conflictsDialog"));
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_saveResult->setObjectName(QStringLiteral("saveResult"));
    m_message->setWordWrap(true);
    m_fields->setColumnCount(5);
    m_fields->setHorizontalHeaderLabels({ tr("Field"), tr("Before"), tr("Mine"), tr("Server"), tr("Result") });
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->hide();
    m_fields->setToolTip(tr("Edit the Result column to combine both, then save it."));

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(m_fields, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 220, 560 });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keepMine, QDialogButtonBox::ActionRole);
    buttons->addButton(m_keepTheirs, QDialogButtonBox::ActionRole);
    buttons->addButton(m_saveResult, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveWith(MineColumn); });
    connect(m_keepTheirs, &QPushButton::clicked, this, &ConflictsDialog::acceptServer);
    connect(m_saveResult, &QPushButton::clicked, this, &ConflictsDialog::saveResult);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

void ConflictsDialog::reload()
{
    const Clock *clock = &m_clock;
    auto conflicts
        = m_session.run<Result<QList<sync::Conflict>>>([clock](storage::Workspace &workspace, services::JobControl &) {
              return sync::ConflictStore(workspace.database(), *clock).list();
          });
    whenReady(this, conflicts, [this](const Result<QList<sync::Conflict>> &loaded) {
        if (!loaded) {
            m_message->setText(ErrorMessages::describe(loaded.error()));
            return;
        }
        m_conflicts = *loaded;
        m_list->clear();
        for (const sync::Conflict &conflict : std::as_const(m_conflicts))
            m_list->addItem(rowTitle(conflict));
        if (m_conflicts.isEmpty()) {
            showConflict(-1);
            m_message->setText(tr("No conflicts: every change reached the server as it was made."));
        } else {
            m_list->setCurrentRow(0);
        }
    });
}

const sync::Conflict *ConflictsDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

void ConflictsDialog::showConflict(int row)
{
    m_fields->setRowCount(0);
    const sync::Conflict *conflict = row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
    m_keepMine->setEnabled(conflict && conflict->kind == sync::ConflictKind::Overlap);
    m_saveResult->setEnabled(conflict && conflict->kind == sync::ConflictKind::Overlap && !conflict->mine.isEmpty());
    m_keepTheirs->setEnabled(conflict != nullptr);
    if (!conflict)
        return;
    const bool deletedHere = conflict->kind == sync::ConflictKind::Overlap && conflict->mine.isEmpty();
    m_keepMine->setText(deletedHere ? tr("Delete &anyway") : tr("Keep &mine"));
    m_message->setText(
        QStringLiteral("<b>%1</b> — %2").arg(rowTitle(*conflict).toHtmlEscaped(), conflict->message.toHtmlEscaped()));
    QStringList fields = conflict->mine.keys();
    for (const QString &field : conflict->theirs.keys()) {
        if (!fields.contains(field))
            fields << field;
    }
    m_fields->setRowCount(int(fields.size()));
    for (int i = 0; i < fields.size(); ++i) {
        const QString &field = fields[i];
        auto *name = readOnly(fieldLabel(field));
        name->setData(Qt::UserRole, field);
        m_fields->setItem(i, FieldColumn, name);
        m_fields->setItem(i, BaseColumn, readOnly(shown(conflict->base, field)));
        m_fields->setItem(i, MineColumn, readOnly(deletedHere ? tr("(deleted)") : shown(conflict->mine, field)));
        m_fields->setItem(i, TheirsColumn, readOnly(shown(conflict->theirs, field)));
        auto *result = new QTableWidgetItem(conflict->mine.value(field, conflict->theirs.value(field)));
        if (conflict->kind != sync::ConflictKind::Overlap || deletedHere)
            result->setFlags(result->flags() & ~Qt::ItemIsEditable);
        m_fields->setItem(i, ResultColumn, result);
    }
}

void ConflictsDialog::resolveWith(Column source)
{
    const sync::Conflict *conflict = current();
    if (!conflict)
        return;
    sync::FieldValues chosen;
    if (!conflict->mine.isEmpty()) {
        for (int i = 0; i < m_fields->rowCount(); ++i) {
            const QString field = m_fields->item(i, FieldColumn)->data(Qt::UserRole).toString();
            chosen.insert(
                field, source == MineColumn ? conflict->mine.value(field) : m_fields->item(i, ResultColumn)->text());
        }
    }
    const qint64 id = conflict->id;
    const Clock *clock = &m_clock;
    auto resolved
        = m_session.run<Status>([id, chosen, clock](storage::Workspace &workspace, services::JobControl &) -> Status {
              storage::Transaction transaction(workspace.database());
              if (auto status = transaction.begin(); !status)
                  return status;
              if (auto change = sync::ConflictStore(workspace.database(), *clock).resolve(id, chosen); !change)
                  return change.error();
              return transaction.commit();
          });
    whenReady(this, resolved, [this](const Status &status) { finish(status); });
}

void ConflictsDialog::saveResult()
{
    resolveWith(ResultColumn);
}

void ConflictsDialog::acceptServer()
{
    const sync::Conflict *conflict = current();
    if (!conflict)
        return;
    const qint64 id = conflict->id;
    const Clock *clock = &m_clock;
    auto dismissed = m_session.run<Status>([id, clock](storage::Workspace &workspace, services::JobControl &) {
        return sync::ConflictStore(workspace.database(), *clock).dismiss(id);
    });
    whenReady(this, dismissed, [this](const Status &status) { finish(status); });
}

void ConflictsDialog::finish(const Status &status)
{
    if (!status) {
        QMessageBox::warning(this, windowTitle(), ErrorMessages::describe(status.error()));
        return;
    }
    // The sync controller sees the new change through dataChanged and pushes it.
    m_session.notifyChanged();
    reload();
}

} // namespace cc::ui
