// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "services/CsvRecord.h"
#include "services/ImportKind.h"
#include "services/ImportOptions.h"
#include "services/ImportProblem.h"
#include "services/ImportReport.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>
#include <QTimer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTreeWidget;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// Imports customers, invoices or payments from a CSV file (docs/csv-import.md). Before anything
/// is written it previews the first records as they will be read and shows which of the file's
/// columns feed which CashCycle column and which are missing. The import runs as a cancellable
/// session job; the dialog stays open to show how many rows were new or unchanged, or every problem.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(services::WorkspaceSession &session, QWidget *parent = nullptr);

    /// Selects the file to import and previews it (again, if it is the same file).
    void setFile(const QString &path);
    void setKind(services::ImportKind kind);
    services::ImportKind kind() const;

signals:
    /// An import wrote rows to the workspace (not emitted when every row was unchanged).
    void imported();

protected:
    /// While an import runs, Escape and closing the window cancel it instead of hiding it.
    void reject() override;

private:
    /// The start of the file as the importer will read it.
    struct Preview {
        QString path;
        std::optional<QChar> forcedDelimiter;
        QChar delimiter;
        QList<services::CsvRecord> records; ///< the header first
        bool truncated = false; ///< more records follow the ones shown
        std::optional<Error> error; ///< malformed CSV within the records read
    };
    static Result<Preview> readPreview(const QString &path, std::optional<QChar> delimiter);

    void chooseFile();
    void chooseMappingFile();
    /// Reads the file again if it or the delimiter changed, else only maps its columns again.
    void refresh();
    void startPreview();
    void showPreview(const Result<Preview> &preview);
    void resolveColumns();
    void startImport();
    void finishImport(const Result<services::ImportReport> &outcome);
    void showProblems(const QList<services::ImportProblem> &problems);
    void showResult(const QString &text, bool warning);
    /// Inputs changed: an earlier outcome no longer applies and the preview must be current before importing.
    void invalidate();
    void updateImportButton();
    services::ImportOptions options() const;

    services::WorkspaceSession &m_session;
    QWidget *m_inputs; // everything that selects what to import, locked while an import runs
    QComboBox *m_kind;
    QLineEdit *m_path;
    QLineEdit *m_mappingPath;
    QComboBox *m_delimiter;
    QComboBox *m_decimalSeparator;
    QLabel *m_columns;
    QLabel *m_previewInfo;
    QTabWidget *m_tabs;
    QTableView *m_previewTable;
    QStandardItemModel *m_previewModel;
    QTreeWidget *m_problems;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    // Typing a path previews once the typing pauses, not on every keystroke.
    QTimer m_refreshTimer;

    std::optional<Preview> m_preview;
    quint64 m_previewGeneration = 0;
    bool m_previewPending = false;
    bool m_columnsReady = false;
    QFuture<Result<services::ImportReport>> m_import;
    // Owned by the dialog, so a job that ends after the dialog is gone calls nothing.
    QFutureWatcher<Result<services::ImportReport>> m_importWatcher;
    bool m_importing = false;
};

} // namespace cc::ui
