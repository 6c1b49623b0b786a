// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateEditorDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "common/Clock.h"
#include "services/LetterContext.h"
#include "services/WorkspaceSession.h"
#include "storage/TemplateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

constexpr int kPreviewDelayMs = 300;

struct Loaded {
    messaging::MessageTemplate found;
    QString requestedLanguage;
};

struct Preview {
    QString customerId;
    QString subject;
    QString body;
};

} // namespace

TemplateEditorDialog::TemplateEditorDialog(services::WorkspaceSession &session, const Clock &clock, QStringList keys,
    QString previewCustomer, QString sender, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_previewCustomer(std::move(previewCustomer))
    , m_sender(std::move(sender))
    , m_key(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_previewTitle(new QLabel(tr("Preview"), this))
    , m_problem(new QLabel(this))
    , m_save(nullptr)
    , m_revert(nullptr)
    , m_previewDelay(new QTimer(this))
{
    setWindowTitle(tr("Message templates"));
    setObjectName(QStringLiteral("templateEditorDialog"));
    m_key->setObjectName(QStringLiteral("templateKey"));
    m_key->addItems(keys);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setEditable(true);
    m_language->addItems({ QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") });
    m_language->setToolTip(tr("A language code such as en, de or fr: customers get the template in their language."));
    m_subject->setObjectName(QStringLiteral("templateSubject"));
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setTabChangesFocus(true);
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setReadOnly(true);
    m_problem->setObjectName(QStringLiteral("templateProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto *placeholders = new QLabel(tr("Placeholders: {{customer.name}}, {{contact.name}}, {{#invoices}} {{number}} "
                                       "{{date}} {{due_date}} {{open}} {{days_overdue}} {{/invoices}}, "
                                       "{{total_open}}, {{total_overdue}}, {{payment_link}}, {{company.name}}, "
                                       "{{fee}}, {{today}}, {{sender}}"),
        this);
    placeholders->setWordWrap(true);
    placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *choice = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("&Template:"), this);
    keyLabel->setBuddy(m_key);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);
    choice->addWidget(keyLabel);
    choice->addWidget(m_key, 1);
    choice->addWidget(languageLabel);
    choice->addWidget(m_language);
    auto *form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);
    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addLayout(form);
    editorLayout->addWidget(m_body, 1);
    editorLayout->addWidget(placeholders);
    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_preview, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(editor);
    splitter->addWidget(previewPane);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("templateSave"));
    m_revert = buttons->addButton(QDialogButtonBox::Reset);
    m_revert->setText(tr("&Revert"));
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &TemplateEditorDialog::load);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    m_previewDelay->setSingleShot(true);
    m_previewDelay->setInterval(kPreviewDelayMs);
    connect(m_previewDelay, &QTimer::timeout, this, &TemplateEditorDialog::preview);
    connect(m_key, &QComboBox::currentIndexChanged, this, &TemplateEditorDialog::load);
    connect(m_language, &QComboBox::currentTextChanged, this, &TemplateEditorDialog::load);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplateEditorDialog::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplateEditorDialog::edited);
    resize(960, 600);
    setModified(false);
    load();
}

void TemplateEditorDialog::setModified(bool modified)
{
    m_save->setEnabled(modified);
    m_revert->setEnabled(modified);
    m_key->setEnabled(!modified);
    m_language->setEnabled(!modified);
}

void TemplateEditorDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void TemplateEditorDialog::load()
{
    const QString key = m_key->currentText();
    const QString language = m_language->currentText().trimmed();
    if (key.isEmpty() || language.isEmpty())
        return;
    const int generation = ++m_loadGeneration;
    auto future = m_session.run<Result<Loaded>>(
        [key, language](storage::Workspace &workspace, services::JobControl &) -> Result<Loaded> {
            auto found = storage::TemplateRepository(workspace.database()).find(key, language);
            if (!found)
                return found.error();
            return Loaded { *found, language };
        });
    whenReady(this, future, [this, generation](const Result<Loaded> &loaded) {
        if (generation != m_loadGeneration)
            return;
        if (!loaded) {
            showProblem(ErrorMessages::describe(loaded.error()));
            return;
        }
        m_loading = true;
        m_subject->setText(loaded->found.subject);
        m_body->setPlainText(loaded->found.body);
        m_loading = false;
        setModified(false);
        // A language without its own version starts from the one customers would get instead.
        showProblem(loaded->found.language == loaded->requestedLanguage
                ? QString()
                : tr("There is no %1 version yet; this is the %2 one. Saving makes it the %1 version.")
                      .arg(loaded->requestedLanguage, loaded->found.language));
        preview();
    });
}

void TemplateEditorDialog::edited()
{
    if (m_loading)
        return;
    setModified(true);
    m_previewDelay->start();
}

void TemplateEditorDialog::preview()
{
    const messaging::MessageTemplate draft { m_key->currentText(), m_language->currentText().trimmed(),
        m_subject->text(), m_body->toPlainText() };
    const QString customer = m_previewCustomer;
    const QString sender = m_sender;
    const QDate today = m_clock.today();
    const int generation = ++m_previewGeneration;
    auto future = m_session.run<Result<Preview>>(
        [draft, customer, sender, today](storage::Workspace &workspace, services::JobControl &) -> Result<Preview> {
            // Without a customer in view, the one whose money is due longest shows the template at work.
            QString shown = customer;
            if (shown.isEmpty()) {
                auto first = workspace.database().prepare(QStringLiteral(
                    "SELECT customer_id FROM invoices WHERE settled_day IS NULL AND status NOT IN ('draft', "
                    "'cancelled') ORDER BY due_day, customer_id LIMIT 1"));
                if (!first)
                    return first.error();
                auto row = first->next();
                if (!row)
                    return row.error();
                if (*row)
                    shown = first->text(0);
            }
            QVariantMap context;
            if (!shown.isEmpty()) {
                auto letter = services::LetterContext::build(workspace.database(), shown, today, sender);
                if (!letter)
                    return letter.error();
                context = *letter;
            }
            auto rendered = draft.render(context);
            if (!rendered)
                return rendered.error();
            return Preview { shown, rendered->first, rendered->second };
        });
    whenReady(this, future, [this, generation](const Result<Preview> &rendered) {
        if (generation != m_previewGeneration)
            return;
        if (!rendered) {
            m_preview->setPlainText(ErrorMessages::describe(rendered.error()));
            return;
        }
        // The customer found for the first preview stays for the next ones.
        if (m_previewCustomer.isEmpty())
            m_previewCustomer = rendered->customerId;
        m_previewTitle->setText(
            rendered->customerId.isEmpty() ? tr("Preview") : tr("Preview for customer %1").arg(rendered->customerId));
        m_preview->setPlainText(tr("Subject: %1").arg(rendered->subject) + QStringLiteral("\n\n") + rendered->body);
    });
}

void TemplateEditorDialog::save()
{
    const messaging::MessageTemplate edited { m_key->currentText(), m_language->currentText().trimmed(),
        m_subject->text().trimmed(), m_body->toPlainText() };
    // A template that does not parse never reaches a customer.
    if (auto parsed = edited.render({}); !parsed) {
        showProblem(ErrorMessages::describe(parsed.error()));
        return;
    }
    m_save->setEnabled(false);
    auto future = m_session.run<Status>([edited](storage::Workspace &workspace, services::JobControl &) {
        return storage::TemplateRepository(workspace.database()).save(edited);
    });
    whenReady(this, future, [this, edited](const Status &done) {
        if (!done) {
            showProblem(ErrorMessages::describe(done.error()));
            m_save->setEnabled(true);
            return;
        }
        showProblem(QString());
        setModified(false);
        emit saved(edited.key, edited.language);
    });
}

} // namespace cc::ui
