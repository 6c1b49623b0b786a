// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportDialog.h"

#include "ErrorMessages.h"
#include "JobProgressDialog.h"
#include "Theme.h"
#include "WhenReady.h"
#include "services/CsvImporter.h"
#include "services/CsvReader.h"
#include "services/ImportColumns.h"
#include "services/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {

using services::ImportKind;
using services::ImportProblem;
using services::ImportReport;

namespace {

// Enough to judge the file; the rest of a large file is only read by the import itself.
constexpr int kPreviewRecords = 200;
constexpr int kMaxColumnWidth = 260;

QString warningHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(Theme::warning().name(), text.toHtmlEscaped());
}

/// A field with embedded line breaks, shown on one table row.
QString oneLine(QString field)
{
    const QString mark = QStringLiteral(" %1 ").arg(QChar(0x21b5)); // ↵
    return field.replace(QLatin1String("\r\n"), mark).replace(QLatin1Char('\n'), mark).replace(QLatin1Char('\r'), mark);
}

/// Where a file dialog opens: next to the file named in `path`, else next to `fallback`, else in Documents.
QString startDirectory(const QString &path, const QString &fallback)
{
    for (const QString &candidate : { path, fallback }) {
        if (!candidate.trimmed().isEmpty())
            return QFileInfo(candidate.trimmed()).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

ImportDialog::ImportDialog(services::WorkspaceSession &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import from CSV"));

    // Widgets are created in reading order, which is also their tab order.
    m_inputs = new QWidget(this);
    m_kind = new QComboBox(m_inputs);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("Customers"), int(ImportKind::Customers));
    m_kind->addItem(tr("Invoices and credit notes"), int(ImportKind::Invoices));
    m_kind->addItem(tr("Payments"), int(ImportKind::Payments));
    m_kind->addItem(tr("Sales orders"), int(ImportKind::Orders));
    m_kind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    m_path = new QLineEdit(m_inputs);
    m_path->setObjectName(QStringLiteral("importFile"));
    m_path->setPlaceholderText(tr("A CSV file exported from your accounting system"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), m_inputs);

    m_mappingPath = new QLineEdit(m_inputs);
    m_mappingPath->setObjectName(QStringLiteral("mappingFile"));
    m_mappingPath->setPlaceholderText(tr("Optional: names the columns of files CashCycle does not recognise"));
    m_mappingPath->setClearButtonEnabled(true);
    auto *browseMapping = new QPushButton(tr("Br&owse…"), m_inputs);

    m_delimiter = new QComboBox(m_inputs);
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    auto *decimalLabel = new QLabel(tr("Decimal &separator:"), m_inputs);
    m_decimalSeparator = new QComboBox(m_inputs);
    m_decimalSeparator->setObjectName(QStringLiteral("decimalSeparator"));
    m_decimalSeparator->addItem(tr("Detect"), QString());
    m_decimalSeparator->addItem(tr("Point (1234.56)"), QStringLiteral("."));
    m_decimalSeparator->addItem(tr("Comma (1234,56)"), QStringLiteral(","));
    decimalLabel->setBuddy(m_decimalSeparator);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *mappingRow = new QHBoxLayout;
    mappingRow->addWidget(m_mappingPath, 1);
    mappingRow->addWidget(browseMapping);
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_delimiter);
    optionsRow->addSpacing(24);
    optionsRow->addWidget(decimalLabel);
    optionsRow->addWidget(m_decimalSeparator);
    optionsRow->addStretch(1);
    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, m_inputs);
        result->setBuddy(buddy);
        return result;
    };
    auto *form = new QFormLayout(m_inputs);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label(tr("Im&port:"), m_kind), m_kind);
    form->addRow(label(tr("&File:"), m_path), fileRow);
    form->addRow(label(tr("&Mapping file:"), m_mappingPath), mappingRow);
    form->addRow(label(tr("&Delimiter:"), m_delimiter), optionsRow);

    m_columns = new QLabel(this);
    m_columns->setObjectName(QStringLiteral("columnSummary"));
    m_columns->setTextFormat(Qt::RichText);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewInfo = new QLabel(this);
    m_previewInfo->setObjectName(QStringLiteral("previewInfo"));
    m_previewInfo->setTextFormat(Qt::RichText);
    m_previewInfo->setWordWrap(true);

    m_tabs = new QTabWidget(this);
    m_previewModel = new QStandardItemModel(this);
    m_previewTable = new QTableView(m_tabs);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setAccessibleName(tr("Preview of the file"));
    m_previewTable->setModel(m_previewModel);
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->setWordWrap(false);
    m_previewTable->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_previewTable->verticalHeader()->setToolTip(tr("Line in the file"));
    m_tabs->addTab(m_previewTable, tr("Pre&view"));

    m_problems = new QTreeWidget(m_tabs);
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setAccessibleName(tr("Problems in the file"));
    m_problems->setHeaderLabels({ tr("Line"), tr("Column"), tr("Problem") });
    m_problems->setRootIsDecorated(false);
    m_problems->setUniformRowHeights(true);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setStretchLastSection(true);
    m_problems->setColumnWidth(0, 60);
    m_problems->setColumnWidth(1, 160);
    m_tabs->addTab(m_problems, tr("P&roblems"));

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setTextFormat(Qt::RichText);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    // The box made Close first; Tab should follow the buttons as they are shown.
    setTabOrder(m_importButton, m_buttons->button(QDialogButtonBox::Close));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_result, 1);
    bottom->addWidget(m_buttons, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_inputs);
    layout->addSpacing(6);
    layout->addWidget(m_columns);
    layout->addWidget(m_previewInfo);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(400);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ImportDialog::refresh);
    for (QLineEdit *edit : { m_path, m_mappingPath }) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_refreshTimer.start();
            invalidate();
        });
        // Enter in a path field previews at once; the Import button waits until that is done.
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            if (m_refreshTimer.isActive())
                refresh();
        });
    }
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(browseMapping, &QPushButton::clicked, this, &ImportDialog::chooseMappingFile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        invalidate();
        resolveColumns();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        invalidate();
        startPreview();
    });
    connect(m_decimalSeparator, &QComboBox::currentIndexChanged, this, &ImportDialog::invalidate);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    startPreview();
    resize(880, 620);
}

