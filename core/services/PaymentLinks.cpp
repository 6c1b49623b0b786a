// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentLinks.h"

#include "PaymentPosting.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/SettingsRepository.h"

namespace cc::services {
namespace {

// The day after which completed checkouts are still to be read (UTC, ISO 8601).
const QString kCollectedUntilKey = QStringLiteral("paylink.collected_until");

} // namespace

const QString PaymentLinks::BaseUrlKey = QStringLiteral("paylink.base_url");
const QString PaymentLinks::SuccessUrlKey = QStringLiteral("paylink.success_url");

Status PaymentLinks::configure(const QUrl &baseUrl, const QUrl &successUrl)
{
    if (!baseUrl.isValid()
        || !(baseUrl.scheme() == QLatin1String("https") || baseUrl.scheme() == QLatin1String("http")))
        return makeError(ErrorCode::InvalidInput, tr("the provider's address must be an http(s) URL"));
    if (!successUrl.isValid() || successUrl.scheme().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("give the page customers see after paying"));
    storage::SettingsRepository settings(m_db);
    if (auto status = settings.setValue(BaseUrlKey, baseUrl.toString()); !status)
        return status;
    return settings.setValue(SuccessUrlKey, successUrl.toString());
}

Result<QUrl> PaymentLinks::baseUrl()
{
    auto base = storage::SettingsRepository(m_db).value(BaseUrlKey);
    if (!base)
        return base.error();
    if (!*base)
        return makeError(
            ErrorCode::InvalidInput, tr("payment links are not set up: give the provider's address and key"));
    return QUrl(**base);
}

Result<net::CheckoutClient> PaymentLinks::client(const QByteArray &secretKey)
{
    auto url = baseUrl();
    if (!url)
        return url.error();
    if (secretKey.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("there is no secret key for %1").arg(url->host()));
    return net::CheckoutClient(*url, secretKey);
}

Result<QUrl> PaymentLinks::create(const QString &invoiceNumber, const QByteArray &secretKey)
{
    auto invoice = storage::InvoiceRepository(m_db).summaryByNumber(invoiceNumber);
    if (!invoice)
        return invoice.error();
    if (!*invoice || (*invoice)->kind != DocumentKind::Invoice || (*invoice)->status == InvoiceStatus::Draft)
        return makeError(ErrorCode::NotFound, tr("there is no issued invoice %1").arg(invoiceNumber));
    const Money open = (*invoice)->open;
    if (!open.isPositive())
        return makeError(ErrorCode::InvalidInput, tr("invoice %1 has nothing open to pay").arg(invoiceNumber));
    auto existing = m_db.prepare(
        QStringLiteral("SELECT url FROM payment_links WHERE invoice_id = ?1 AND amount_minor = ?2 AND currency = ?3"));
    if (!existing)
        return existing.error();
    auto found = existing->bind(1, (*invoice)->id).bind(2, open.minorUnits()).bind(3, open.currency().code()).next();
    if (!found)
        return found.error();
    if (*found)
        return QUrl(existing->text(0));
    existing->reset();

    auto checkout = client(secretKey);
    if (!checkout)
        return checkout.error();
    auto success = storage::SettingsRepository(m_db).value(SuccessUrlKey);
    if (!success)
        return success.error();
    auto session = checkout->createSession(
        invoiceNumber, open, tr("Invoice %1").arg(invoiceNumber), QUrl(success->value_or(QString())));
    if (!session)
        return session.error();
    auto stored = m_db.prepare(QStringLiteral("INSERT INTO payment_links (session_id, invoice_id, url, currency, "
                                              "amount_minor, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!stored)
        return stored.error();
    if (auto status = stored->bind(1, session->id)
                          .bind(2, (*invoice)->id)
                          .bind(3, session->url.toString())
                          .bind(4, open.currency().code())
                          .bind(5, open.minorUnits())
                          .bind(6, m_clock.now().toUTC().toString(Qt::ISODate))
                          .run();
        !status)
        return status.error();
    return session->url;
}

Result<PaymentLinks::Collected> PaymentLinks::collect(const QByteArray &secretKey)
{
    auto checkout = client(secretKey);
    if (!checkout)
        return checkout.error();
    storage::SettingsRepository settings(m_db);
    auto until = settings.value(kCollectedUntilKey);
    if (!until)
        return until.error();
    const QDateTime after = *until ? QDateTime::fromString(**until, Qt::ISODate) : QDateTime::fromSecsSinceEpoch(0);
    auto completed = checkout->completedSince(after);
    if (!completed)
        return completed.error();

    Collected result;
    PaymentPosting posting(m_db, m_clock, m_author);
    storage::InvoiceRepository invoices(m_db);
    storage::PaymentRepository payments(m_db);
    QDateTime latest = after;
    for (const net::CheckoutClient::Completed &paid : std::as_const(*completed)) {
        const QString id
            = QStringLiteral("CHK-") + (paid.paymentIntent.isEmpty() ? paid.sessionId : paid.paymentIntent);
        auto known = payments.find(id);
        if (!known)
            return known.error();
        auto invoice = invoices.summaryByNumber(paid.reference);
        if (!invoice)
            return invoice.error();
        if (*known) {
            ++result.known;
        } else if (!*invoice) {
            result.unknown << paid.reference;
        } else {
            const InvoiceSummary &target = **invoice;
            const Money cash = std::min(paid.amount, target.open);
            PaymentAllocator::Plan plan { {}, paid.amount, Money::zero(paid.amount.currency()) };
            if (cash.isPositive() && cash.currency() == target.open.currency()) {
                plan.lines << PaymentAllocator::Line { target.number, cash, Money::zero(cash.currency()),
                    Money::zero(cash.currency()), cash == target.open };
                plan.unapplied -= cash;
            }
            PaymentPosting::Receipt receipt { target.customerId, std::min(paid.created.toUTC().date(), m_clock.today()),
                paid.amount, std::nullopt, tr("Online card payment"), paid.sessionId, id };
            auto recorded = posting.record(receipt, plan);
            if (!recorded)
                return makeError(recorded.error().code,
                    tr("the checkout %1 for %2 could not be recorded: %3")
                        .arg(paid.sessionId, paid.reference, recorded.error().detail));
            ++result.recorded;
            result.invoices << target.number;
        }
        latest = std::max(latest, paid.created);
    }
    // Events of the same second may still arrive: read from that second again next time.
    const QDateTime next = latest > after ? latest.addSecs(-1) : after;
    if (auto status = settings.setValue(kCollectedUntilKey, next.toString(Qt::ISODate)); !status)
        return status.error();
    return result;
}

} // namespace cc::services
