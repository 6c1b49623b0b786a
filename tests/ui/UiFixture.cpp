// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiFixture.h"

#include "TestWorkspace.h"
#include "storage/CustomerRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/Transaction.h"

#include <gtest/gtest.h>
#include <stdexcept>

namespace cc::test {
namespace {

Customer customer(const char *id, const char *name, const char *code, const char *collector)
{
    Customer c;
    c.id = QString::fromUtf8(id);
    c.name = QString::fromUtf8(name);
    c.currency = currency(code);
    c.creditLimit = money("10000.00", code);
    c.terms = PaymentTerms::net(30);
    c.riskClass = QStringLiteral("C");
    c.collector = QString::fromLatin1(collector);
    c.segment = QStringLiteral("wholesale");
    return c;
}

Invoice invoice(const char *number, const char *customerId, QDate date, const char *total, const char *code)
{
    Invoice i;
    i.number = QString::fromLatin1(number);
    i.customerId = QString::fromLatin1(customerId);
    i.invoiceDate = date;
    i.dueDate = date.addDays(30);
    i.total = money(total, code);
    return i;
}

Payment payment(const char *id, QDate date, const char *amount, const char *method, const char *reference)
{
    Payment p;
    p.id = QString::fromLatin1(id);
    p.customerId = QStringLiteral("C001");
    p.date = date;
    p.amount = money(amount, "EUR");
    p.method = QString::fromLatin1(method);
    p.reference = QString::fromLatin1(reference);
    return p;
}

Status run(services::WorkspaceSession &session, std::function<Status(storage::SqlDatabase &)> body)
{
    auto future = session.run<Status>([body](storage::Workspace &ws, services::JobControl &) -> Status {
        storage::Transaction transaction(ws.database());
        if (auto status = transaction.begin(); !status)
            return status;
        if (auto status = body(ws.database()); !status)
            return status;
        return transaction.commit();
    });
    if (!UiFixture::wait(future))
        return makeError(ErrorCode::Io, QStringLiteral("timed out"));
    return future.result();
}

} // namespace

UiFixture::UiFixture()
    : m_clock(QDateTime(QDate(2024, 6, 30), QTime(12, 0)))
{
    storage::WorkspaceOptions options;
    options.createIfMissing = true;
    options.passphrase = QByteArray("test");
    auto opened = m_session.open(directory(), options);
    if (!wait(opened) || !opened.result())
        throw std::runtime_error("cannot open the test workspace");
}

bool UiFixture::populate()
{
    const Status status = run(m_session, [](storage::SqlDatabase &db) -> Status {
        storage::CustomerRepository customers(db);
        Customer mueller = customer("C001", "Müller GmbH", "EUR", "anna");
        mueller.contacts = { { QStringLiteral("Jana Weber"), QStringLiteral("Accounts payable"),
                                 QStringLiteral("ap@mueller.example"), QStringLiteral("+49 30 1234") },
            { QStringLiteral("Tom Berg"), QStringLiteral("CFO"), QStringLiteral("cfo@mueller.example"), QString() } };
        Customer trading = customer("C002", "Mueller Trading Inc.", "USD", "ben");
        Customer branch = customer("C003", "Zürcher Filiale AG", "EUR", "anna");
        branch.parentId = QStringLiteral("C001");
        for (const Customer &c : { mueller, trading, branch }) {
            if (auto s = customers.save(c); !s)
                return s;
        }

        storage::InvoiceRepository invoices(db);
        Invoice inv1 = invoice("INV-1", "C001", QDate(2024, 6, 20), "100.00", "EUR");
        inv1.lines = { { QStringLiteral("A-1"), QStringLiteral("Consulting"), 1000, money("50.00", "EUR"), 0, 1900 },
            { QStringLiteral("B-2"), QStringLiteral("Books"), 1000, money("40.50", "EUR"), 0, 0 } };
        const QList<Invoice> documents = {
            inv1,
            invoice("INV-2", "C001", QDate(2024, 5, 20), "200.00", "EUR"),
            invoice("INV-3", "C001", QDate(2024, 3, 1), "300.00", "EUR"),
            invoice("INV-4", "C001", QDate(2024, 1, 1), "500.00", "EUR"),
            invoice("INV-5", "C002", QDate(2024, 6, 1), "1000.00", "USD"),
            invoice("INV-6", "C001", QDate(2024, 4, 15), "400.00", "EUR"),
        };
        for (const Invoice &i : documents) {
            if (auto id = invoices.insert(i); !id)
                return id.error();
        }

        storage::PaymentRepository payments(db);
        const QList<Payment> received = {
            payment("P-1", QDate(2024, 2, 10), "500.00", "transfer", "INV-4"),
            payment("P-2", QDate(2024, 6, 25), "50.00", "transfer", ""),
            payment("P-3", QDate(2024, 6, 1), "150.00", "card", "INV-6"),
        };
        for (const Payment &p : received) {
            if (auto s = payments.insert(p); !s)
                return s;
        }
        const QList<Allocation> allocations = {
            { QStringLiteral("P-1"), QString(), QStringLiteral("INV-4"), money("500.00", "EUR"), QDate(2024, 2, 10) },
            { QStringLiteral("P-3"), QString(), QStringLiteral("INV-6"), money("150.00", "EUR"), QDate(2024, 6, 1) },
        };
        for (const Allocation &a : allocations) {
            if (auto s = payments.allocate(a); !s)
                return s;
        }
        if (auto s = invoices.refreshSettlement(); !s)
            return s;
        return payments.refreshApplication();
    });
    if (!status)
        ADD_FAILURE() << status.error().detail.toStdString();
    return status.ok();
}

bool UiFixture::addBulkInvoices(int count)
{
    const Status status = run(m_session, [count](storage::SqlDatabase &db) -> Status {
        storage::InvoiceRepository invoices(db);
        for (int n = 1; n <= count; ++n) {
            const QByteArray number = QStringLiteral("BULK-%1").arg(n, 5, 10, QLatin1Char('0')).toLatin1();
            if (auto id = invoices.insert(
                    invoice(number.constData(), "C001", QDate(2023, 1, 1).addDays(n % 300), "10.00", "EUR"));
                !id)
                return id.error();
        }
        return success();
    });
    if (!status)
        ADD_FAILURE() << status.error().detail.toStdString();
    return status.ok();
}

} // namespace cc::test