void ImportDialog::setFile(const QString &path)
{
    m_path->setText(path);
    // Always read again: the file may have been corrected since it was last previewed.
    startPreview();
}

void ImportDialog::setKind(ImportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

ImportKind ImportDialog::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportDialog::reject()
{
    if (m_importing) {
        m_import.cancel();
        return;
    }
    QDialog::reject();
}

Result<ImportDialog::Preview> ImportDialog::readPreview(const QString &path, std::optional<QChar> delimiter)
{
    auto reader = services::CsvReader::fromFile(path, delimiter);
    if (!reader)
        return reader.error();
    Preview preview;
    preview.path = path;
    preview.forcedDelimiter = delimiter;
    preview.delimiter = reader->delimiter();
    while (true) {
        auto record = reader->next();
        if (!record) {
            preview.error = record.error();
            break;
        }
        if (!*record)
            break;
        if (preview.records.size() > kPreviewRecords) {
            preview.truncated = true;
            break;
        }
        preview.records.append(std::move(**record));
    }
    return preview;
}

void ImportDialog::chooseFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose the File to Import"), startDirectory(m_path->text(), QString()),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportDialog::setFile);
    dialog->open();
}

void ImportDialog::chooseMappingFile()
{
    auto *dialog = new QFileDialog(this, tr("Choose a Mapping File"),
        startDirectory(m_mappingPath->text(), m_path->text()), tr("Mapping files (*.map *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_mappingPath->setText(path);
        refresh();
    });
    dialog->open();
}

