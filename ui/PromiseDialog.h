// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InvoiceSummary.h"
#include "domain/Money.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace cc::ui {

/// Records a promise to pay: amount (in the customer's currency, as the locale writes it),
/// the date, and optionally the invoices it covers. Checks the amount before closing.
class PromiseDialog : public QDialog {
    Q_OBJECT
public:
    PromiseDialog(const Money &suggested, const QDate &today, const QList<InvoiceSummary> &openInvoices,
        QWidget *parent = nullptr);

    Money amount() const { return m_amount; }
    QDate promisedFor() const;
    QStringList invoiceNumbers() const;
    QString note() const;

    void accept() override;

private:
    Currency m_currency;
    Money m_amount;
    QLineEdit *m_amountEdit;
    QDateEdit *m_date;
    QListWidget *m_invoices;
    QPlainTextEdit *m_note;
    QLabel *m_problem;
};

} // namespace cc::ui
