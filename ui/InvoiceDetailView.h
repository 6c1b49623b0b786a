// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace cc {
class Clock;
}
namespace cc::services {
class WorkspaceSession;
}

namespace cc::ui {

class AllocationModel;
class InvoiceLineModel;

/// One invoice or credit note: header, open amount, lines with net/tax/gross and totals, and
/// what was applied to it.
class InvoiceDetailView : public QWidget {
    Q_OBJECT
public:
    InvoiceDetailView(services::WorkspaceSession &session, const Clock &clock, QWidget *parent = nullptr);

    void showInvoice(const QString &number);
    void reload();
    const QString &invoiceNumber() const { return m_number; }

signals:
    void closeRequested();
    void customerRequested(const QString &id);
    void invoiceRequested(const QString &number);
    /// The document in the editor: a draft to go on with, an issued one to preview and email.
    void editorRequested(const QString &number);
    void creditNoteRequested(const QString &invoiceNumber);
    void paymentHolidayRequested(const QString &invoiceNumber);
    void writeOffRequested(const QString &invoiceNumber);
    void payLinkRequested(const QString &invoiceNumber);
    void disputeRequested(const QString &invoiceNumber);
    void installmentsRequested(const QString &invoiceNumber);
    void loaded();

private:
    struct Details;
    void showDetails(const Details &details);

    services::WorkspaceSession &m_session;
    const Clock &m_clock;
    QString m_number;
    quint64 m_generation = 0;
    services::MoneyFormatter m_format;

    QLabel *m_title;
    QLabel *m_status;
    QPushButton *m_creditNote;
    QPushButton *m_holiday;
    QPushButton *m_writeOff;
    QPushButton *m_payLink;
    QPushButton *m_dispute;
    QPushButton *m_installments;
    QLabel *m_customer;
    QLabel *m_dates;
    QLabel *m_total;
    QLabel *m_open;
    QLabel *m_corrects;
    QLabel *m_totals;
    QFormLayout *m_facts;
    QTabWidget *m_tabs;
    InvoiceLineModel *m_lines;
    AllocationModel *m_allocations;
};

} // namespace cc::ui
