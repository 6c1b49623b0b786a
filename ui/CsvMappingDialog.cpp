// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvMappingDialog.h"

#include "ErrorMessages.h"
#include "WhenReady.h"
#include "bank/CsvStatementParser.h"
#include "common/Clock.h"
#include "services/CsvMappings.h"
#include "services/CsvReader.h"
#include "services/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStringDecoder>
#include <QTableView>
#include <QVBoxLayout>

namespace cc::ui {
namespace {

enum AmountKind { SignedAmount, DirectedAmount, CreditAndDebit };
/// Enough of an export to see its columns and try a mapping on.
constexpr qint64 SampleBytes = 256 * 1024;
constexpr int PreviewRows = 8;

} // namespace

CsvMappingDialog::CsvMappingDialog(services::WorkspaceSession &session, const Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_header(new QCheckBox(tr("The first line names the &columns"), this))
    , m_skip(new QSpinBox(this))
    , m_preview(new QStandardItemModel(this))
    , m_dateFormat(new QComboBox(this))
    , m_decimal(new QComboBox(this))
    , m_amountKind(new QComboBox(this))
    , m_creditMarker(new QLineEdit(this))
    , m_currency(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_text(new QListWidget(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("CSV mapping"));
    setObjectName(QStringLiteral("csvMappingDialog"));
    m_name->setObjectName(QStringLiteral("csvMappingName"));
    m_name->setPlaceholderText(tr("The bank, e.g. Sparkasse"));
    m_delimiter->setObjectName(QStringLiteral("csvMappingDelimiter"));
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_encoding->setObjectName(QStringLiteral("csvMappingEncoding"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("UTF-8"));
    m_encoding->addItem(QStringLiteral("ISO-8859-1"), QStringLiteral("ISO-8859-1"));
    m_header->setObjectName(QStringLiteral("csvMappingHeader"));
    m_header->setChecked(true);
    m_skip->setObjectName(QStringLiteral("csvMappingSkip"));
    m_skip->setRange(0, 50);
    m_dateFormat->setObjectName(QStringLiteral("csvMappingDateFormat"));
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems({ QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd/MM/yyyy"),
        QStringLiteral("MM/dd/yyyy"), QStringLiteral("yyyyMMdd"), QStringLiteral("dd-MM-yyyy") });
    m_decimal->setObjectName(QStringLiteral("csvMappingDecimal"));
    m_decimal->addItem(tr("Point (1,234.56)"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma (1.234,56)"), QStringLiteral(","));
    m_amountKind->setObjectName(QStringLiteral("csvMappingAmountKind"));
    m_amountKind->addItem(tr("One column, money out negative"), SignedAmount);
    m_amountKind->addItem(tr("One column, and a column saying in or out"), DirectedAmount);
    m_amountKind->addItem(tr("A column for money in, one for money out"), CreditAndDebit);
    m_creditMarker->setObjectName(QStringLiteral("csvMappingCreditMarker"));
    m_creditMarker->setPlaceholderText(tr("its value for money in, e.g. Bij, C, Haben"));
    m_currency->setObjectName(QStringLiteral("csvMappingCurrency"));
    m_currency->setPlaceholderText(tr("e.g. EUR, or choose a column"));
    m_account->setObjectName(QStringLiteral("csvMappingAccount"));
    m_account->setPlaceholderText(tr("your IBAN, or choose a column"));
    m_text->setObjectName(QStringLiteral("csvMappingText"));
    m_text->setSelectionMode(QAbstractItemView::MultiSelection);
    m_text->setMaximumHeight(90);
    m_result->setObjectName(QStringLiteral("csvMappingResult"));
    m_result->setWordWrap(true);
    m_date = columnBox("csvMappingDate");
    m_valueDate = columnBox("csvMappingValueDate");
    m_amount = columnBox("csvMappingAmount");
    m_direction = columnBox("csvMappingDirection");
    m_credit = columnBox("csvMappingCredit");
    m_debit = columnBox("csvMappingDebit");
    m_currencyColumn = columnBox("csvMappingCurrencyColumn");
    m_accountColumn = columnBox("csvMappingAccountColumn");
    m_payer = columnBox("csvMappingPayer");
    m_iban = columnBox("csvMappingIban");
    m_reference = columnBox("csvMappingReference");
    m_balance = columnBox("csvMappingBalance");

    auto *open = new QPushButton(tr("&Open a sample…"), this);
    open->setObjectName(QStringLiteral("csvMappingOpen"));
    auto *preview = new QTableView(this);
    preview->setObjectName(QStringLiteral("csvMappingPreview"));
    preview->setModel(m_preview);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    preview->horizontalHeader()->setStretchLastSection(true);
    preview->setMaximumHeight(200);

    auto *file = new QHBoxLayout;
    file->addWidget(open);
    for (auto [label, widget] : std::initializer_list<std::pair<QString, QWidget *>> {
             { tr("&Separator:"), m_delimiter }, { tr("&Encoding:"), m_encoding }, { tr("S&kip lines:"), m_skip } }) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(widget);
        file->addWidget(caption);
        file->addWidget(widget);
    }
    file->addWidget(m_header);
    file->addStretch(1);

    const auto pair = [this](QWidget *left, QWidget *right) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(left, 1);
        layout->addWidget(right, 1);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Booking date:"), pair(m_date, m_dateFormat));
    form->addRow(tr("&Value date:"), m_valueDate);
    form->addRow(tr("&Amount:"), pair(m_amountKind, m_decimal));
    form->addRow(tr("Amount co&lumn:"), m_amount);
    form->addRow(tr("&In or out:"), pair(m_direction, m_creditMarker));
    form->addRow(tr("Money i&n, money out:"), pair(m_credit, m_debit));
    form->addRow(tr("C&urrency:"), pair(m_currency, m_currencyColumn));
    form->addRow(tr("Acc&ount:"), pair(m_account, m_accountColumn));
    form->addRow(tr("&Payer and IBAN:"), pair(m_payer, m_iban));
    form->addRow(tr("&Text:"), m_text);
    form->addRow(tr("Entry &reference:"), m_reference);
    form->addRow(tr("Balance a&fter each line:"), m_balance);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("csvMappingSave"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CsvMappingDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(file);
    layout->addWidget(preview);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(900, 820);

    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("A CSV export of the bank"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadSample(path);
    });
    for (QComboBox *box : { m_delimiter, m_encoding })
        connect(box, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::readColumns);
    connect(m_header, &QCheckBox::toggled, this, &CsvMappingDialog::readColumns);
    connect(m_skip, &QSpinBox::valueChanged, this, &CsvMappingDialog::readColumns);
    for (QComboBox *box : std::as_const(m_columnBoxes) + QList<QComboBox *> { m_dateFormat, m_decimal, m_amountKind })
        connect(box, &QComboBox::currentTextChanged, this, &CsvMappingDialog::tryMapping);
    for (QLineEdit *edit : { m_creditMarker, m_currency, m_account, m_name })
        connect(edit, &QLineEdit::textChanged, this, &CsvMappingDialog::tryMapping);
    connect(m_text, &QListWidget::itemSelectionChanged, this, &CsvMappingDialog::tryMapping);
    // Only the amount columns the chosen way of signing uses are asked for.
    const auto showAmountColumns = [this] {
        const int kind = m_amountKind->currentData().toInt();
        m_amount->setEnabled(kind != CreditAndDebit);
        m_direction->setEnabled(kind == DirectedAmount);
        m_creditMarker->setEnabled(kind == DirectedAmount);
        m_credit->setEnabled(kind == CreditAndDebit);
        m_debit->setEnabled(kind == CreditAndDebit);
    };
    connect(m_amountKind, &QComboBox::currentIndexChanged, this, showAmountColumns);
    showAmountColumns();
    readColumns();
}

QComboBox *CsvMappingDialog::columnBox(const char *name)
{
    auto *box = new QComboBox(this);
    box->setObjectName(QString::fromLatin1(name));
    m_columnBoxes << box;
    return box;
}

QString CsvMappingDialog::selected(const QComboBox *box)
{
    return box->currentData().toString();
}

void CsvMappingDialog::loadSample(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_result->setText(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_sample = file.read(SampleBytes);
    // Cut at the last whole line, so the sample ends cleanly.
    if (!file.atEnd() && m_sample.lastIndexOf('\n') > 0)
        m_sample.truncate(m_sample.lastIndexOf('\n') + 1);
    // Guess what can be guessed: the separator of the first line, and Latin-1 for what is not UTF-8.
    const QByteArray first = m_sample.left(m_sample.indexOf('\n'));
    const int semicolons = int(first.count(';'));
    const int tabs = int(first.count('\t'));
    const int commas = int(first.count(','));
    m_delimiter->setCurrentIndex(tabs > semicolons && tabs > commas ? 2 : (semicolons > commas ? 1 : 0));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const bool decoded = !QString(utf8.decode(m_sample)).isNull();
    m_encoding->setCurrentIndex(decoded && !utf8.hasError() ? 0 : 1);
    readColumns();
}

void CsvMappingDialog::readColumns()
{
    QString text = m_encoding->currentData().toString() == QLatin1String("ISO-8859-1") ? QString::fromLatin1(m_sample)
                                                                                       : QString::fromUtf8(m_sample);
    for (int skipped = 0; skipped < m_skip->value(); ++skipped) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        text = end < 0 ? QString() : text.mid(end + 1);
    }
    services::CsvReader reader
        = services::CsvReader::fromBytes(text.toUtf8(), m_delimiter->currentData().toString().front());
    QList<QStringList> rows;
    while (rows.size() < PreviewRows + 1) {
        auto record = reader.next();
        if (!record || !*record)
            break;
        rows << (*record)->fields;
    }
    qsizetype width = 0;
    for (const QStringList &row : std::as_const(rows))
        width = std::max(width, row.size());
    QStringList names;
    for (qsizetype column = 0; column < width; ++column) {
        const QString name
            = m_header->isChecked() && !rows.isEmpty() ? rows.first().value(column).trimmed() : QString();
        names << (name.isEmpty() ? QString::number(column + 1) : name);
    }
    m_preview->clear();
    m_preview->setHorizontalHeaderLabels(names);
    for (qsizetype row = m_header->isChecked() ? 1 : 0; row < rows.size(); ++row) {
        QList<QStandardItem *> cells;
        for (const QString &field : rows[row])
            cells << new QStandardItem(field);
        m_preview->appendRow(cells);
    }
    for (QComboBox *box : std::as_const(m_columnBoxes)) {
        const QString kept = selected(box);
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(none)"), QString());
        for (qsizetype column = 0; column < names.size(); ++column) {
            // By name when the file has a header, else by number.
            const QString reference = m_header->isChecked() && names[column] != QString::number(column + 1)
                ? names[column]
                : QString::number(column + 1);
            box->addItem(names[column], reference);
        }
        box->setCurrentIndex(std::max(0, box->findData(kept)));
    }
    const QStringList textKept = [this] {
        QStringList list;
        for (const QListWidgetItem *item : m_text->selectedItems())
            list << item->data(Qt::UserRole).toString();
        return list;
    }();
    const QSignalBlocker block(m_text);
    m_text->clear();
    for (qsizetype column = 0; column < names.size(); ++column) {
        auto *item = new QListWidgetItem(names[column], m_text);
        const QString reference = m_header->isChecked() && names[column] != QString::number(column + 1)
            ? names[column]
            : QString::number(column + 1);
        item->setData(Qt::UserRole, reference);
        item->setSelected(textKept.contains(reference));
    }
    tryMapping();
}

Result<bank::CsvStatementMapping> CsvMappingDialog::mapping() const
{
    bank::CsvStatementMapping mapping;
    mapping.delimiter = m_delimiter->currentData().toString();
    mapping.encoding = m_encoding->currentData().toString();
    mapping.skipLines = m_skip->value();
    mapping.header = m_header->isChecked();
    mapping.date = selected(m_date);
    mapping.dateFormat = m_dateFormat->currentText().trimmed();
    mapping.valueDate = selected(m_valueDate);
    mapping.decimal = m_decimal->currentData().toString();
    switch (m_amountKind->currentData().toInt()) {
    case DirectedAmount:
        mapping.direction = selected(m_direction);
        mapping.creditMarker = m_creditMarker->text().trimmed();
        if (mapping.direction.isEmpty() || mapping.creditMarker.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("choose the column saying in or out, and its value for in"));
        [[fallthrough]];
    case SignedAmount:
        mapping.amount = selected(m_amount);
        break;
    default:
        mapping.credit = selected(m_credit);
        mapping.debit = selected(m_debit);
        break;
    }
    mapping.currency = selected(m_currencyColumn).isEmpty() ? m_currency->text().trimmed().toUpper() : QString();
    mapping.currencyColumn = selected(m_currencyColumn);
    mapping.account = selected(m_accountColumn).isEmpty() ? m_account->text().trimmed() : QString();
    mapping.accountColumn = selected(m_accountColumn);
    mapping.payer = selected(m_payer);
    mapping.iban = selected(m_iban);
    mapping.reference = selected(m_reference);
    mapping.balance = selected(m_balance);
    for (qsizetype row = 0; row < m_text->count(); ++row) {
        if (m_text->item(int(row))->isSelected())
            mapping.text << m_text->item(int(row))->data(Qt::UserRole).toString();
    }
    // The same checks as a mapping saved from the command line.
    return bank::CsvStatementMapping::fromJson(mapping.toJson());
}

void CsvMappingDialog::tryMapping()
{
    auto candidate = mapping();
    m_save->setEnabled(candidate.ok() && !m_name->text().trimmed().isEmpty());
    if (!candidate) {
        m_result->setText(candidate.error().detail);
        return;
    }
    if (m_sample.isEmpty()) {
        m_result->setText(tr("Open a sample of the export to try the mapping on."));
        return;
    }
    auto statements = bank::CsvStatementParser::parse(m_sample, *candidate);
    if (!statements) {
        m_result->setText(statements.error().detail);
        return;
    }
    int lines = 0;
    for (const bank::BankStatement &statement : *statements)
        lines += int(statement.transactions.size());
    if (lines == 0) {
        m_result->setText(tr("The sample reads, but has no entries."));
        return;
    }
    const bank::BankStatement &first = statements->first();
    const bank::BankTransaction &line = first.transactions.first();
    QString text = tr("The sample reads as %n entry(s) from %1 to %2. The first: %3 on %4, %5.", nullptr, lines)
                       .arg(m_format.date(first.openingDate), m_format.date(first.closingDate),
                           m_format.format(line.amount), m_format.date(line.bookingDate),
                           (line.counterpartyName + QLatin1Char(' ') + line.remittance).trimmed());
    for (const QString &problem : first.problems)
        text += QLatin1Char(' ') + problem + QLatin1Char('.');
    m_result->setText(text);
}

void CsvMappingDialog::save()
{
    auto candidate = mapping();
    const QString name = m_name->text().trimmed();
    if (!candidate || name.isEmpty())
        return;
    auto saved = m_session.run<Status>(
        [name, mapping = *candidate, clock = &m_clock](storage::Workspace &ws, services::JobControl &) {
            return services::CsvMappings(ws.database(), *clock).save(name, mapping);
        });
    whenReady(this, saved, [this, name](const Status &status) {
        if (!status) {
            m_result->setText(ErrorMessages::describe(status.error()));
            return;
        }
        emit this->saved(name);
        accept();
    });
}

} // namespace cc::ui
