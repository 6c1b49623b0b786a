// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

#include <QDate>

namespace cc {

/// When an invoice falls due: net N days, end of month + N, an optional early-payment
/// discount, or an installment schedule. Written as short codes, e.g. "NET30",
/// "EOM+15", "2/10 NET30" (2 % within 10 days) or "INST3x30" (3 parts, every 30 days).
class PaymentTerms {
public:
    enum class Basis { InvoiceDate, EndOfMonth };

    struct Installment {
        qint64 weight; ///< share of the total, relative to the other installments
        int days;      ///< after the basis date
    };
    struct ScheduledAmount {
        QDate dueDate;
        Money amount;
    };

    PaymentTerms() = default;
    static PaymentTerms net(int days) { return PaymentTerms(Basis::InvoiceDate, days); }
    static PaymentTerms endOfMonth(int days) { return PaymentTerms(Basis::EndOfMonth, days); }
    static Result<PaymentTerms> parse(QStringView code);

    /// Early-payment discount in basis points (200 = 2 %) if paid within `days` of the invoice date.
    PaymentTerms withDiscount(int basisPoints, int days) const;
    PaymentTerms withInstallments(QList<Installment> installments) const;

    QString code() const;
    Basis basis() const { return m_basis; }
    int netDays() const { return m_days; }
    int discountBasisPoints() const { return m_discountBp; }
    int discountDays() const { return m_discountDays; }
    bool hasDiscount() const { return m_discountBp > 0; }
    bool hasInstallments() const { return !m_installments.isEmpty(); }

    /// Final due date (the last installment's, if any).
    QDate dueDate(const QDate &invoiceDate) const;
    /// Last day the early-payment discount is earned; invalid when there is none.
    QDate discountDeadline(const QDate &invoiceDate) const;
    /// Discount earned by paying on `paymentDate`, zero when outside the window.
    Money earnedDiscount(const Money &total, const QDate &invoiceDate, const QDate &paymentDate) const;
    /// What is due when; a single entry unless the terms are an installment schedule.
    QList<ScheduledAmount> schedule(const QDate &invoiceDate, const Money &total) const;

private:
    PaymentTerms(Basis basis, int days) : m_basis(basis), m_days(days) {}
    QDate basisDate(const QDate &invoiceDate) const;

    Basis m_basis = Basis::InvoiceDate;
    int m_days = 30;
    int m_discountBp = 0;
    int m_discountDays = 0;
    QList<Installment> m_installments;
};

} // namespace cc