void ImportDialog::refresh()
{
    m_refreshTimer.stop();
    if (!m_preview || m_preview->path != m_path->text().trimmed() || m_preview->forcedDelimiter != options().delimiter)
        startPreview();
    else
        resolveColumns();
}

void ImportDialog::startPreview()
{
    m_refreshTimer.stop();
    const quint64 generation = ++m_previewGeneration;
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_previewPending = false;
        showPreview(Preview());
        return;
    }
    m_previewPending = true;
    m_previewInfo->setText(tr("Reading %1…").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    updateImportButton();
    // The reader decodes the whole file: on a worker, so a large file does not freeze the window.
    whenReady(this, QtConcurrent::run(&ImportDialog::readPreview, path, options().delimiter),
        [this, generation](const Result<Preview> &preview) {
            if (generation != m_previewGeneration)
                return;
            m_previewPending = false;
            showPreview(preview);
        });
}

void ImportDialog::showPreview(const Result<Preview> &preview)
{
    m_previewModel->clear();
    if (!preview) {
        m_preview.reset();
        m_previewInfo->setText(warningHtml(ErrorMessages::describe(preview.error())));
        resolveColumns();
        return;
    }
    m_preview = *preview;
    const QList<services::CsvRecord> &records = m_preview->records;
    if (m_preview->path.isEmpty()) {
        m_previewInfo->setText(tr("Choose a file to see its first records here before anything is imported."));
    } else if (records.isEmpty()) {
        m_previewInfo->setText(warningHtml(tr("The file is empty: it needs a header row and one record per line.")));
    } else {
        qsizetype columns = 0;
        for (const services::CsvRecord &record : records)
            columns = qMax(columns, record.fields.size());
        m_previewModel->setColumnCount(int(columns));
        const QStringList &header = records.first().fields;
        m_previewModel->setHorizontalHeaderLabels(header);
        const QLocale locale;
        QStringList lines;
        for (qsizetype row = 1; row < records.size(); ++row) {
            QList<QStandardItem *> items;
            for (const QString &field : records[row].fields) {
                auto *item = new QStandardItem(oneLine(field));
                if (item->text() != field)
                    item->setToolTip(field);
                items.append(item);
            }
            m_previewModel->appendRow(items);
            lines.append(locale.toString(records[row].line));
        }
        m_previewModel->setVerticalHeaderLabels(lines);
        m_previewTable->resizeColumnsToContents();
        for (int column = 0; column < columns; ++column)
            m_previewTable->setColumnWidth(column, qMin(m_previewTable->columnWidth(column), kMaxColumnWidth));

        const int count = int(records.size() - 1);
        QString separator;
        switch (m_preview->delimiter.unicode()) {
        case ',':
            separator = tr("commas");
            break;
        case ';':
            separator = tr("semicolons");
            break;
        default:
            separator = tr("tabs");
            break;
        }
        QStringList info;
        if (count == 0)
            info.append(tr("The file has a header row but no records.").toHtmlEscaped());
        else if (m_preview->truncated)
            info.append(tr("Showing the first %Ln record(s); the file has more.", nullptr, count).toHtmlEscaped());
        else
            info.append(tr("The file has %Ln record(s).", nullptr, count).toHtmlEscaped());
        info.append((m_preview->forcedDelimiter ? tr("Fields are separated by %1.").arg(separator)
                                                : tr("Fields are separated by %1 (detected).").arg(separator))
                        .toHtmlEscaped());
        if (m_preview->error)
            info.append(warningHtml(ErrorMessages::describe(*m_preview->error)));
        m_previewInfo->setText(info.join(QLatin1Char(' ')));
    }
    resolveColumns();
}

