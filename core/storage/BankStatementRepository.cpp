// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankStatementRepository.h"

#include "sync/Outbox.h"

#include <QCryptographicHash>
#include <QHash>
#include <QUuid>

namespace cc::storage {

QString BankStatementRepository::fingerprint(const QString &account, const bank::BankTransaction &line, int occurrence)
{
    const QStringList parts { account, line.bookingDate.toString(Qt::ISODate), line.amount.currency().code(),
        QString::number(line.amount.minorUnits()), line.entryReference, line.bankReference, line.endToEndId,
        line.counterpartyIban, line.remittance, line.structuredReference, QString::number(occurrence) };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString BankStatementRepository::idFrom(const QString &identity)
{
    // A UUID made from what the bank sent: every desktop importing it names it alike.
    const QByteArray hash = QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha256);
    return QUuid::fromRfc4122(hash.left(16)).toString(QUuid::WithoutBraces);
}

Result<BankStatementRepository::Stored> BankStatementRepository::store(
    const bank::BankStatement &statement, const QString &fileName, const QString &importedAt)
{
    const QString account = !statement.accountIban.isEmpty() ? statement.accountIban : statement.accountNumber;
    const auto day = [](const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); };
    const auto minor = [](const std::optional<Money> &balance) {
        return balance ? QString::number(balance->minorUnits()) : QString();
    };
    Stored stored;
    sync::Outbox outbox(m_db, m_clock);
    QString statementId = idFrom(QStringList {
        account, statement.format, statement.statementId, day(statement.openingDate), day(statement.closingDate) }
                                     .join(QChar(0x1f)));
    // Found by what identifies it, so a statement imported before ids were made this way is met too.
    auto known = m_db.cached(
        QStringLiteral("SELECT id FROM bank_statements WHERE account = ?1 AND format = ?2 AND statement_ref = ?3 "
                       "AND opening_day IS ?4 AND closing_day IS ?5"));
    if (!known)
        return known.error();
    (*known)->bind(1, account).bind(2, statement.format).bind(3, statement.statementId);
    (*known)->bind(4, statement.openingDate).bind(5, statement.closingDate);
    auto found = (*known)->next();
    if (!found)
        return found.error();
    if (*found)
        statementId = (*known)->text(0);
    (*known)->reset();
    if (!*found) {
        auto inserted = outbox.insert(QStringLiteral("bank_statements"), statementId,
            { { QStringLiteral("format"), statement.format },
                { QStringLiteral("statement_ref"), sync::notNull(statement.statementId) },
                { QStringLiteral("account"), sync::notNull(account) },
                { QStringLiteral("currency"), statement.currency },
                { QStringLiteral("opening_minor"), minor(statement.openingBalance) },
                { QStringLiteral("closing_minor"), minor(statement.closingBalance) },
                { QStringLiteral("opening_date"), day(statement.openingDate) },
                { QStringLiteral("closing_date"), day(statement.closingDate) },
                { QStringLiteral("balanced"), statement.balances() ? QStringLiteral("1") : QStringLiteral("0") },
                { QStringLiteral("file_name"), sync::notNull(fileName) },
                { QStringLiteral("imported_at"), importedAt } });
        if (!inserted)
            return inserted.error();
        stored.newStatement = true;
    }
    sync::FieldValues values { { QStringLiteral("statement_id"), statementId },
        { QStringLiteral("status"), QStringLiteral("unmatched") }, { QStringLiteral("customer_id"), QString() },
        { QStringLiteral("confidence_bp"), QStringLiteral("0") }, { QStringLiteral("proposals"), QStringLiteral("[]") },
        { QStringLiteral("payment_id"), QString() }, { QStringLiteral("matched_by"), QStringLiteral("") } };
    QHash<QString, int> occurrences;
    for (const bank::BankTransaction &t : statement.transactions) {
        const QString first = fingerprint(account, t, 0);
        const int occurrence = occurrences[first]++;
        const QString key = occurrence == 0 ? first : fingerprint(account, t, occurrence);
        // A line imported before has this id already: the insert is refused, nothing else.
        // One map for all lines, its values replaced: a statement may have a hundred thousand.
        values[QStringLiteral("fingerprint")] = key;
        values[QStringLiteral("entry_ref")] = sync::notNull(t.entryReference);
        values[QStringLiteral("bank_ref")] = sync::notNull(t.bankReference);
        values[QStringLiteral("end_to_end")] = sync::notNull(t.endToEndId);
        values[QStringLiteral("booking_date")] = day(t.bookingDate);
        values[QStringLiteral("value_date")] = day(t.valueDate);
        values[QStringLiteral("currency")] = t.amount.currency().code();
        values[QStringLiteral("amount_minor")] = QString::number(t.amount.minorUnits());
        values[QStringLiteral("counterparty_name")] = sync::notNull(t.counterpartyName);
        values[QStringLiteral("counterparty_iban")] = sync::notNull(t.counterpartyIban);
        values[QStringLiteral("counterparty_bic")] = sync::notNull(t.counterpartyBic);
        values[QStringLiteral("remittance")] = sync::notNull(t.remittance);
        values[QStringLiteral("structured_ref")] = sync::notNull(t.structuredReference);
        values[QStringLiteral("transaction_code")] = sync::notNull(t.transactionCode);
        values[QStringLiteral("reversal")] = t.reversal ? QStringLiteral("1") : QStringLiteral("0");
        auto inserted = outbox.insert(QStringLiteral("bank_lines"), idFrom(key), values);
        if (!inserted && inserted.error().code == ErrorCode::Duplicate) {
            ++stored.duplicates;
            continue;
        }
        if (!inserted)
            return inserted.error();
        ++stored.added;
    }
    return stored;
}

Result<qint64> BankStatementRepository::lineCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM bank_lines"));
}

} // namespace cc::storage
