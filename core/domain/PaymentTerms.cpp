// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentTerms.h"

#include <QRegularExpression>

namespace cc {

Result<PaymentTerms> PaymentTerms::parse(QStringView code)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(?:(\d{1,2}(?:\.\d{1,2})?)/(\d{1,3})\s*)?(NET|EOM\+?|INST(\d{1,2})X)\s*(\d{1,3})$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QString normalized = code.trimmed().toString().toUpper();
    if (normalized == QLatin1String("DUE") || normalized == QLatin1String("COD"))
        return net(0);
    const auto match = pattern.match(normalized);
    if (!match.hasMatch()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("\"%1\" is not a payment-terms code (e.g. NET30, EOM+15, "
                                        "2/10 NET30, INST3x30)")
                             .arg(code.toString()));
    }
    const int days = match.captured(5).toInt();
    const QString kind = match.captured(3);
    PaymentTerms terms = kind.startsWith(QLatin1String("EOM")) ? endOfMonth(days) : net(days);
    if (kind.startsWith(QLatin1String("INST"))) {
        const int count = match.captured(4).toInt();
        if (count < 1)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("an installment plan needs at least one part"));
        QList<Installment> parts;
        for (int i = 1; i <= count; ++i)
            parts.append({1, days * i});
        terms = terms.withInstallments(parts);
    }
    if (match.hasCaptured(1) && !match.captured(1).isEmpty()) {
        qint64 basisPoints = 0;
        parseScaledDecimal(match.captured(1), 2, QLatin1Char('.'), basisPoints);
        terms = terms.withDiscount(int(basisPoints), match.captured(2).toInt());
    }
    return terms;
}

PaymentTerms PaymentTerms::withDiscount(int basisPoints, int days) const
{
    PaymentTerms copy = *this;
    copy.m_discountBp = basisPoints;
    copy.m_discountDays = days;
    return copy;
}

PaymentTerms PaymentTerms::withInstallments(QList<Installment> installments) const
{
    PaymentTerms copy = *this;
    copy.m_installments = std::move(installments);
    if (!copy.m_installments.isEmpty())
        copy.m_days = copy.m_installments.last().days;
    return copy;
}

QString PaymentTerms::code() const
{
    QString text;
    if (hasDiscount())
        text = QStringLiteral("%1/%2 ").arg(formatScaledDecimal(m_discountBp, 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")))).arg(m_discountDays);
    if (!m_installments.isEmpty()) {
        const int step = m_installments.first().days;
        return text + QStringLiteral("INST%1x%2").arg(m_installments.size()).arg(step);
    }
    return text + (m_basis == Basis::EndOfMonth ? QStringLiteral("EOM+%1") : QStringLiteral("NET%1")).arg(m_days);
}

QDate PaymentTerms::basisDate(const QDate &invoiceDate) const
{
    if (m_basis == Basis::EndOfMonth)
        return QDate(invoiceDate.year(), invoiceDate.month(), invoiceDate.daysInMonth());
    return invoiceDate;
}

QDate PaymentTerms::dueDate(const QDate &invoiceDate) const
{
    return basisDate(invoiceDate).addDays(m_days);
}

QDate PaymentTerms::discountDeadline(const QDate &invoiceDate) const
{
    return hasDiscount() ? invoiceDate.addDays(m_discountDays) : QDate();
}

Money PaymentTerms::earnedDiscount(const Money &total, const QDate &invoiceDate, const QDate &paymentDate) const
{
    if (!hasDiscount() || paymentDate > discountDeadline(invoiceDate))
        return Money::zero(total.currency());
    return total.multipliedBy(m_discountBp, 10'000, RoundingMode::HalfAwayFromZero);
}

QList<PaymentTerms::ScheduledAmount> PaymentTerms::schedule(const QDate &invoiceDate, const Money &total) const
{
    if (m_installments.isEmpty())
        return {{dueDate(invoiceDate), total}};
    QList<qint64> weights;
    for (const auto &part : m_installments)
        weights.append(part.weight);
    const QList<Money> amounts = total.allocate(weights);
    QList<ScheduledAmount> result;
    for (qsizetype i = 0; i < m_installments.size(); ++i)
        result.append({basisDate(invoiceDate).addDays(m_installments[i].days), amounts[i]});
    return result;
}

} // namespace cc
