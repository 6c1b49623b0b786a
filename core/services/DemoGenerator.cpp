// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"
#include "DemoCollections.h"

#include "common/BoundedQueue.h"
#include "domain/InvoiceTotals.h"
#include "storage/BulkLoad.h"
#include "storage/CustomerRepository.h"
#include "storage/FxRateRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"

#include <QRandomGenerator64>
#include <QScopeGuard>
#include <cmath>
#include <thread>

namespace cc::services {
namespace {

enum class Profile { Prompt, UsuallyLate, Chronic, Seasonal, Disputer, GoingBad };

struct CustomerPlan {
    Customer customer;
    Profile profile;
    qint64 typicalAmountMinor; // in the customer's currency
    QList<int> invoicesPerMonth;
};

// What happens to an invoice after it is issued, planned before anything is written so the
// invoice row carries its final status and settlement day (no second pass over 1M rows).
struct Settlement {
    enum class Kind { Payment, CreditNote } kind;
    QDate date;
    Money amount; // paid, or credited
    Money allocated; // applied to the invoice (an overpayment leaves the rest unapplied)
};

// The row a settlement writes: a credit note or a payment.
struct PlannedSettlement {
    Settlement settlement;
    Invoice creditNote; // for a credit note
    Payment payment; // for a payment
};

// An invoice with everything that will happen to it, ready to be written.
struct PlannedDocument {
    Invoice invoice;
    QList<PlannedSettlement> settlements;
};
using PlannedBatch = QList<PlannedDocument>;
constexpr qsizetype kBatchSize = 1024;

const char *const kCollectors[] = { "anna", "ben", "chloe", "dmitri", "eva" };

// Name parts chosen to exercise search: diacritics, legal forms, shared words.
const char *const kNameHeads[] = {
    "Müller",
    "Nordwind",
    "Société Générale des Eaux",
    "Blue Harbor",
    "Ørsted Trading",
    "Aurora",
    "Kowalski",
    "Fjord",
    "Castellano",
    "Sakura",
    "Atlas",
    "Brightwater",
    "Zürcher",
    "Lumière",
    "Pinecrest",
    "Vasquez",
    "Helvetia",
    "Greenfield",
    "Dubois",
    "Eastgate",
    "Łódź Components",
    "Riverside",
    "Schäfer",
    "Oakridge",
    "Marín",
    "Solberg",
    "Kingfisher",
    "Fontaine",
    "Ironbridge",
    "Björk",
    "Summit",
    "Gaudí",
    "Redwood",
    "Novak",
    "Silverline",
    "Hoffmann",
    "Cedar",
    "Čapek",
};
const char *const kNameTrades[] = {
    "Logistics",
    "Foods",
    "Engineering",
    "Retail",
    "Pharma",
    "Textiles",
    "Electronics",
    "Construction",
    "Media",
    "Automotive",
    "Packaging",
    "Chemicals",
    "Furniture",
    "Hospitality",
    "Software",
    "Energy",
};

struct CurrencyProfile {
    const char *code;
    const char *legalForm;
    const char *language;
    int standardTaxBp;
    int reducedTaxBp;
    int weight;
    const char *street; ///< %1: the house number
    const char *city;
    const char *vatPrefix;
};
const CurrencyProfile kCurrencies[] = {
    { "EUR", "GmbH", "de", 1900, 700, 40, "Hafenstraße %1", "20457 Hamburg\nGermany", "DE" },
    { "EUR", "SAS", "fr", 2000, 550, 12, "%1 rue de la République", "69002 Lyon\nFrance", "FR" },
    { "USD", "Inc.", "en", 0, 0, 20, "%1 Market Street", "San Francisco, CA 94105\nUSA", "" },
    { "GBP", "Ltd", "en", 2000, 500, 12, "%1 Deansgate", "Manchester M3 2BW\nUnited Kingdom", "GB" },
    { "CHF", "AG", "de", 810, 260, 8, "Bahnhofstrasse %1", "8001 Zürich\nSwitzerland", "CHE" },
    { "JPY", "K.K.", "ja", 1000, 800, 5, "%1-1 Marunouchi, Chiyoda-ku", "Tokyo 100-0005\nJapan", "" },
    { "BHD", "W.L.L.", "ar", 1000, 0, 3, "Building %1, Road 1702", "Manama\nBahrain", "" },
};

const char *const kTerms[] = { "NET30", "NET30", "NET30", "NET14", "NET60", "EOM+30", "2/10 NET30", "INST3x30" };

class Generator {
public:
    Generator(storage::Workspace &workspace, const DemoOptions &options, JobControl &control)
        : m_db(workspace.database())
        , m_options(options)
        , m_control(control)
        , m_random(options.seed)
        , m_today(options.today)
        , m_start(m_today.addMonths(-24).addDays(1))
    {
    }

