// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoisyStatement.h"

#include "domain/CreditorReference.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace cc;

namespace test {
namespace {

const QStringList Surnames { QStringLiteral("Müller"), QStringLiteral("Schmidt"), QStringLiteral("Schneider"),
    QStringLiteral("Fischer"), QStringLiteral("Weber"), QStringLiteral("Meyer"), QStringLiteral("Wagner"),
    QStringLiteral("Becker"), QStringLiteral("Schulz"), QStringLiteral("Hoffmann"), QStringLiteral("Schäfer"),
    QStringLiteral("Koch"), QStringLiteral("Bauer"), QStringLiteral("Richter"), QStringLiteral("Klein"),
    QStringLiteral("Wolf"), QStringLiteral("Schröder"), QStringLiteral("Neumann"), QStringLiteral("Schwarz"),
    QStringLiteral("Zimmermann"), QStringLiteral("Braun"), QStringLiteral("Krüger"), QStringLiteral("Hartmann"),
    QStringLiteral("Lange"), QStringLiteral("Werner"), QStringLiteral("Krause"), QStringLiteral("Lehmann"),
    QStringLiteral("Dupont"), QStringLiteral("Bernard"), QStringLiteral("Rossi"), QStringLiteral("Bianchi"),
    QStringLiteral("Jansen"), QStringLiteral("de Vries"), QStringLiteral("Nowak"), QStringLiteral("Kowalski"),
    QStringLiteral("Andersson"), QStringLiteral("Nielsen"), QStringLiteral("Smith"), QStringLiteral("Brown"),
    QStringLiteral("Ødegård"), QStringLiteral("Łukasiewicz"), QStringLiteral("Côté"), QStringLiteral("García"),
    QStringLiteral("Núñez"), QStringLiteral("Yılmaz") };
const QStringList Trades { QStringLiteral("Maschinenbau"), QStringLiteral("Logistik"), QStringLiteral("Elektrotechnik"),
    QStringLiteral("Bau"), QStringLiteral("Software"), QStringLiteral("Handel"), QStringLiteral("Metallbau"),
    QStringLiteral("Druckerei"), QStringLiteral("Consulting"), QStringLiteral("Transport"),
    QStringLiteral("Medizintechnik"), QStringLiteral("Lebensmittel"), QStringLiteral("Automotive"),
    QStringLiteral("Textil"), QStringLiteral("Holzbau"), QStringLiteral("Energie"), QStringLiteral("Verpackung"),
    QStringLiteral("Trading"), QStringLiteral("Components"), QStringLiteral("Systems"), QStringLiteral("Foods"),
    QStringLiteral("Engineering") };
const QStringList LegalForms { QStringLiteral("GmbH"), QStringLiteral("AG"), QStringLiteral("GmbH & Co. KG"),
    QStringLiteral("KG"), QStringLiteral("e.K."), QStringLiteral("Ltd"), QStringLiteral("Inc."), QStringLiteral("S.A."),
    QStringLiteral("B.V."), QStringLiteral("SAS"), QStringLiteral("S.p.A."), QStringLiteral("AB"),
    QStringLiteral("sp. z o.o."), QStringLiteral("OHG") };
const QStringList Fillers { QString(), QStringLiteral("Zahlung"), QStringLiteral("Überweisung"),
    QStringLiteral("Payment"), QStringLiteral("Rechnungsausgleich"), QStringLiteral("Sammelzahlung"),
    QStringLiteral("Danke"), QStringLiteral("Begleichung offener Posten"), QStringLiteral("SEPA Gutschrift") };

const Currency Eur = *Currency::fromCode(QStringLiteral("EUR"));

} // namespace

QString kindName(PaymentKind kind)
{
    switch (kind) {
    case PaymentKind::ExactReference:
        return QStringLiteral("exact reference");
    case PaymentKind::FormattedReference:
        return QStringLiteral("formatted reference");
    case PaymentKind::Typo:
        return QStringLiteral("typo");
    case PaymentKind::CreditorReference:
        return QStringLiteral("RF reference");
    case PaymentKind::NoReference:
        return QStringLiteral("no reference");
    case PaymentKind::SeveralWithReferences:
        return QStringLiteral("several, with references");
    case PaymentKind::SeveralWithoutReferences:
        return QStringLiteral("several, no references");
    case PaymentKind::Partial:
        return QStringLiteral("partial");
    case PaymentKind::Overpayment:
        return QStringLiteral("overpayment");
    case PaymentKind::Discount:
        return QStringLiteral("discount");
    case PaymentKind::Unrelated:
        return QStringLiteral("unrelated credit");
    }
    return {};
}

QList<PaymentKind> allKinds()
{
    return { PaymentKind::ExactReference, PaymentKind::FormattedReference, PaymentKind::Typo,
        PaymentKind::CreditorReference, PaymentKind::NoReference, PaymentKind::SeveralWithReferences,
        PaymentKind::SeveralWithoutReferences, PaymentKind::Partial, PaymentKind::Overpayment, PaymentKind::Discount,
        PaymentKind::Unrelated };
}

QHash<PaymentKind, int> NoisyStatementGenerator::evenWeights()
{
    QHash<PaymentKind, int> weights;
    for (const PaymentKind kind : allKinds())
        weights.insert(kind, 1);
    return weights;
}

Ledger NoisyStatementGenerator::ledger(int customers, int invoicesPerCustomer, const QDate &today)
{
    Ledger ledger;
    QSet<QString> names;
    QStringList ids;
    while (ids.size() < customers) {
        const QString name = pick(Surnames) + QLatin1Char(' ') + pick(Trades) + QLatin1Char(' ') + pick(LegalForms);
        if (names.contains(name))
            continue;
        names.insert(name);
        const QString id = QStringLiteral("C-%1").arg(ids.size() + 1, 5, 10, QLatin1Char('0'));
        ids << id;
        ledger.customerNames.insert(id, name);
        QString iban = QStringLiteral("DE");
        for (int digit = 0; digit < 20; ++digit)
            iban += QLatin1Char(char('0' + m_random.bounded(10)));
        ledger.customerIbans.insert(id, iban);
    }
    // One company's numbering: invoices to all customers, interleaved, numbered in turn.
    QList<QString> owners;
    for (const QString &id : std::as_const(ids)) {
        for (int i = 0; i < invoicesPerCustomer; ++i)
            owners << id;
    }
    std::shuffle(owners.begin(), owners.end(), m_random);
    const PaymentTerms discountTerms = PaymentTerms::net(30).withDiscount(200, 10);
    int number = 1000;
    for (const QString &owner : std::as_const(owners)) {
        const QDate invoiceDay = today.addDays(-qint64(m_random.bounded(120)));
        const PaymentTerms terms = chance(30) ? discountTerms : PaymentTerms::net(pick(QList<int> { 14, 30, 60 }));
        // Amounts spread over three orders of magnitude; some round.
        qint64 total = qint64(std::exp(std::log(2000.0) + m_random.generateDouble() * std::log(1250.0)));
        if (chance(10))
            total = std::max<qint64>(10000, total / 10000 * 10000);
        const qint64 open = chance(10) ? total * (30 + m_random.bounded(60)) / 100 : total;
        ledger.invoices.append({ owner,
            { QStringLiteral("RE-2026-%1").arg(number++, 5, 10, QLatin1Char('0')), invoiceDay,
                terms.dueDate(invoiceDay), Money(total, Eur), Money(open, Eur), terms } });
    }
    return ledger;
}

QString NoisyStatementGenerator::payerName(const QString &customerName)
{
    QString name = customerName;
    if (chance(40)) {
        for (const QString &form : LegalForms) {
            if (name.endsWith(QLatin1Char(' ') + form)) {
                name.chop(form.size() + 1);
                break;
            }
        }
    }
    if (chance(50)) {
        name.replace(QStringLiteral("ü"), QStringLiteral("ue")).replace(QStringLiteral("ö"), QStringLiteral("oe"));
        name.replace(QStringLiteral("ä"), QStringLiteral("ae"));
    }
    if (chance(60))
        name = name.toUpper();
    if (chance(30))
        name = name.left(27); // as many banks cut it
    return name;
}

QString NoisyStatementGenerator::formatted(const QString &number)
{
    // "RE-2026-01234" → "re 2026/1234", "RE2026-01234", "Nr.RE202601234", …
    const QStringList parts = number.split(QLatin1Char('-'));
    const QString tail = QString::number(parts.value(2).toInt());
    switch (m_random.bounded(6)) {
    case 0:
        return number.toLower();
    case 1:
        return parts.value(0) + QLatin1Char(' ') + parts.value(1) + QLatin1Char('/') + tail;
    case 2:
        return parts.value(0) + parts.value(1) + QLatin1Char('-') + parts.value(2);
    case 3:
        return QStringLiteral("Nr.") + parts.join(QString());
    case 4:
        return parts.join(QLatin1Char(' '));
    default:
        return parts.value(0).toLower() + QLatin1Char('-') + parts.value(1) + QLatin1Char('-') + tail;
    }
}

QString NoisyStatementGenerator::typo(const QString &number)
{
    QString wrong = number;
    const qsizetype last = wrong.size() - 1;
    const qsizetype at = last - qsizetype(m_random.bounded(4)); // in the running number
    if (chance(50) && wrong[at - 1].isDigit() && wrong[at - 1] != wrong[at]) {
        std::swap(wrong[at - 1], wrong[at]);
    } else {
        const char digit = char(wrong[at].toLatin1() - '0');
        wrong[at] = QLatin1Char(char('0' + (digit + 1 + m_random.bounded(9)) % 10));
    }
    return wrong;
}

QString NoisyStatementGenerator::filler()
{
    return pick(Fillers);
}

QList<NoisyLine> NoisyStatementGenerator::statement(
    const Ledger &ledger, int lines, const QDate &day, const QHash<PaymentKind, int> &weights)
{
    QList<int> unused(ledger.invoices.size());
    std::iota(unused.begin(), unused.end(), 0);
    std::shuffle(unused.begin(), unused.end(), m_random);
    QSet<int> used;
    const auto takeWhere = [&](const std::function<bool(const cash::OpenInvoice &)> &fits) -> int {
        for (qsizetype i = 0; i < unused.size(); ++i) {
            if (!used.contains(unused[i]) && fits(ledger.invoices[unused[i]])) {
                used.insert(unused[i]);
                return unused[i];
            }
        }
        return -1;
    };
    const auto takeAny = [&]() { return takeWhere([](const cash::OpenInvoice &) { return true; }); };
    const auto sameCustomer = [&](int first, int most) {
        QList<int> chosen { first };
        const QString &owner = ledger.invoices[first].customerId;
        while (chosen.size() < most) {
            const int next = takeWhere([&](const cash::OpenInvoice &invoice) { return invoice.customerId == owner; });
            if (next < 0)
                break;
            chosen << next;
        }
        return chosen;
    };
    const auto reference = [&](const QString &number) {
        return pick(QStringList { QStringLiteral("%1"), QStringLiteral("Rechnung %1"), QStringLiteral("Invoice %1"),
                        QStringLiteral("%1 Kunde 4711"), QStringLiteral("Zahlung %1 danke"),
                        QStringLiteral("RG %1 vom 12.10.2026") })
            .arg(number);
    };

    QList<PaymentKind> bag;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        for (int i = 0; i < it.value(); ++i)
            bag << it.key();
    }
    std::sort(bag.begin(), bag.end());
    QList<NoisyLine> statement;
    while (statement.size() < lines && !bag.isEmpty()) {
        NoisyLine line { pick(bag), {}, {} };
        bank::BankTransaction &bank = line.bank;
        bank.bookingDate = day;
        bank.valueDate = day;
        bank.entryReference = QStringLiteral("NTRY-%1").arg(statement.size() + 1, 6, 10, QLatin1Char('0'));
        bank.endToEndId = QStringLiteral("NOTPROVIDED");
        int first = -1;
        if (line.kind == PaymentKind::Discount) {
            first = takeWhere([&](const cash::OpenInvoice &invoice) {
                return invoice.item.open == invoice.item.total
                    && PaymentAllocator::earnedDiscount(invoice.item, day).isPositive();
            });
        } else if (line.kind != PaymentKind::Unrelated) {
            first = takeAny();
        }
        if (line.kind == PaymentKind::Discount && first < 0) {
            bag.removeAll(PaymentKind::Discount); // no invoice left within its discount window
            continue;
        }
        if (line.kind != PaymentKind::Unrelated && first < 0)
            break; // the ledger is used up
        const cash::OpenInvoice *invoice = first < 0 ? nullptr : &ledger.invoices[first];
        if (invoice) {
            line.expected.customerId = invoice->customerId;
            bank.counterpartyName = payerName(ledger.customerNames.value(invoice->customerId));
            bank.counterpartyIban = ledger.customerIbans.value(invoice->customerId);
            // Someone else pays now and then: a parent company, a factor.
            if (chance(5) && line.kind != PaymentKind::NoReference
                && line.kind != PaymentKind::SeveralWithoutReferences) {
                bank.counterpartyName = QStringLiteral("ZAHLUNGSVERKEHR HOLDING SE");
                bank.counterpartyIban = QStringLiteral("DE02120300000000202051");
            }
        }
        const auto expectWhole = [&](const QList<int> &indexes) {
            qint64 sum = 0;
            for (const int index : indexes) {
                const auto &item = ledger.invoices[index].item;
                line.expected.cash.insert(item.number, item.open.minorUnits());
                sum += item.open.minorUnits();
            }
            bank.amount = Money(sum, Eur);
        };
        switch (line.kind) {
        case PaymentKind::ExactReference:
            bank.remittance = reference(invoice->item.number);
            expectWhole({ first });
            break;
        case PaymentKind::FormattedReference:
            bank.remittance = reference(formatted(invoice->item.number));
            expectWhole({ first });
            break;
        case PaymentKind::Typo:
            bank.remittance = reference(typo(invoice->item.number));
            expectWhole({ first });
            break;
        case PaymentKind::CreditorReference:
            bank.structuredReference = CreditorReference::forDocument(invoice->item.number)->electronic();
            bank.remittance = chance(50) ? QString() : filler();
            expectWhole({ first });
            break;
        case PaymentKind::NoReference:
            bank.remittance = filler();
            expectWhole({ first });
            break;
        case PaymentKind::SeveralWithReferences: {
            const QList<int> chosen = sameCustomer(first, 2 + int(m_random.bounded(3)));
            QStringList numbers;
            for (const int index : chosen)
                numbers << (chance(70) ? ledger.invoices[index].item.number
                                       : formatted(ledger.invoices[index].item.number));
            bank.remittance
                = numbers.join(pick(QStringList { QStringLiteral(" "), QStringLiteral(", "), QStringLiteral(" + ") }));
            expectWhole(chosen);
            break;
        }
        case PaymentKind::SeveralWithoutReferences:
            bank.remittance = filler();
            expectWhole(sameCustomer(first, 2 + int(m_random.bounded(2))));
            break;
        case PaymentKind::Partial: {
            const qint64 part = std::max<qint64>(
                100, invoice->item.open.minorUnits() * (20 + m_random.bounded(60)) / 100 / 100 * 100);
            bank.remittance = reference(invoice->item.number) + QLatin1Char(' ')
                + pick(QStringList {
                    QStringLiteral("Teilzahlung"), QStringLiteral("Anzahlung"), QStringLiteral("part payment") });
            bank.amount = Money(part, Eur);
            line.expected.cash.insert(invoice->item.number, part);
            break;
        }
        case PaymentKind::Overpayment: {
            // Paid in full within a discount window, the discount is granted and adds to what is unapplied.
            const qint64 extra = 1 + m_random.bounded(5000);
            const Money discount = PaymentAllocator::earnedDiscount(invoice->item, day);
            bank.remittance = reference(invoice->item.number);
            bank.amount = invoice->item.open + Money(extra, Eur);
            line.expected.cash.insert(invoice->item.number, (invoice->item.open - discount).minorUnits());
            line.expected.unapplied = extra + discount.minorUnits();
            break;
        }
        case PaymentKind::Discount: {
            const Money discount = PaymentAllocator::earnedDiscount(invoice->item, day);
            bank.remittance = reference(chance(50) ? invoice->item.number : formatted(invoice->item.number))
                + QStringLiteral(" abzgl. 2% Skonto");
            bank.amount = invoice->item.open - discount;
            line.expected.cash.insert(invoice->item.number, bank.amount.minorUnits());
            break;
        }
        case PaymentKind::Unrelated:
            bank.counterpartyName
                = pick(QStringList { QStringLiteral("FINANZAMT MUENCHEN"), QStringLiteral("Stadtwerke Bochum"),
                    QStringLiteral("DEUTSCHE BANK AG"), QStringLiteral("Amazon Payments Europe S.C.A."),
                    QStringLiteral("Allianz Versicherungs-AG"), QStringLiteral("Eigene Umbuchung") });
            bank.remittance
                = pick(QStringList { QStringLiteral("Zinsen 3. Quartal"), QStringLiteral("Erstattung Kaution"),
                    QStringLiteral("Umbuchung Tagesgeld"), QStringLiteral("Gutschrift Retoure Lieferant 2026-778812"),
                    QStringLiteral("Steuererstattung 2025"), QStringLiteral("Schadenregulierung 4711/2026") });
            bank.amount = Money(1 + m_random.bounded(500000), Eur);
            break;
        }
        statement << line;
    }
    return statement;
}

} // namespace test
