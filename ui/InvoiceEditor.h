// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Invoice.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QStringListModel;
class QTimer;
class QTableView;
class QUndoStack;
class QVBoxLayout;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class InvoiceDraftModel;

/// Writes an invoice or credit note: lines (item, description, quantity, unit price,
/// discount, tax rate) with exact totals per tax rate, terms with their due date or
/// installments, the customer's reference and notes. Every edit can be undone and redone
/// (Ctrl+Z, Ctrl+Shift+Z); what is wrong is named at its field and marked in its cell. A
/// saved draft can be previewed as the customer will see it and issued; an issued document
/// opens read-only, to preview, email or credit. Issuing goes through the server when the
/// workspace syncs with one (`serverUri`), so numbers never clash.
class InvoiceEditor : public QDialog {
    Q_OBJECT
public:
    InvoiceEditor(services::WorkspaceSession &session, const Clock &clock, QString serverUri, QString sender,
        QWidget *parent = nullptr);
    ~InvoiceEditor() override;

    /// A new invoice for the customer, in their currency and on their terms.
    void startInvoice(const QString &customerId);
    /// A new invoice for a customer the user picks first, by name or number.
    void startBlank();
    /// A credit note for all of an issued invoice; remove or change lines for part of it.
    void startCreditNote(const QString &invoiceNumber);
    /// A stored draft to go on with, or an issued document to look at.
    void open(const QString &number);

    InvoiceDraftModel *model() const { return m_model; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Asks before unsaved edits are lost.
    void reject() override;

signals:
    /// The document is in the editor (after start… or open()).
    void loaded();
    void saved(const QString &number);
    void issued(const QString &number);

private:
    void display(const Result<Invoice> &document);
    void refresh();
    void edit(const Invoice &edited, const QString &what, int mergeKey);
    void addLine();
    void removeLine();
    void save(bool thenIssue);
    void confirmIssue();
    void issue();
    void preview();
    void email();
    void showProblem(const QString &text);
    bool isIssued() const;
    void lookUpCustomers();
    void pickCustomer(const QString &match);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_serverUri;
    QString m_sender;
    InvoiceDraftModel *m_model;
    QUndoStack *m_undo;
    QLabel *m_title;
    QWidget *m_pickerRow;
    QLineEdit *m_customer;
    QStringListModel *m_matches;
    QTimer *m_lookupDelay;
    QTimer *m_previewDelay;
    QDateEdit *m_date;
    QComboBox *m_terms;
    QLabel *m_due;
    QLineEdit *m_reference;
    QComboBox *m_rounding;
    QTableView *m_lines;
    QPlainTextEdit *m_notes;
    QLabel *m_totals;
    QLabel *m_problem;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QPushButton *m_save;
    QPushButton *m_issue;
    QPushButton *m_email;
    QPushButton *m_previewButton;
    QScrollArea *m_previewArea;
    QVBoxLayout *m_pages;
    bool m_refreshing = false;
    int m_previewGeneration = 0;
    int m_lookupGeneration = 0;
};

} // namespace cc::ui
