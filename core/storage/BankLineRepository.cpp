// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankLineRepository.h"

#include "cash/ProposalJson.h"
#include "sync/Outbox.h"

namespace cc::storage {
namespace {

const QString Columns = QStringLiteral(
    "l.id, l.entry_ref, l.bank_ref, l.end_to_end, l.booking_day, l.value_day, l.currency, l.amount_minor, "
    "l.counterparty_name, l.counterparty_iban, l.counterparty_bic, l.remittance, l.structured_ref, "
    "l.transaction_code, l.reversal, s.account, l.status, l.customer_id, l.confidence_bp, l.proposals, "
    "l.payment_id, l.matched_by, l.write_offs");

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
    line.writeOffs = row.text(22).split(QLatin1Char(','), Qt::SkipEmptyParts);
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

Status BankLineRepository::change(const QString &lineId, const sync::FieldValues &values)
{
    auto changed = sync::Outbox(m_db, m_clock).update(QStringLiteral("bank_lines"), lineId, values);
    return changed ? success() : Status(changed.error());
}

sync::FieldValues BankLineRepository::proposalValues(MatchStatus status, const QList<cash::MatchProposal> &proposals)
{
    return { { QStringLiteral("status"), statusName(status) },
        { QStringLiteral("customer_id"), proposals.isEmpty() ? QString() : proposals.first().customerId },
        { QStringLiteral("confidence_bp"),
            QString::number(proposals.isEmpty() ? 0 : qRound64(proposals.first().confidence * 10000)) },
        { QStringLiteral("proposals"), cash::ProposalJson::write(proposals) } };
}

Status BankLineRepository::saveProposals(
    const QString &lineId, MatchStatus status, const QList<cash::MatchProposal> &proposals)
{
    return change(lineId, proposalValues(status, proposals));
}

Status BankLineRepository::markPosted(
    const QString &lineId, const QList<cash::MatchProposal> &proposals, const QString &paymentId, const QString &by)
{
    // One change: the server holds a line matched exactly when it names its payment.
    sync::FieldValues values = proposalValues(MatchStatus::Matched, proposals);
    values.insert(QStringLiteral("payment_id"), paymentId);
    values.insert(QStringLiteral("matched_by"), sync::notNull(by));
    return change(lineId, values);
}

Status BankLineRepository::markDismissed(const QString &lineId, const QString &by)
{
    return change(lineId,
        { { QStringLiteral("status"), statusName(MatchStatus::Dismissed) },
            { QStringLiteral("matched_by"), sync::notNull(by) } });
}

Status BankLineRepository::noteWriteOffs(const QString &lineId, const QStringList &writeOffIds)
{
    return change(lineId, { { QStringLiteral("write_offs"), writeOffIds.join(QLatin1Char(',')) } });
}

Status BankLineRepository::reopen(const QString &lineId)
{
    auto line = find(lineId);
    if (!line)
        return line.error();
    if (!*line)
        return makeError(ErrorCode::NotFound, QStringLiteral("there is no bank line %1").arg(lineId));
    return change(lineId,
        { { QStringLiteral("status"),
              statusName((*line)->proposals.isEmpty() ? MatchStatus::Unmatched : MatchStatus::Suggested) },
            { QStringLiteral("payment_id"), QString() }, { QStringLiteral("matched_by"), QStringLiteral("") } });
}

} // namespace cc::storage