void ImportDialog::resolveColumns()
{
    m_columnsReady = false;
    if (!m_preview || m_preview->records.isEmpty()) {
        m_columns->clear();
        showProblems({});
        updateImportButton();
        return;
    }
    const services::CsvRecord &header = m_preview->records.first();
    QList<ImportProblem> problems;
    // A mapping file is a few lines of text: reading it here keeps the summary in step with the options.
    const auto columns = services::ImportColumns::resolve(kind(), header, options().mappingFile, problems);
    if (!columns) {
        m_columns->setText(warningHtml(ErrorMessages::describe(columns.error())));
        showProblems({});
        updateImportButton();
        return;
    }

    QSet<QString> missingColumns;
    for (const ImportProblem &problem : problems)
        missingColumns.insert(problem.column);
    QStringList mapped;
    QStringList absent;
    QStringList missing;
    QList<QStringList> targets(m_previewModel->columnCount()); // CashCycle columns fed by each file column
    for (const QString &name : services::ImportColumns::names(kind())) {
        if (columns->has(name)) {
            const QString source = columns->header(name);
            const QString pair = source == name ? name : tr("%1 ← %2").arg(name, source);
            // Non-breaking, so a wrapped summary never separates a column from its source.
            mapped.append(pair.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
            for (qsizetype i = 0; i < header.fields.size() && i < targets.size(); ++i) {
                if (header.fields[i].trimmed() == source)
                    targets[i].append(name);
            }
        } else if (missingColumns.contains(name)) {
            missing.append(name);
        } else {
            absent.append(name);
        }
    }

    QStringList ignored;
    const QColor dimmed = palette().color(QPalette::PlaceholderText);
    for (int column = 0; column < m_previewModel->columnCount(); ++column) {
        const bool used = !targets[column].isEmpty();
        QStandardItem *headerItem = m_previewModel->horizontalHeaderItem(column);
        if (headerItem) {
            headerItem->setToolTip(
                used ? tr("Imported as %1").arg(targets[column].join(QStringLiteral(", "))) : tr("Not imported"));
            headerItem->setData(used ? QVariant() : QVariant(dimmed), Qt::ForegroundRole);
            if (!used && !headerItem->text().trimmed().isEmpty())
                ignored.append(headerItem->text().trimmed());
        }
        // Greying what the import skips shows at a glance which data CashCycle takes.
        for (int row = 0; row < m_previewModel->rowCount(); ++row) {
            if (QStandardItem *item = m_previewModel->item(row, column))
                item->setData(used ? QVariant() : QVariant(dimmed), Qt::ForegroundRole);
        }
    }

    QStringList lines;
    lines.append(tr("<b>Columns:</b> %1")
                     .arg(mapped.isEmpty() ? tr("none of the file's columns is known").toHtmlEscaped()
                                           : mapped.join(QStringLiteral(", "))));
    if (!absent.isEmpty())
        lines.append(
            tr("<b>Not in the file (optional):</b> %1").arg(absent.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!ignored.isEmpty())
        lines.append(tr("<b>Ignored:</b> %1").arg(ignored.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (!missing.isEmpty()) {
        lines.append(warningHtml(tr("Missing: %1. Add these columns to the file or name them in a mapping file.")
                                     .arg(missing.join(QStringLiteral(", ")))));
    }
    m_columns->setText(lines.join(QStringLiteral("<br>")));
    showProblems(problems);
    m_columnsReady = problems.isEmpty() && m_preview->records.size() > 1 && !m_preview->error;
    updateImportButton();
}

void ImportDialog::startImport()
{
    const ImportKind kind = this->kind();
    const QString path = m_preview->path;
    const services::ImportOptions options = this->options();
    // The job keeps its outcome here as well: a cancel that arrives after the commit drops the
    // future's result, and the user must still learn what was written.
    auto outcome = std::make_shared<std::optional<Result<ImportReport>>>();
    m_import = m_session.run<Result<ImportReport>>(
        [kind, path, options, outcome](storage::Workspace &ws, services::JobControl &control) {
            *outcome = services::CsvImporter(ws).import(kind, path, options, control);
            return **outcome;
        });
    m_importing = true;
    m_inputs->setEnabled(false);
    showResult(tr("Importing…"), false);
    updateImportButton();
    new JobProgressDialog(QFuture<void>(m_import), tr("Importing %1…").arg(QFileInfo(path).fileName()), 300, this);
    // QFutureWatcher::finished also fires for a cancelled job; Qt 6.4's onCanceled(context)
    // would still run while the dialog is being destroyed.
    m_importWatcher.disconnect(this);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, [this, outcome] {
        finishImport(
            outcome->has_value() ? **outcome : Result<ImportReport>(makeError(ErrorCode::Cancelled, QString())));
    });
    m_importWatcher.setFuture(m_import);
}

void ImportDialog::finishImport(const Result<ImportReport> &outcome)
{
    m_importing = false;
    m_import = {};
    m_inputs->setEnabled(true);
    if (!outcome) {
        if (outcome.error().code == ErrorCode::Cancelled)
            showResult(tr("The import was cancelled. Nothing was written."), true);
        else
            showResult(
                tr("The import failed and nothing was written: %1").arg(ErrorMessages::describe(outcome.error())),
                true);
    } else if (!outcome->ok()) {
        showProblems(outcome->problems);
        m_tabs->setCurrentWidget(m_problems);
        showResult(tr("%Ln problem(s) found. Nothing was written: correct the file and import it again.", nullptr,
                       int(outcome->problems.size())),
            true);
    } else {
        QString text;
        switch (kind()) {
        case ImportKind::Customers:
            text = tr("%Ln new customer(s) imported.", nullptr, outcome->inserted);
            break;
        case ImportKind::Invoices:
            text = tr("%Ln new invoice(s) imported.", nullptr, outcome->inserted);
            break;
        case ImportKind::Payments:
            text = tr("%Ln new payment(s) imported.", nullptr, outcome->inserted);
            break;
        case ImportKind::Orders:
            text = tr("%Ln new order(s) imported.", nullptr, outcome->inserted);
            break;
        }
        if (outcome->unchanged > 0) {
            text += QLatin1Char(' ')
                + tr("%Ln row(s) were already in the workspace and left unchanged.", nullptr, outcome->unchanged);
        }
        showResult(text, false);
        // Done: Enter now closes rather than importing the same file again.
        m_buttons->button(QDialogButtonBox::Close)->setDefault(true);
        if (outcome->inserted > 0)
            emit imported();
    }
    updateImportButton();
}

void ImportDialog::showProblems(const QList<ImportProblem> &problems)
{
    m_problems->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(problems.size());
    for (const ImportProblem &problem : problems) {
        auto *item = new QTreeWidgetItem(
            { problem.line > 0 ? locale.toString(problem.line) : QString(), problem.column, problem.message });
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_problems->addTopLevelItems(items);
    const int index = m_tabs->indexOf(m_problems);
    m_tabs->setTabText(
        index, problems.isEmpty() ? tr("P&roblems") : tr("P&roblems (%1)").arg(locale.toString(problems.size())));
    if (problems.isEmpty() && m_tabs->currentWidget() == m_problems)
        m_tabs->setCurrentWidget(m_previewTable);
}

void ImportDialog::showResult(const QString &text, bool warning)
{
    m_result->setText(warning ? warningHtml(text) : text.toHtmlEscaped());
}

void ImportDialog::invalidate()
{
    m_result->clear();
    m_importButton->setDefault(true);
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    m_importButton->setEnabled(m_columnsReady && !m_previewPending && !m_refreshTimer.isActive() && !m_importing);
}

services::ImportOptions ImportDialog::options() const
{
    services::ImportOptions options;
    if (const QString delimiter = m_delimiter->currentData().toString(); !delimiter.isEmpty())
        options.delimiter = delimiter.front();
    if (const QString separator = m_decimalSeparator->currentData().toString(); !separator.isEmpty())
        options.decimalSeparator = separator.front();
    options.mappingFile = m_mappingPath->text().trimmed();
    return options;
}

} // namespace cc::ui
