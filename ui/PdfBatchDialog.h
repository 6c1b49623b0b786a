// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/JobControl.h"
#include "storage/Workspace.h"

#include <QDialog>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

/// A dialog that writes a batch of PDFs into a folder the user picks, as a job on the
/// workspace with a progress bar and Cancel; what the batch is, a subclass says.
class PdfBatchDialog : public QDialog {
    Q_OBJECT
public:
    using Batch = std::function<Result<int>(storage::Workspace &, services::JobControl &)>;

signals:
    void written(int count, const QString &folder);

protected:
    /// `folderName`: the folder proposed under the user's documents.
    PdfBatchDialog(
        services::WorkspaceSession &session, const QString &folderName, const QString &writeLabel, QWidget *parent);

    /// The rows above the folder, for what the batch covers.
    QFormLayout *form() const { return m_form; }
    /// The job writing the PDFs into `folder`; returns how many it wrote.
    virtual Batch batch(const QString &folder) const = 0;
    virtual QString progressText() const = 0;

private:
    void start();

    services::WorkspaceSession &m_session;
    QFormLayout *m_form;
    QLineEdit *m_folder;
    QLabel *m_problem;
    QPushButton *m_write;
};

} // namespace cc::ui
