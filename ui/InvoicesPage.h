// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTimer;
class QTableView;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class InvoiceDetailView;
class PagedInvoiceModel;

/// All invoices and credit notes, filtered and paged in SQL, with the detail of the opened one
/// below the list.
class InvoicesPage : public QWidget {
    Q_OBJECT
public:
    InvoicesPage(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    /// Loads the filter choices, the list and the open document again.
    void reload();
    /// Puts the cursor into the number search field.
    void focusSearch();
    /// Shows document `number` in the detail pane.
    void openInvoice(const QString &number);

    PagedInvoiceModel *model() const { return m_model; }
    InvoiceDetailView *detailView() const { return m_detail; }

signals:
    void customerRequested(const QString &id);
    void statusMessage(const QString &message);
    void editorRequested(const QString &number);
    /// A new invoice, its customer still to be picked.
    void newInvoiceRequested();
    void creditNoteRequested(const QString &invoiceNumber);
    void paymentHolidayRequested(const QString &invoiceNumber);
    void writeOffRequested(const QString &invoiceNumber);
    void payLinkRequested(const QString &invoiceNumber);
    void disputeRequested(const QString &invoiceNumber);
    void installmentsRequested(const QString &invoiceNumber);

private:
    void loadChoices();
    void applyFilter();
    void updateCount();
    void writePdfs();
    void closeDetail();

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    PagedInvoiceModel *m_model;
    QComboBox *m_state;
    QCheckBox *m_overdue;
    QComboBox *m_currency;
    QComboBox *m_collector;
    QLineEdit *m_number;
    QTimer *m_numberDelay;
    QLabel *m_count;
    QTableView *m_table;
    QSplitter *m_splitter;
    InvoiceDetailView *m_detail;
};

} // namespace cc::ui
