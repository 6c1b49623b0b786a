// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmailDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "documents/LetterAttachments.h"
#include "services/MessageComposer.h"
#include "services/WorkspaceSession.h"
#include "storage/MessageOutbox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace cc::ui {

EmailDialog::EmailDialog(services::WorkspaceSession &session, const Clock &clock, QString customerId, QString sender,
    bool overdue, QWidget *parent, QStringList invoiceCopies)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_customerId(std::move(customerId))
    , m_sender(std::move(sender))
    , m_copiesOf(std::move(invoiceCopies))
    , m_template(new QComboBox(this))
    , m_to(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_statement(new QCheckBox(tr("Attach the &statement of account (PDF)"), this))
    , m_invoiceCopies(new QCheckBox(tr("Attach &copies of the invoices listed (PDF)"), this))
    , m_problem(new QLabel(this))
    , m_send(nullptr)
{
    setWindowTitle(tr("Email to %1").arg(m_customerId));
    setObjectName(QStringLiteral("emailDialog"));
    m_template->setObjectName(QStringLiteral("emailTemplate"));
    m_template->addItem(tr("Friendly reminder"), QStringLiteral("reminder"));
    m_template->addItem(tr("First notice"), QStringLiteral("first_notice"));
    m_template->addItem(tr("Second notice"), QStringLiteral("second_notice"));
    m_template->addItem(tr("Final notice"), QStringLiteral("final_notice"));
    m_template->addItem(tr("Statement of account"), QStringLiteral("statement"));
    m_template->setCurrentIndex(overdue ? 1 : 0);
    m_to->setObjectName(QStringLiteral("emailTo"));
    m_subject->setObjectName(QStringLiteral("emailSubject"));
    m_body->setObjectName(QStringLiteral("emailBody"));
    m_body->setTabChangesFocus(true);
    m_statement->setObjectName(QStringLiteral("emailStatement"));
    m_invoiceCopies->setObjectName(QStringLiteral("emailInvoiceCopies"));
    if (!m_copiesOf.isEmpty()) {
        m_invoiceCopies->setText(tr("Attach &copies of %1 (PDF)").arg(m_copiesOf.join(QStringLiteral(", "))));
        m_invoiceCopies->setChecked(true);
    }
    m_problem->setObjectName(QStringLiteral("emailProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    connect(m_template, &QComboBox::currentIndexChanged, this, [this] {
        m_statement->setChecked(m_template->currentData() == QLatin1String("statement"));
        compose();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("T&o:"), m_to);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(m_body);
    form->addRow(m_statement);
    form->addRow(m_invoiceCopies);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_send = buttons->addButton(tr("Send"), QDialogButtonBox::AcceptRole);
    m_send->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmailDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, this, [this] {
        if (m_send->isEnabled())
            send();
    });
    resize(640, 560);
    compose();
}

void EmailDialog::compose()
{
    services::MessageComposer::Request request;
    request.customerId = m_customerId;
    request.templateKey = m_template->currentData().toString();
    const QDate today = m_clock.today();
    const QString sender = m_sender;
    m_send->setEnabled(false);
    auto future = m_session.run<Result<messaging::OutgoingMessage>>(
        [request, today, sender](storage::Workspace &workspace, services::JobControl &) {
            return services::MessageComposer::compose(workspace.database(), request, today, sender);
        });
    whenReady(this, future, [this](const Result<messaging::OutgoingMessage> &message) {
        if (!message) {
            m_problem->setText(ErrorMessages::describe(message.error()));
            m_problem->show();
            return;
        }
        m_problem->hide();
        m_to->setText(message->recipients.join(QStringLiteral(", ")));
        m_subject->setText(message->subject);
        m_body->setPlainText(message->body);
        m_send->setEnabled(true);
    });
}

void EmailDialog::send()
{
    messaging::OutgoingMessage message;
    message.customerId = m_customerId;
    for (const QString &address : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        message.recipients << address.trimmed();
    message.subject = m_subject->text().trimmed();
    message.body = m_body->toPlainText();
    if (message.recipients.isEmpty()) {
        m_problem->setText(tr("Give at least one address."));
        m_problem->show();
        return;
    }
    const bool statement = m_statement->isChecked();
    const bool copies = m_invoiceCopies->isChecked();
    const QStringList copiesOf = m_copiesOf;
    const Clock &clock = m_clock;
    m_send->setEnabled(false);
    auto future = m_session.run<Result<QString>>([message, statement, copies, copiesOf, &clock](
                                                     storage::Workspace &workspace,
                                                     services::JobControl &) mutable -> Result<QString> {
        if (statement) {
            auto pdf = documents::LetterAttachments::statement(workspace.database(), message.customerId, clock.today());
            if (!pdf)
                return pdf.error();
            message.attachments << *pdf;
        }
        if (copies) {
            // The documents named, or every invoice the letter is about.
            auto pdfs = copiesOf.isEmpty()
                ? documents::LetterAttachments::invoiceCopies(workspace.database(), message.customerId, clock.today())
                : documents::LetterAttachments::copiesOf(workspace.database(), copiesOf);
            if (!pdfs)
                return pdfs.error();
            message.attachments << *pdfs;
        }
        return storage::MessageOutbox(workspace.database()).enqueue(message, clock.now());
    });
    whenReady(this, future, [this](const Result<QString> &id) {
        if (!id) {
            m_problem->setText(ErrorMessages::describe(id.error()));
            m_problem->show();
            m_send->setEnabled(true);
            return;
        }
        emit queued(*id);
        accept();
    });
}

} // namespace cc::ui
