// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankLineRepository.h"

#include "cash/ProposalJson.h"

namespace cc::storage {
namespace {

const QString Columns = QStringLiteral(
    "l.id, l.entry_ref, l.bank_ref, l.end_to_end, l.booking_day, l.value_day, l.currency, l.amount_minor, "
    "l.counterparty_name, l.counterparty_iban, l.counterparty_bic, l.remittance, l.structured_ref, "
    "l.transaction_code, l.reversal, s.account, l.status, l.customer_id, l.confidence_bp, l.proposals, "
    "l.payment_id, l.matched_by");

BankLineRepository::MatchStatus statusFrom(const QString &name)
{
    using MatchStatus = BankLineRepository::MatchStatus;
    if (name == QLatin1String("suggested"))
        return MatchStatus::Suggested;
    if (name == QLatin1String("matched"))
        return MatchStatus::Matched;
    if (name == QLatin1String("dismissed"))
        return MatchStatus::Dismissed;
    return MatchStatus::Unmatched;
}

Result<BankLineRepository::Line> lineAt(const SqlStatement &row)
{
    auto currency = row.currency(6);
    if (!currency)
        return currency.error();
    BankLineRepository::Line line;
    line.id = row.text(0);
    bank::BankTransaction &bank = line.bank;
    bank.entryReference = row.text(1);
    bank.bankReference = row.text(2);
    bank.endToEndId = row.text(3);
    bank.bookingDate = row.date(4);
    bank.valueDate = row.date(5);
    bank.amount = Money(row.int64(7), *currency);
    bank.counterpartyName = row.text(8);
    bank.counterpartyIban = row.text(9);
    bank.counterpartyBic = row.text(10);
    bank.remittance = row.text(11);
    bank.structuredReference = row.text(12);
    bank.transactionCode = row.text(13);
    bank.reversal = row.int64(14) != 0;
    line.account = row.text(15);
    line.status = statusFrom(row.text(16));
    line.customerId = row.text(17);
    line.confidence = double(row.int64(18)) / 10000.0;
    auto proposals = cash::ProposalJson::read(row.text(19), *currency);
    if (!proposals)
        return makeError(ErrorCode::Storage, QStringLiteral("bank line %1: %2").arg(line.id, proposals.error().detail));
    line.proposals = *proposals;
    line.paymentId = row.text(20);
    line.matchedBy = row.text(21);
    return line;
}

} // namespace

QString BankLineRepository::statusName(MatchStatus status)
{
    switch (status) {
    case MatchStatus::Unmatched:
        return QStringLiteral("unmatched");
    case MatchStatus::Suggested:
        return QStringLiteral("suggested");
    case MatchStatus::Matched:
        return QStringLiteral("matched");
    case MatchStatus::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

Result<QList<BankLineRepository::Line>> BankLineRepository::awaitingMatch()
{
    return credits({ MatchStatus::Unmatched, MatchStatus::Suggested });
}

Result<QList<BankLineRepository::Line>> BankLineRepository::credits(const QList<MatchStatus> &statuses)
{
    QStringList names;
    for (const MatchStatus status : statuses)
        names << statusName(status);
    // Statuses are bound as one list; instr() keeps the statement a single prepared one.
    auto query
        = m_db.prepare(QStringLiteral("SELECT %1 FROM bank_lines l JOIN bank_statements s ON s.id = l.statement_id "
                                      "WHERE l.amount_minor > 0 AND l.reversal = 0 "
                                      "AND (?1 = '' OR instr(?1, ',' || l.status || ',') > 0) "
                                      "ORDER BY l.booking_day, l.rowid")
                           .arg(Columns));
    if (!query)
        return query.error();
    query->bind(1, names.isEmpty() ? QString() : QLatin1Char(',') + names.join(QLatin1Char(',')) + QLatin1Char(','));
    QList<Line> lines;
    if (auto status = query->forEachRow([&]() -> Status {
            auto line = lineAt(*query);
            if (!line)
                return line.error();
            lines << *line;
            return success();
        });
        !status)
        return status.error();
    return lines;
}

Result<std::optional<BankLineRepository::Line>> BankLineRepository::find(const QString &lineId)
{
    auto query = m_db.prepare(
        QStringLiteral("SELECT %1 FROM bank_lines l JOIN bank_statements s ON s.id = l.statement_id WHERE l.id = ?1")
            .arg(Columns));
    if (!query)
        return query.error();
    query->bind(1, lineId);
    auto found = query->next();
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Line>();
    auto line = lineAt(*query);
    if (!line)
        return line.error();
    return std::optional<Line>(*line);
}

Status BankLineRepository::saveProposals(
    const QString &lineId, MatchStatus status, const QList<cash::MatchProposal> &proposals)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE bank_lines SET status = ?2, customer_id = ?3, confidence_bp = ?4, proposals = ?5 WHERE id = ?1"));
    if (!update)
        return update.error();
    update->bind(1, lineId).bind(2, statusName(status));
    update->bindOrNull(3, proposals.isEmpty() ? QString() : proposals.first().customerId);
    update->bind(4, proposals.isEmpty() ? 0 : qRound64(proposals.first().confidence * 10000));
    update->bind(5, cash::ProposalJson::write(proposals));
    return update->run();
}

Status BankLineRepository::markPosted(
    const QString &lineId, const QString &customerId, const QString &paymentId, const QString &by)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE bank_lines SET status = 'matched', customer_id = ?2, payment_id = ?3, matched_by = ?4 WHERE id = ?1"));
    if (!update)
        return update.error();
    update->bind(1, lineId).bind(2, customerId).bind(3, paymentId).bind(4, by);
    return update->run();
}

Status BankLineRepository::markDismissed(const QString &lineId, const QString &by)
{
    auto update
        = m_db.prepare(QStringLiteral("UPDATE bank_lines SET status = 'dismissed', matched_by = ?2 WHERE id = ?1"));
    if (!update)
        return update.error();
    update->bind(1, lineId).bind(2, by);
    return update->run();
}

Status BankLineRepository::reopen(const QString &lineId)
{
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE bank_lines SET status = CASE WHEN proposals = '[]' THEN 'unmatched' ELSE 'suggested' END, "
        "payment_id = NULL, matched_by = '' WHERE id = ?1"));
    if (!update)
        return update.error();
    update->bind(1, lineId);
    return update->run();
}

} // namespace cc::storage
