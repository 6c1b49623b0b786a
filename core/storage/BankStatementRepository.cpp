// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankStatementRepository.h"

#include "common/RowId.h"

#include <QCryptographicHash>
#include <QHash>

namespace cc::storage {

QString BankStatementRepository::fingerprint(const QString &account, const bank::BankTransaction &line, int occurrence)
{
    const QStringList parts { account, line.bookingDate.toString(Qt::ISODate), line.amount.currency().code(),
        QString::number(line.amount.minorUnits()), line.entryReference, line.bankReference, line.endToEndId,
        line.counterpartyIban, line.remittance, line.structuredReference, QString::number(occurrence) };
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<BankStatementRepository::Stored> BankStatementRepository::store(
    const bank::BankStatement &statement, const QString &fileName, const QString &importedAt)
{
    const QString account = !statement.accountIban.isEmpty() ? statement.accountIban : statement.accountNumber;
    Stored stored;
    auto existing = m_db.prepare(
        QStringLiteral("SELECT id FROM bank_statements WHERE account = ?1 AND format = ?2 AND statement_ref = ?3 "
                       "AND opening_day IS ?4 AND closing_day IS ?5"));
    if (!existing)
        return existing.error();
    existing->bind(1, account).bind(2, statement.format).bind(3, statement.statementId);
    existing->bind(4, statement.openingDate).bind(5, statement.closingDate);
    auto found = existing->next();
    if (!found)
        return found.error();
    QString statementId = *found ? existing->text(0) : QString();
    if (statementId.isEmpty()) {
        statementId = newRowId();
        auto insert = m_db.prepare(QStringLiteral(
            "INSERT INTO bank_statements (id, format, statement_ref, account, currency, opening_minor, closing_minor, "
            "opening_day, closing_day, balanced, file_name, imported_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
            "?10, ?11, ?12)"));
        if (!insert)
            return insert.error();
        insert->bind(1, statementId).bind(2, statement.format).bind(3, statement.statementId).bind(4, account);
        insert->bind(5, statement.currency);
        if (statement.openingBalance)
            insert->bind(6, statement.openingBalance->minorUnits());
        else
            insert->bindNull(6);
        if (statement.closingBalance)
            insert->bind(7, statement.closingBalance->minorUnits());
        else
            insert->bindNull(7);
        insert->bind(8, statement.openingDate).bind(9, statement.closingDate).bind(10, statement.balances() ? 1 : 0);
        insert->bind(11, fileName).bind(12, importedAt);
        if (auto status = insert->run(); !status)
            return status.error();
        stored.newStatement = true;
    }

    auto line = m_db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO bank_lines (id, statement_id, fingerprint, entry_ref, bank_ref, end_to_end, "
        "booking_day, "
        "value_day, currency, amount_minor, counterparty_name, counterparty_iban, counterparty_bic, remittance, "
        "structured_ref, transaction_code, reversal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, ?15, ?16, ?17)"));
    if (!line)
        return line.error();
    QHash<QString, int> seen;
    for (const bank::BankTransaction &t : statement.transactions) {
        const QString key = fingerprint(account, t, 0);
        const int occurrence = seen[key]++;
        line->reset();
        line->bind(1, newRowId())
            .bind(2, statementId)
            .bind(3, occurrence == 0 ? key : fingerprint(account, t, occurrence));
        line->bind(4, t.entryReference).bind(5, t.bankReference).bind(6, t.endToEndId);
        line->bind(7, t.bookingDate).bind(8, t.valueDate).bind(9, t.amount.currency().code());
        line->bind(10, t.amount.minorUnits()).bind(11, t.counterpartyName).bind(12, t.counterpartyIban);
        line->bind(13, t.counterpartyBic).bind(14, t.remittance).bind(15, t.structuredReference);
        line->bind(16, t.transactionCode).bind(17, t.reversal ? 1 : 0);
        if (auto status = line->run(); !status)
            return status.error();
        if (m_db.changes() > 0)
            ++stored.added;
        else
            ++stored.duplicates;
    }
    return stored;
}

Result<qint64> BankStatementRepository::lineCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM bank_lines"));
}

} // namespace cc::storage