    Status run();

private:
    Status write(QList<CustomerPlan> &plans);
    quint64 below(quint64 bound) { return bound == 0 ? 0 : m_random.bounded(bound); }
    int between(int low, int high) { return low + int(below(quint64(high - low + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }

    QList<CustomerPlan> planCustomers(int count);
    Status writeCustomers(const QList<CustomerPlan> &plans);
    Status writeRates();
    /// Plans every invoice, month by month, into `queue` until done or the writer closes it.
    void planInvoices(QList<CustomerPlan> &plans, BoundedQueue<PlannedBatch> &queue);
    PlannedDocument planDocument(CustomerPlan &plan, const QDate &invoiceDate);
    Status writeDocument(const PlannedDocument &document);
    /// Days after the due date this customer pays an invoice due on `due` (negative: early).
    int paymentDelay(const CustomerPlan &plan, const QDate &due);
    /// Plans the payments and credit notes this customer makes against `invoice`.
    void planSettlements(const CustomerPlan &plan, const Invoice &invoice);
    void planRest(const CustomerPlan &plan, const Invoice &invoice, const Money &payable);
    void credit(const QDate &date, const Money &amount, bool applied)
    {
        m_settlements.append(
            { Settlement::Kind::CreditNote, date, amount, applied ? amount : Money::zero(amount.currency()) });
    }
    void payment(const QDate &date, const Money &amount, const Money &allocated)
    {
        m_settlements.append({ Settlement::Kind::Payment, date, amount, allocated });
    }
    PlannedSettlement planRow(const CustomerPlan &plan, const Invoice &invoice, const Settlement &settlement);
    Status writeSettlement(qint64 invoiceId, const PlannedSettlement &planned);

    storage::SqlDatabase &m_db;
    DemoOptions m_options;
    JobControl &m_control;
    QRandomGenerator64 m_random;
    QDate m_today;
    QDate m_start;
    qint64 m_invoiceSeq = 0;
    qint64 m_creditSeq = 0;
    qint64 m_paymentSeq = 0;
    qint64 m_written = 0;
    QList<Settlement> m_settlements;
};

QList<CustomerPlan> Generator::planCustomers(int count)
{
    const int collectors = count > 500 ? 5 : count > 50 ? 4 : 3;
    int totalWeight = 0;
    for (const auto &c : kCurrencies)
        totalWeight += c.weight;

    QList<CustomerPlan> plans;
    plans.reserve(count);
    QString parentId;
    int childrenLeft = 0;
    const CurrencyProfile *parentCurrency = nullptr;
    for (int i = 0; i < count; ++i) {
        CustomerPlan plan;
        Customer &c = plan.customer;
        c.id = QStringLiteral("C%1").arg(i + 1, 6, 10, QLatin1Char('0'));

        const CurrencyProfile *currency = nullptr;
        if (childrenLeft > 0) { // child accounts bill in their group's currency
            c.parentId = parentId;
            currency = parentCurrency;
            --childrenLeft;
        } else {
            int pick = int(below(quint64(totalWeight)));
            for (const auto &candidate : kCurrencies) {
                if (pick < candidate.weight) {
                    currency = &candidate;
                    break;
                }
                pick -= candidate.weight;
            }
            if (i % 25 == 0 && count - i > 4) { // every 25th account heads a group of 2–3 children
                parentId = c.id;
                parentCurrency = currency;
                childrenLeft = between(2, 3);
            }
        }
        const QString head = QString::fromUtf8(kNameHeads[i % std::size(kNameHeads)]);
        const QString trade = QString::fromUtf8(kNameTrades[(i / int(std::size(kNameHeads))) % std::size(kNameTrades)]);
        const int series = i / int(std::size(kNameHeads) * std::size(kNameTrades));
        c.name = QStringLiteral("%1 %2%3 %4")
                     .arg(head, trade, series ? QStringLiteral(" %1").arg(series + 1) : QString(),
                         QString::fromLatin1(currency->legalForm));
        if (!c.parentId.isEmpty())
            c.name += QStringLiteral(" (branch)");
        c.currency = *Currency::fromCode(QString::fromLatin1(currency->code));
        c.language = QString::fromLatin1(currency->language);
        c.billingAddress = QString::fromUtf8(currency->street).arg(i % 180 + 1) + QLatin1Char('\n')
            + QString::fromUtf8(currency->city);
        if (*currency->vatPrefix)
            c.vatId = QStringLiteral("%1%2")
                          .arg(QString::fromLatin1(currency->vatPrefix))
                          .arg(100'000'000 + qint64(i) * 7919 % 900'000'000, 9, 10, QLatin1Char('0'));
        c.terms = *PaymentTerms::parse(QString::fromLatin1(kTerms[below(std::size(kTerms))]));
        c.collector = QString::fromLatin1(kCollectors[i % collectors]);
        c.segment = chance(15) ? QStringLiteral("enterprise")
            : chance(45)       ? QStringLiteral("mid-market")
                               : QStringLiteral("small business");

        const int roll = int(below(100));
        plan.profile = roll < 35 ? Profile::Prompt
            : roll < 65          ? Profile::UsuallyLate
            : roll < 78          ? Profile::Chronic
            : roll < 88          ? Profile::Seasonal
            : roll < 95          ? Profile::Disputer
                                 : Profile::GoingBad;
        c.riskClass = plan.profile == Profile::Prompt ? QStringLiteral("A")
            : plan.profile == Profile::UsuallyLate    ? QStringLiteral("B")
            : plan.profile == Profile::GoingBad       ? QStringLiteral("D")
                                                      : QStringLiteral("C");
        // Typical invoice size: log-uniform from 200 to 200,000 (ten steps a decade, in
        // integers so the data is the same on every machine), scaled to the minor unit.
        static constexpr qint64 kDecadeSteps[] = { 1000, 1259, 1585, 1995, 2512, 3162, 3981, 5012, 6310, 7943 };
        static constexpr qint64 kDecades[] = { 1, 10, 100 };
        const qint64 major = 200 * kDecades[below(3)] * kDecadeSteps[below(10)] / 1000
            * (c.segment == QLatin1String("enterprise") ? 4 : 1);
        const qint64 perMajor = c.currency.minorPerMajor();
        const qint64 yenFactor = c.currency.code() == QLatin1String("JPY") ? 150 : 1;
        plan.typicalAmountMinor = major * perMajor * yenFactor;
        c.creditLimit = Money((major * 6 / 1000 + 1) * 1000 * perMajor * yenFactor, c.currency);

        const QString domain = QStringLiteral("%1.example").arg(c.id.toLower());
        c.contacts.append({ QStringLiteral("Accounts Payable"), QStringLiteral("AP"),
            QStringLiteral("ap@%1").arg(domain), QStringLiteral("+49 30 %1").arg(100000 + i) });
        if (chance(40)) {
            c.contacts.append({ QStringLiteral("Finance Manager"), QStringLiteral("Finance"),
                QStringLiteral("finance@%1").arg(domain), QString() });
        }
        plans.append(plan);
    }
    return plans;
}

// Spreads `total` over weights exactly (largest remainder), as Money::allocate does for cents.
QList<int> distribute(qint64 total, const QList<qint64> &weights)
{
    const auto parts = Money(total, *Currency::fromCode(QStringLiteral("JPY"))).allocate(weights);
    QList<int> counts;
    counts.reserve(parts.size());
    for (const Money &part : parts)
        counts.append(int(part.minorUnits()));
    return counts;
}

Status Generator::run()
{
    const int customerCount
        = m_options.customers > 0 ? m_options.customers : int(std::clamp<qint64>(m_options.invoices / 25, 10, 100'000));
    QList<CustomerPlan> plans = planCustomers(customerCount);

    // Account value follows a long tail: a few customers get most invoices.
    QList<qint64> weights;
    for (int i = 0; i < customerCount; ++i)
        weights.append(1 + 20'000 / (20 + qint64(below(1000))));
    const QList<int> perCustomer = distribute(m_options.invoices, weights);
    for (int i = 0; i < customerCount; ++i) {
        QList<qint64> months(24, 1);
        if (plans[i].profile == Profile::Seasonal) { // busy before the year-end
            for (int m = 0; m < 24; ++m) {
                const int month = m_start.addMonths(m).month();
                months[m] = month >= 9 && month <= 12 ? 3 : 1;
            }
        }
        plans[i].invoicesPerMonth = distribute(perCustomer[i], months);
    }

    storage::BulkLoad bulk(m_db);
    if (auto status = bulk.begin(); !status)
        return status;
    return write(plans);
}

Status Generator::write(QList<CustomerPlan> &plans)
{
    storage::Transaction transaction(m_db);
    if (auto status = transaction.begin(); !status)
        return status;
    if (auto status = writeCustomers(plans); !status)
        return status;
    if (auto status = writeRates(); !status)
        return status;

    // Planning (random draws, amounts, texts) runs on a second thread while this one writes, so
    // a two-core machine keeps both busy. One planner in a fixed order keeps the data deterministic.
    BoundedQueue<PlannedBatch> queue(8);
    std::thread planner([this, &plans, &queue] { planInvoices(plans, queue); });
    const auto stopPlanner = qScopeGuard([&] {
        queue.close();
        planner.join();
    });
    while (std::optional<PlannedBatch> batch = queue.pop()) {
        for (const PlannedDocument &document : std::as_const(*batch)) {
            if (auto status = writeDocument(document); !status)
                return status;
        }
        m_written += batch->size();
        if (m_control.isCanceled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("demo generation cancelled"));
        m_control.setProgress(m_written, m_options.invoices);
    }
    return transaction.commit();
}

/// Euro rates on the first of each month, drifting a few percent around where they stood in 2026.
Status Generator::writeRates()
{
    const struct {
        const char *code;
        double perEuro;
    } around[] = { { "USD", 1.08 }, { "GBP", 0.85 }, { "CHF", 0.94 }, { "JPY", 162.0 }, { "BHD", 0.407 } };
    const Currency euro = *Currency::fromCode(QStringLiteral("EUR"));
    QList<FxRate> rates;
    double phase = 0; // fixed, so the demo's other random draws stay as they were
    for (const auto &currency : around) {
        phase += 1.3;
        for (int m = 0; m <= 24; ++m) {
            const double rate = currency.perEuro * (1 + 0.04 * std::sin(phase + m / 4.0));
            rates.append(FxRate(euro, *Currency::fromCode(QString::fromLatin1(currency.code)),
                qint64(std::llround(rate * 10'000) * (FxRate::ScaleFactor / 10'000)),
                QDate(m_start.year(), m_start.month(), 1).addMonths(m)));
        }
    }
    return storage::FxRateRepository(m_db).store(rates);
}

Status Generator::writeCustomers(const QList<CustomerPlan> &plans)
{
    storage::CustomerRepository customers(m_db);
    for (const CustomerPlan &plan : plans) {
        if (auto status = customers.save(plan.customer); !status)
            return status;
    }
    return success();
}

void Generator::planInvoices(QList<CustomerPlan> &plans, BoundedQueue<PlannedBatch> &queue)
{
    PlannedBatch batch;
    batch.reserve(kBatchSize);
    for (int month = 0; month < 24; ++month) {
        // Month windows run from the start day, so the last one ends exactly today.
        const QDate first = m_start.addMonths(month);
        const qint64 days = first.daysTo(m_start.addMonths(month + 1));
        for (CustomerPlan &plan : plans) {
            for (int n = 0; n < plan.invoicesPerMonth[month]; ++n) {
                const QDate date = std::min(first.addDays(qint64(below(quint64(days)))), m_today);
                batch.append(planDocument(plan, date));
                if (batch.size() == kBatchSize) {
                    if (!queue.push(std::exchange(batch, PlannedBatch())))
                        return; // the writer stopped
                    batch.reserve(kBatchSize);
                }
            }
        }
    }
    if (!batch.isEmpty())
        queue.push(std::move(batch));
    queue.close();
}

PlannedDocument Generator::planDocument(CustomerPlan &plan, const QDate &invoiceDate)
{
    const Customer &c = plan.customer;
    const CurrencyProfile *taxes = &kCurrencies[0];
    for (const auto &candidate : kCurrencies) {
        if (c.currency.code() == QLatin1String(candidate.code) && c.language == QLatin1String(candidate.language))
            taxes = &candidate;
    }

    Invoice invoice;
    invoice.number = QStringLiteral("INV-%1").arg(++m_invoiceSeq, 7, 10, QLatin1Char('0'));
    invoice.customerId = c.id;
    invoice.invoiceDate = invoiceDate;
    invoice.dueDate = c.terms.dueDate(invoiceDate);
    const int lineCount = between(1, 3);
    for (int l = 0; l < lineCount; ++l) {
        InvoiceLine line;
        line.item = QStringLiteral("SKU-%1").arg(between(100, 999));
        line.description = QStringLiteral("%1 — service period %2")
                               .arg(QString::fromUtf8(kNameTrades[below(std::size(kNameTrades))]),
                                   invoiceDate.toString(QStringLiteral("yyyy-MM")));
        line.quantityMilli = qint64(between(1, 40)) * InvoiceLine::QuantityScale / (chance(20) ? 4 : 1);
        const qint64 price = std::max<qint64>(1,
            plan.typicalAmountMinor * between(50, 150) / 100 / lineCount * InvoiceLine::QuantityScale
                / line.quantityMilli);
        line.unitPrice = Money(price, c.currency);
        line.discountBp = chance(15) ? between(1, 4) * 250 : 0;
        line.taxBp = chance(20) ? taxes->reducedTaxBp : taxes->standardTaxBp;
        invoice.lines.append(line);
    }
    invoice.total = InvoiceTotals::compute(invoice.lines, c.currency, TaxRounding::PerInvoice).gross;

    m_settlements.clear();
    planSettlements(plan, invoice);
    Money applied = Money::zero(c.currency);
    QDate lastApplied;
    for (const Settlement &settlement : std::as_const(m_settlements)) {
        applied += settlement.allocated;
        if (settlement.allocated.isPositive())
            lastApplied = std::max(lastApplied, settlement.date);
    }
    invoice.status = applied == invoice.total ? InvoiceStatus::Paid
        : applied.isZero()                    ? InvoiceStatus::Open
                                              : InvoiceStatus::PartiallyPaid;
    if (invoice.status == InvoiceStatus::Paid)
        invoice.settledOn = lastApplied;

    PlannedDocument document { invoice, {} };
    for (const Settlement &settlement : std::as_const(m_settlements))
        document.settlements.append(planRow(plan, invoice, settlement));
    return document;
}

Status Generator::writeDocument(const PlannedDocument &document)
{
    auto id = storage::InvoiceRepository(m_db).insert(document.invoice);
    if (!id)
        return id.error();
    for (const PlannedSettlement &planned : document.settlements) {
        if (auto status = writeSettlement(*id, planned); !status)
            return status;
    }
    return success();
}

int Generator::paymentDelay(const CustomerPlan &plan, const QDate &due)
{
    switch (plan.profile) {
    case Profile::Prompt:
        return between(-6, 2);
    case Profile::UsuallyLate:
        return between(4, 16);
    case Profile::Chronic:
        return between(20, 80);
    case Profile::Seasonal:
        return due.month() >= 11 || due.month() <= 2 ? between(25, 60) : between(-2, 6);
    case Profile::Disputer:
        return between(5, 30);
    case Profile::GoingBad: {
        // On time until about eight months ago, then slipping further every month.
        const qint64 monthsAgo = due.daysTo(m_today) / 30;
        if (monthsAgo > 8)
            return between(0, 8);
        return between(10, 25) + int(8 - monthsAgo) * 12;
    }
    }
    return 0;
}

void Generator::planSettlements(const CustomerPlan &plan, const Invoice &invoice)
{
    const Money &total = invoice.total;
    const QDate &invoiceDate = invoice.invoiceDate;
    const PaymentTerms &terms = plan.customer.terms;

    // Returns and price corrections: a credit note on some invoices, a few left unapplied.
    if (chance(plan.profile == Profile::Disputer ? 12 : 2)) {
        const Money amount = total.multipliedBy(between(10, 40), 100, RoundingMode::HalfAwayFromZero);
        const QDate date = invoiceDate.addDays(between(3, 20));
        if (date <= m_today && amount.isPositive()) {
            const bool applied = !chance(20);
            credit(date, amount, applied);
            if (applied)
                return planRest(plan, invoice, total - amount);
        }
    }

    // Early payers with a discount in their terms take it within the window.
    if (terms.hasDiscount() && plan.profile == Profile::Prompt && chance(70)) {
        const QDate date = invoiceDate.addDays(between(2, terms.discountDays()));
        if (date > m_today)
            return;
        const Money discount = terms.earnedDiscount(total, invoiceDate, date);
        credit(date, discount, true);
        return payment(date, total - discount, total - discount);
    }

    // Installment plans are paid part by part, each with the customer's usual delay.
    const auto schedule = terms.schedule(invoiceDate, total);
    if (schedule.size() > 1) {
        for (const auto &part : schedule) {
            const QDate paid = part.dueDate.addDays(paymentDelay(plan, part.dueDate));
            if (paid > m_today || (plan.profile == Profile::GoingBad && part.dueDate.daysTo(m_today) < 100))
                break;
            payment(paid, part.amount, part.amount);
        }
        return;
    }
    planRest(plan, invoice, total);
}

void Generator::planRest(const CustomerPlan &plan, const Invoice &invoice, const Money &payable)
{
    const Money &total = payable;
    const QDate &invoiceDate = invoice.invoiceDate;
    const PaymentTerms &terms = plan.customer.terms;
    const QDate due = terms.dueDate(invoiceDate);
    const QDate paid = due.addDays(paymentDelay(plan, due));
    const bool stopsPaying = plan.profile == Profile::GoingBad && due.daysTo(m_today) < 100;
    if (stopsPaying)
        return;

    // Some invoices are paid in two parts; the first part can arrive before today while the rest is open.
    if (chance(6)) {
        const Money first = total.multipliedBy(between(30, 70), 100, RoundingMode::HalfAwayFromZero);
        const QDate firstDate = paid.addDays(-between(10, 30));
        if (firstDate <= m_today && first.isPositive())
            payment(std::max(firstDate, invoiceDate), first, first);
        if (paid <= m_today && firstDate <= m_today)
            payment(paid, total - first, total - first);
        return;
    }

    if (paid > m_today)
        return;
    // A disputer short-pays; a few customers overpay and leave unapplied cash.
    if (plan.profile == Profile::Disputer && chance(15)) {
        const Money shortPaid = total.multipliedBy(between(60, 90), 100, RoundingMode::HalfAwayFromZero);
        return payment(paid, shortPaid, shortPaid);
    }
    if (chance(2)) {
        const Money extra = Money(std::max<qint64>(1, total.minorUnits() / 20), total.currency());
        return payment(paid, total + extra, total);
    }
    payment(paid, total, total);
}

PlannedSettlement Generator::planRow(const CustomerPlan &plan, const Invoice &invoice, const Settlement &settlement)
{
    PlannedSettlement planned { settlement, {}, {} };
    if (settlement.kind == Settlement::Kind::CreditNote) {
        Invoice &note = planned.creditNote;
        note.number = QStringLiteral("CN-%1").arg(++m_creditSeq, 7, 10, QLatin1Char('0'));
        note.customerId = plan.customer.id;
        note.kind = DocumentKind::CreditNote;
        note.invoiceDate = settlement.date;
        note.dueDate = settlement.date;
        note.total = -settlement.amount;
        note.correctsNumber = invoice.number;
        const bool applied = settlement.allocated == settlement.amount;
        note.status = applied ? InvoiceStatus::Paid : InvoiceStatus::Open;
        note.settledOn = applied ? settlement.date : QDate();
        return planned;
    }
    const QString id = QStringLiteral("P%1").arg(++m_paymentSeq, 8, 10, QLatin1Char('0'));
    const bool transfer = chance(85);
    planned.payment = { id, plan.customer.id, settlement.date, settlement.amount,
        transfer ? QStringLiteral("transfer") : QStringLiteral("card"),
        transfer ? QStringLiteral("Invoice %1").arg(invoice.number) : QStringLiteral("Card %1").arg(id),
        settlement.allocated == settlement.amount ? settlement.date : QDate() };
    return planned;
}

Status Generator::writeSettlement(qint64 invoiceId, const PlannedSettlement &planned)
{
    storage::PaymentRepository payments(m_db);
    const Settlement &settlement = planned.settlement;
    if (settlement.kind == Settlement::Kind::CreditNote) {
        auto noteId = storage::InvoiceRepository(m_db).insert(planned.creditNote);
        if (!noteId)
            return noteId.error();
        if (planned.creditNote.status != InvoiceStatus::Paid)
            return success(); // left unapplied
        return payments.allocate(invoiceId, *noteId, QString(), settlement.allocated, settlement.date);
    }
    if (auto status = payments.insert(planned.payment); !status)
        return status;
    return payments.allocate(invoiceId, std::nullopt, planned.payment.id, settlement.allocated, settlement.date);
}

} // namespace

Status DemoGenerator::generate(storage::Workspace &workspace, const DemoOptions &options, JobControl &control)
{
    auto existing = workspace.database().scalar(QStringLiteral("SELECT count(*) FROM customers"));
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return makeError(ErrorCode::InvalidInput,
            QStringLiteral("the workspace already holds data; demo data goes into a new workspace"));
    if (!options.today.isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the demo needs the date its history ends on"));
    if (options.invoices < 1 || options.invoices > 10'000'000)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the invoice count must be between 1 and 10,000,000"));
    if (auto status = Generator(workspace, options, control).run(); !status)
        return status;
    return DemoCollections::generate(workspace.database(), options.seed, options.today);
}

} // namespace cc::services
