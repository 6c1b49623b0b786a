// SPDX-License-Identifier: GPL-3.0-or-later
#include "CashApplication.h"

#include "PaymentPosting.h"
#include "TeamSettings.h"
#include "WriteOffs.h"
#include "cash/InvoiceReferenceIndex.h"
#include "cash/PayerName.h"
#include "storage/InvoiceRepository.h"
#include "storage/MatchingSnapshot.h"
#include "storage/PayerLinkRepository.h"
#include "storage/Transaction.h"

namespace cc::services {
namespace {

using Kind = storage::PayerLinkRepository::Kind;

QString nowText(const Clock &clock)
{
    return clock.now().toString(Qt::ISODateWithMs);
}

QString bankReferenceOf(const bank::BankTransaction &line)
{
    for (const QString &reference : { line.entryReference, line.endToEndReference(), line.bankReference }) {
        if (!reference.isEmpty())
            return reference;
    }
    return line.remittance.left(60);
}

} // namespace

Result<QList<CashApplication::Line>> CashApplication::run(const Options &options, JobControl &job)
{
    storage::BankLineRepository repository(m_db, m_clock);
    auto lines = repository.awaitingMatch();
    if (!lines)
        return lines.error();
    cash::PayerDirectory payers;
    cash::MatchEngine engine(payers);
    if (auto loaded = storage::MatchingSnapshot(m_db, m_clock).load(payers, engine, job); !loaded)
        return loaded.error();

    storage::Transaction transaction(m_db);
    if (options.post) {
        if (auto begun = transaction.begin(); !begun)
            return begun.error();
    }
    storage::PayerLinkRepository links(m_db, m_clock);
    const qint64 total = lines->size();
    for (qint64 done = 0; done < total; ++done) {
        if (job.isCanceled())
            return makeError(ErrorCode::Cancelled, tr("matching was cancelled; nothing was posted"));
        job.setProgress(done, total);
        Line &line = (*lines)[done];
        line.proposals = engine.propose(line.bank);
        const cash::MatchProposal *best = line.proposals.isEmpty() ? nullptr : &line.proposals.first();
        line.confidence = best ? best->confidence : 0;
        line.customerId = best ? best->customerId : QString();
        line.status = !best || best->confidence < SuggestionFloor ? MatchStatus::Unmatched
            : best->confidence < options.threshold                ? MatchStatus::Suggested
                                                                  : MatchStatus::Matched;
        if (!options.post) {
            if (line.status == MatchStatus::Matched)
                engine.settle(best->plan);
            continue;
        }
        if (line.status == MatchStatus::Matched) {
            storage::Transaction attempt(m_db);
            if (auto begun = attempt.begin(); !begun)
                return begun.error();
            auto payment = record(line, *best, QStringLiteral("auto"));
            if (payment && !line.bank.counterpartyIban.isEmpty()
                && payers.customerOfAccount(line.bank.counterpartyIban) != best->customerId) {
                const QString account = cash::PayerDirectory::accountKey(line.bank.counterpartyIban);
                if (auto learned = links.learn(Kind::Account, account, best->customerId, line.id, nowText(m_clock));
                    !learned)
                    return learned.error();
                payers.learnAccount(account, best->customerId);
            }
            if (payment) {
                if (auto committed = attempt.commit(); !committed)
                    return committed.error();
                engine.settle(best->plan);
                line.paymentId = *payment;
                line.matchedBy = QStringLiteral("auto");
                continue;
            }
            // Refused as it stands (a date ahead of today, say): a person looks at it.
            line.status = MatchStatus::Suggested;
            line.proposals.first().reasons << tr("not posted: %1").arg(payment.error().detail);
        }
        if (auto saved = repository.saveProposals(line.id, line.status, line.proposals); !saved)
            return saved.error();
    }
    job.setProgress(total, total);
    if (options.post) {
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return *lines;
}

Result<QString> CashApplication::record(const Line &line, const cash::MatchProposal &proposal, const QString &by)
{
    PaymentPosting posting(m_db, m_clock, m_author);
    const PaymentPosting::Receipt receipt { proposal.customerId, line.bank.bookingDate, line.bank.amount, std::nullopt,
        QStringLiteral("transfer"), bankReferenceOf(line.bank), {}, line.id };
    auto payment = posting.record(receipt, proposal.plan);
    if (!payment)
        return payment.error();
    // The posted match first, then the other customers' proposals, should it be undone.
    QList<cash::MatchProposal> kept { proposal };
    for (const cash::MatchProposal &other : line.proposals) {
        if (other.customerId != proposal.customerId)
            kept << other;
    }
    if (auto marked = storage::BankLineRepository(m_db, m_clock).markPosted(line.id, kept, *payment, by); !marked)
        return marked.error();
    return payment;
}

QString CashApplication::nothingFound()
{
    return tr("no reference, payer or amount points to an open invoice");
}

Result<CashApplication::Line> CashApplication::lineFor(const QString &lineId)
{
    auto line = storage::BankLineRepository(m_db, m_clock).find(lineId);
    if (!line)
        return line.error();
    if (!*line)
        return makeError(ErrorCode::NotFound, tr("there is no bank line %1").arg(lineId));
    return **line;
}

const QString CashApplication::ThresholdKey = QStringLiteral("cash.auto_post_threshold");

Result<double> CashApplication::threshold()
{
    auto stored = TeamSettings(m_db, m_clock).value(ThresholdKey);
    if (!stored)
        return stored.error();
    bool numeric = false;
    const double value = stored->value_or(QString()).toDouble(&numeric);
    return numeric && value >= SuggestionFloor && value <= 1 ? value : DefaultThreshold;
}

Status CashApplication::setThreshold(double threshold)
{
    if (!(threshold >= SuggestionFloor && threshold <= 1))
        return makeError(
            ErrorCode::InvalidInput, tr("the threshold is a share from %1 to 1, such as 0.9").arg(SuggestionFloor));
    return TeamSettings(m_db, m_clock).setValue(ThresholdKey, QString::number(threshold, 'f', 2));
}

Result<CashApplication::Posted> CashApplication::post(
    const QString &lineId, const cash::MatchProposal &proposal, bool writeOffShort)
{
    auto line = lineFor(lineId);
    if (!line)
        return line.error();
    if (line->status == MatchStatus::Matched)
        return makeError(ErrorCode::InvalidInput,
            tr("bank line %1 is posted already, as payment %2; undo that first").arg(lineId, line->paymentId));
    Posted posted;
    auto written = storage::inTransaction(m_db, [&]() -> Status {
        auto payment = record(*line, proposal, m_author);
        if (!payment)
            return payment.error();
        posted.paymentId = *payment;
        if (writeOffShort) {
            if (auto written = writeOffWhatIsLeft(*line, proposal, posted.writeOffs); !written)
                return written;
            QStringList ids;
            for (const WriteOff &writeOff : std::as_const(posted.writeOffs))
                ids << writeOff.id;
            if (auto noted = storage::BankLineRepository(m_db, m_clock).noteWriteOffs(lineId, ids); !noted)
                return noted;
        }
        storage::PayerLinkRepository links(m_db, m_clock);
        const QString at = nowText(m_clock);
        if (auto learned = links.learn(Kind::Account, cash::PayerDirectory::accountKey(line->bank.counterpartyIban),
                proposal.customerId, lineId, at);
            !learned)
            return learned;
        if (auto learned = links.learn(
                Kind::Name, cash::PayerName::normalized(line->bank.counterpartyName), proposal.customerId, lineId, at);
            !learned)
            return learned;
        // Words of the text that are not the invoice numbers: the customer's number with us, say.
        QStringList numbers;
        for (const auto &planned : proposal.plan.lines)
            numbers << cash::InvoiceReferenceIndex::compact(planned.number);
        for (const QString &token : cash::PayerDirectory::tokensOf(line->bank.remittance)) {
            const bool isNumber = std::any_of(numbers.cbegin(), numbers.cend(),
                [&](const QString &number) { return number.contains(token) || token.contains(number); });
            if (isNumber)
                continue;
            if (auto learned = links.learn(Kind::Token, token, proposal.customerId, lineId, at); !learned)
                return learned;
        }
        return success();
    });
    if (!written)
        return written.error();
    return posted;
}

Status CashApplication::writeOffWhatIsLeft(
    const Line &line, const cash::MatchProposal &proposal, QList<WriteOff> &writeOffs)
{
    storage::InvoiceRepository invoices(m_db);
    WriteOffs writeOff(m_db, m_clock, m_author);
    for (const auto &planned : proposal.plan.lines) {
        auto summary = invoices.summaryByNumber(planned.number);
        if (!summary)
            return summary.error();
        if (!*summary || !(*summary)->open.isPositive())
            continue;
        auto requested = writeOff.request(
            planned.number, (*summary)->open, tr("paid short by the bank transfer %1").arg(bankReferenceOf(line.bank)));
        if (!requested)
            return requested.error();
        writeOffs << *requested;
    }
    return success();
}

Status CashApplication::undo(const QString &lineId)
{
    auto line = lineFor(lineId);
    if (!line)
        return line.error();
    if (line->status != MatchStatus::Matched || line->paymentId.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, tr("bank line %1 is not posted; there is nothing to undo").arg(lineId));
    // A write-off is not taken back: undoing the payment alone would leave it behind.
    if (!line->writeOffs.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("the match of bank line %1 wrote off what it left open (%2); it cannot be undone, record a correction "
               "instead")
                .arg(lineId, line->writeOffs.join(QStringLiteral(", "))));
    return storage::inTransaction(m_db, [&]() -> Status {
        if (auto reversed = PaymentPosting(m_db, m_clock, m_author)
                                .reverse(line->paymentId, m_clock.today(),
                                    tr("the match of bank line %1 was undone").arg(bankReferenceOf(line->bank)));
            !reversed)
            return reversed;
        if (auto forgotten = storage::PayerLinkRepository(m_db, m_clock).forget(lineId); !forgotten)
            return forgotten;
        return storage::BankLineRepository(m_db, m_clock).reopen(lineId);
    });
}

Status CashApplication::dismiss(const QString &lineId)
{
    auto line = lineFor(lineId);
    if (!line)
        return line.error();
    if (line->status == MatchStatus::Matched)
        return makeError(ErrorCode::InvalidInput, tr("bank line %1 is posted; undo the match first").arg(lineId));
    return storage::inTransaction(
        m_db, [&] { return storage::BankLineRepository(m_db, m_clock).markDismissed(lineId, m_author); });
}

Status CashApplication::restore(const QString &lineId)
{
    auto line = lineFor(lineId);
    if (!line)
        return line.error();
    if (line->status != MatchStatus::Dismissed)
        return makeError(ErrorCode::InvalidInput, tr("bank line %1 is not dismissed").arg(lineId));
    return storage::inTransaction(m_db, [&] { return storage::BankLineRepository(m_db, m_clock).reopen(lineId); });
}

} // namespace cc::services
