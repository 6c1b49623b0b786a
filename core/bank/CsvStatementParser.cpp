// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvStatementParser.h"

#include "services/CsvReader.h"

#include <QHash>

#include <algorithm>

namespace cc::bank {
namespace {

/// A line read, with its running balance if the file gives one.
struct Entry {
    int line = 0;
    QString account;
    BankTransaction transaction;
    std::optional<Money> balance;
};

class Columns {
public:
    Columns(const QStringList &header, bool named)
        : m_header(header)
        , m_named(named)
    {
    }

    /// The 0-based index a mapping's column reference names: a header name or a 1-based number.
    Result<int> index(const QString &reference) const
    {
        bool numeric = false;
        const int number = reference.toInt(&numeric);
        if (numeric && number >= 1)
            return number - 1;
        const int found = m_named ? int(m_header.indexOf(reference)) : -1;
        if (found < 0)
            return makeError(ErrorCode::InvalidInput,
                m_named ? CsvStatementParser::tr("the column \"%1\" is not in the header (%2)")
                              .arg(reference, m_header.join(QStringLiteral(", ")))
                        : CsvStatementParser::tr("\"%1\" names no column: without a header, give column numbers")
                              .arg(reference));
        return found;
    }

private:
    QStringList m_header;
    bool m_named;
};

/// "1.234,56", "-1,234.56", "+12,00", "(12.00)", "12.00-": minor units, signed.
Result<Money> readAmount(QString text, const Currency &currency, QChar decimal)
{
    text.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    bool negative = false;
    if (text.startsWith(QLatin1Char('(')) && text.endsWith(QLatin1Char(')'))) {
        negative = true;
        text = text.mid(1, text.size() - 2);
    }
    if (text.endsWith(QLatin1Char('-'))) {
        negative = !negative;
        text.chop(1);
    }
    if (text.startsWith(QLatin1Char('+')))
        text.remove(0, 1);
    else if (text.startsWith(QLatin1Char('-'))) {
        negative = !negative;
        text.remove(0, 1);
    }
    text.remove(decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(','));
    auto amount = Money::parse(text, currency, decimal);
    if (!amount || amount->isNegative())
        return makeError(ErrorCode::InvalidInput, CsvStatementParser::tr("\"%1\" is not an amount").arg(text));
    return negative ? -*amount : *amount;
}

/// Whether each balance follows from the one before and the entry: oldest first (forward) or
/// newest first. Returns 0 when one order holds throughout; else the line where the order that
/// held longer breaks, and `newestFirst` says which order that was.
int firstBrokenBalance(const QList<Entry> &entries, bool &newestFirst)
{
    const auto breaks = [&](bool reverse) {
        for (qsizetype i = 1; i < entries.size(); ++i) {
            const Money &previous = *entries[i - 1].balance;
            const Money &current = *entries[i].balance;
            const bool follows = reverse ? previous - entries[i - 1].transaction.amount == current
                                         : previous + entries[i].transaction.amount == current;
            if (!follows)
                return entries[i].line;
        }
        return 0;
    };
    const int forward = breaks(false);
    if (forward == 0) {
        newestFirst = false;
        return 0;
    }
    const int backward = breaks(true);
    newestFirst = backward == 0 || backward > forward;
    return backward == 0 ? 0 : std::max(forward, backward);
}

BankStatement statementOf(const QString &account, const QList<Entry> &entries)
{
    BankStatement statement;
    statement.format = QStringLiteral("csv");
    (account.size() > 14 && account.front().isLetter() ? statement.accountIban : statement.accountNumber) = account;
    statement.currency = entries.first().transaction.amount.currency().code();
    for (const Entry &entry : entries) {
        const QDate day = entry.transaction.bookingDate;
        if (!statement.openingDate.isValid() || day < statement.openingDate)
            statement.openingDate = day;
        if (!statement.closingDate.isValid() || day > statement.closingDate)
            statement.closingDate = day;
        statement.transactions << entry.transaction;
    }
    statement.statementId = statement.openingDate.toString(Qt::ISODate) + QStringLiteral("..")
        + statement.closingDate.toString(Qt::ISODate);
    const bool balanced
        = std::all_of(entries.cbegin(), entries.cend(), [](const Entry &e) { return e.balance.has_value(); });
    if (balanced) {
        bool newestFirst = false;
        if (const int broken = firstBrokenBalance(entries, newestFirst); broken > 0)
            statement.problems
                << CsvStatementParser::tr("line %1: the balance does not follow from the line before").arg(broken);
        const Entry &oldest = newestFirst ? entries.last() : entries.first();
        const Entry &newest = newestFirst ? entries.first() : entries.last();
        statement.openingBalance = *oldest.balance - oldest.transaction.amount;
        statement.closingBalance = newest.balance;
    }
    return statement;
}

} // namespace

Result<QList<BankStatement>> CsvStatementParser::parse(const QByteArray &content, const CsvStatementMapping &mapping)
{
    QString text
        = mapping.encoding == QLatin1String("ISO-8859-1") ? QString::fromLatin1(content) : QString::fromUtf8(content);
    for (int skipped = 0; skipped < mapping.skipLines; ++skipped) {
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        text = end < 0 ? QString() : text.mid(end + 1);
    }
    const int lineOffset = mapping.skipLines;
    services::CsvReader reader = services::CsvReader::fromBytes(text.toUtf8(), mapping.delimiter.front());
    QStringList header;
    if (mapping.header) {
        auto first = reader.next();
        if (!first)
            return first.error();
        if (!*first)
            return makeError(ErrorCode::InvalidInput, tr("the file has no header line"));
        for (const QString &name : (*first)->fields)
            header << name.trimmed();
    }
    const Columns columns(header, mapping.header);
    const auto column = [&](const QString &reference) -> Result<int> {
        return reference.isEmpty() ? Result<int>(-1) : columns.index(reference);
    };
    QHash<QString, int> at;
    for (const auto &[key, reference] : std::initializer_list<std::pair<const char *, QString>> {
             { "date", mapping.date }, { "value_date", mapping.valueDate }, { "amount", mapping.amount },
             { "direction", mapping.direction }, { "credit", mapping.credit }, { "debit", mapping.debit },
             { "currency", mapping.currencyColumn }, { "account", mapping.accountColumn }, { "payer", mapping.payer },
             { "iban", mapping.iban }, { "reference", mapping.reference }, { "balance", mapping.balance } }) {
        auto index = column(reference);
        if (!index)
            return index.error();
        at.insert(QLatin1String(key), *index);
    }
    QList<int> textColumns;
    for (const QString &reference : mapping.text) {
        auto index = column(reference);
        if (!index)
            return index.error();
        textColumns << *index;
    }

    // A statement per account and currency, in the order met: a multi-currency account (PayPal,
    // a foreign-currency wallet) keeps a balance in each.
    using Ledger = std::pair<QString, QString>;
    QList<Ledger> ledgers;
    QHash<Ledger, QList<Entry>> byLedger;
    const QChar decimal = mapping.decimal.front();
    for (;;) {
        auto record = reader.next();
        if (!record)
            return record.error();
        if (!*record)
            break;
        const QStringList &fields = (*record)->fields;
        const int line = (*record)->line + lineOffset;
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        const auto field = [&](const char *key) {
            const int index = at.value(QLatin1String(key), -1);
            return index >= 0 && index < fields.size() ? fields[index].trimmed() : QString();
        };
        const auto fail = [&](const QString &reference, const QString &problem) {
            return makeError(
                ErrorCode::InvalidInput, tr("line %1, column \"%2\": %3").arg(line).arg(reference, problem));
        };
        Entry entry;
        entry.line = line;
        BankTransaction &t = entry.transaction;
        t.bookingDate = QDate::fromString(field("date"), mapping.dateFormat);
        if (!t.bookingDate.isValid())
            return fail(mapping.date, tr("\"%1\" is not a date in the form %2").arg(field("date"), mapping.dateFormat));
        if (!mapping.valueDate.isEmpty() && !field("value_date").isEmpty()) {
            t.valueDate = QDate::fromString(field("value_date"), mapping.dateFormat);
            if (!t.valueDate.isValid())
                return fail(mapping.valueDate,
                    tr("\"%1\" is not a date in the form %2").arg(field("value_date"), mapping.dateFormat));
        }
        const QString code = mapping.currency.isEmpty() ? field("currency").toUpper() : mapping.currency;
        auto currency = Currency::fromCode(code);
        if (!currency)
            return fail(mapping.currency.isEmpty() ? mapping.currencyColumn : QStringLiteral("currency"),
                tr("\"%1\" is not a currency").arg(code));
        if (!mapping.amount.isEmpty()) {
            auto amount = readAmount(field("amount"), *currency, decimal);
            if (!amount)
                return fail(mapping.amount, amount.error().detail);
            t.amount = *amount;
            if (!mapping.direction.isEmpty()) {
                const bool moneyIn = field("direction").compare(mapping.creditMarker, Qt::CaseInsensitive) == 0;
                t.amount = moneyIn ? Money(std::abs(t.amount.minorUnits()), *currency)
                                   : Money(-std::abs(t.amount.minorUnits()), *currency);
            }
        } else {
            Money amount = Money::zero(*currency);
            for (const auto &[key, reference, sign] :
                { std::tuple { "credit", mapping.credit, 1 }, std::tuple { "debit", mapping.debit, -1 } }) {
                const QString value = field(key);
                if (reference.isEmpty() || value.isEmpty())
                    continue;
                auto part = readAmount(value, *currency, decimal);
                if (!part)
                    return fail(reference, part.error().detail);
                amount += Money(sign * std::abs(part->minorUnits()), *currency);
            }
            t.amount = amount;
        }
        if (t.amount.isZero())
            continue; // a booking of nothing, as some banks list waived fees
        if (!mapping.balance.isEmpty()) {
            auto balance = readAmount(field("balance"), *currency, decimal);
            if (!balance)
                return fail(mapping.balance, balance.error().detail);
            entry.balance = *balance;
        }
        t.counterpartyName = field("payer");
        t.counterpartyIban = field("iban").remove(QLatin1Char(' '));
        t.entryReference = field("reference");
        QStringList remittance;
        for (const int index : std::as_const(textColumns)) {
            const QString part = index < fields.size() ? fields[index].simplified() : QString();
            if (!part.isEmpty())
                remittance << part;
        }
        t.remittance = remittance.join(QLatin1Char(' '));
        entry.account = mapping.account.isEmpty() ? field("account").remove(QLatin1Char(' ')) : mapping.account;
        if (entry.account.isEmpty())
            return fail(mapping.accountColumn, tr("no account"));
        const Ledger ledger { entry.account, code };
        if (!byLedger.contains(ledger))
            ledgers << ledger;
        byLedger[ledger] << entry;
    }
    QList<BankStatement> statements;
    for (const Ledger &ledger : std::as_const(ledgers))
        statements << statementOf(ledger.first, byLedger.value(ledger));
    return statements;
}

} // namespace cc::bank
