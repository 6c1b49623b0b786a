// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrossCredit.h"

#include <QMap>

namespace cc {
namespace {

Money grossOf(const Money &net, int taxBp)
{
    return net + net.multipliedBy(taxBp, 10'000, RoundingMode::HalfAwayFromZero);
}

InvoiceLine line(const QString &description, const Money &net, int taxBp)
{
    InvoiceLine credit;
    credit.description = description;
    credit.unitPrice = net;
    credit.taxBp = taxBp;
    return credit;
}

} // namespace

QList<InvoiceLine> GrossCredit::linesFor(
    const QList<InvoiceLine> &invoiceLines, const Money &gross, const QString &description)
{
    const Currency currency = gross.currency();
    QMap<int, Money> grossByRate;
    for (const InvoiceLine &invoiceLine : invoiceLines) {
        const Money lineGross = grossOf(invoiceLine.netAmount(), invoiceLine.taxBp);
        if (lineGross.isPositive())
            grossByRate[invoiceLine.taxBp] = grossByRate.value(invoiceLine.taxBp, Money::zero(currency)) + lineGross;
    }
    if (grossByRate.isEmpty())
        return { line(description, gross, 0) };

    QList<qint64> weights;
    for (const Money &part : std::as_const(grossByRate))
        weights << part.minorUnits();
    const QList<Money> parts = gross.allocate(weights);
    QList<InvoiceLine> lines;
    Money shortfall = Money::zero(currency);
    int index = 0;
    for (auto rate = grossByRate.keyBegin(); rate != grossByRate.keyEnd(); ++rate, ++index) {
        const Money part = parts.at(index);
        if (part.isZero())
            continue;
        // The net price whose gross is the part, or the largest one below it.
        Money net = part.multipliedBy(10'000, 10'000 + *rate, RoundingMode::HalfAwayFromZero);
        while (grossOf(net, *rate) > part)
            net -= Money(1, currency);
        while (grossOf(net + Money(1, currency), *rate) <= part)
            net += Money(1, currency);
        shortfall += part - grossOf(net, *rate);
        const QString text = grossByRate.size() > 1
            ? tr("%1 (%2 % tax)").arg(description, QString::number(*rate / 100.0))
            : description;
        lines << line(text, net, *rate);
    }
    if (shortfall.isPositive())
        lines << line(tr("Rounding difference"), shortfall, 0);
    return lines;
}

} // namespace cc
