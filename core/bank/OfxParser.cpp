// SPDX-License-Identifier: GPL-3.0-or-later
#include "OfxParser.h"

#include "BankAmount.h"

#include <QRegularExpression>

namespace cc::bank {

namespace {

/// Elements that hold a value: an empty one (<MEMO> then the next tag) is no aggregate.
bool isLeaf(const QString &element)
{
    static const QStringList leaves { QStringLiteral("TRNTYPE"), QStringLiteral("DTPOSTED"), QStringLiteral("DTUSER"),
        QStringLiteral("DTAVAIL"), QStringLiteral("TRNAMT"), QStringLiteral("FITID"), QStringLiteral("CORRECTFITID"),
        QStringLiteral("CORRECTACTION"), QStringLiteral("SRVRTID"), QStringLiteral("CHECKNUM"),
        QStringLiteral("REFNUM"), QStringLiteral("SIC"), QStringLiteral("PAYEEID"), QStringLiteral("NAME"),
        QStringLiteral("EXTDNAME"), QStringLiteral("MEMO"), QStringLiteral("BALAMT"), QStringLiteral("DTASOF"),
        QStringLiteral("CURDEF"), QStringLiteral("BANKID"), QStringLiteral("BRANCHID"), QStringLiteral("ACCTID"),
        QStringLiteral("ACCTTYPE"), QStringLiteral("ACCTKEY"), QStringLiteral("DTSTART"), QStringLiteral("DTEND"),
        QStringLiteral("CODE"), QStringLiteral("SEVERITY"), QStringLiteral("MESSAGE"), QStringLiteral("DTSERVER"),
        QStringLiteral("LANGUAGE"), QStringLiteral("TRNUID") };
    return leaves.contains(element);
}

class Reader {
    Q_DECLARE_TR_FUNCTIONS(cc::bank::OfxParser)

public:
    Result<QList<BankStatement>> read(const QString &text);

private:
    Error failure(const QString &element, const QString &what) const
    {
        return makeError(ErrorCode::InvalidInput, tr("line %1, <%2>: %3").arg(m_line).arg(element, what));
    }
    Result<QDate> date(const QString &element, const QString &value) const;
    Result<Money> amount(const QString &element, QString value, const QString &currency) const;
    Status leaf(const QString &element, const QString &value);
    Status open(const QString &element);
    Status close(const QString &element);

    int m_line = 1;
    QStringList m_open; ///< aggregates, outermost first
    std::optional<BankStatement> m_statement;
    std::optional<BankTransaction> m_transaction;
    QString m_memo;
    QString m_amountText; ///< read when the transaction ends: its own currency may follow it
    int m_amountLine = 0;
    QString m_transactionCurrency;
    QString m_balance;
    QString m_balanceDate;
    QList<BankStatement> m_statements;
};

Result<QDate> Reader::date(const QString &element, const QString &value) const
{
    // YYYYMMDD, then perhaps a time, fractions and a zone: the bank's calendar day.
    const QDate day = QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
    if (!day.isValid())
        return failure(element, tr("\"%1\" is not a date").arg(value));
    return day;
}

Result<Money> Reader::amount(const QString &element, QString value, const QString &currency) const
{
    value.remove(QLatin1Char(' '));
    const bool negative = value.startsWith(QLatin1Char('-'));
    if (negative || value.startsWith(QLatin1Char('+')))
        value.remove(0, 1);
    if (!value.contains(QLatin1Char('.')))
        value.replace(QLatin1Char(','), QLatin1Char('.'));
    auto money = parseBankAmount(value, currency, negative ? QStringLiteral("D") : QString());
    if (!money)
        return failure(element, money.error().detail);
    return money;
}

Status Reader::open(const QString &element)
{
    m_open.append(element);
    if (element == QLatin1String("STMTRS") || element == QLatin1String("CCSTMTRS")) {
        m_statement = BankStatement {};
        m_statement->format = QStringLiteral("ofx");
    } else if (element == QLatin1String("STMTTRN") && m_statement) {
        m_transaction = BankTransaction {};
        m_memo.clear();
        m_amountText.clear();
        m_transactionCurrency.clear();
    }
    return success();
}

Status Reader::close(const QString &element)
{
    const qsizetype at = m_open.lastIndexOf(element);
    if (at < 0)
        return success(); // the closing tag of a leaf (XML)
    m_open.resize(at);
    if (element == QLatin1String("STMTTRN") && m_transaction && m_statement) {
        BankTransaction transaction = *m_transaction;
        m_transaction.reset();
        if (!transaction.bookingDate.isValid())
            return failure(element, tr("a transaction without its posting date (DTPOSTED)"));
        if (m_amountText.isEmpty())
            return failure(element, tr("a transaction without its amount (TRNAMT)"));
        const QString currency = !m_transactionCurrency.isEmpty() ? m_transactionCurrency : m_statement->currency;
        if (currency.isEmpty())
            return failure(element, tr("no currency: neither the statement (CURDEF) nor the transaction names one"));
        const int closingLine = std::exchange(m_line, m_amountLine); // errors name the amount's line
        auto money = amount(QStringLiteral("TRNAMT"), m_amountText, currency);
        m_line = closingLine;
        if (!money)
            return money.error();
        transaction.amount = *money;
        if (m_statement->currency.isEmpty()) // CURDEF left empty; the transactions name it
            m_statement->currency = currency;
        if (transaction.remittance.isEmpty() || (!m_memo.isEmpty() && m_memo.startsWith(transaction.remittance)))
            transaction.remittance = m_memo;
        else if (!m_memo.isEmpty() && !transaction.remittance.contains(m_memo))
            transaction.remittance += QLatin1Char(' ') + m_memo;
        m_statement->transactions.append(transaction);
    } else if ((element == QLatin1String("STMTRS") || element == QLatin1String("CCSTMTRS")) && m_statement) {
        if (!m_balance.isEmpty()) {
            auto closing = amount(QStringLiteral("BALAMT"), m_balance, m_statement->currency);
            if (!closing)
                return closing.error();
            m_statement->closingBalance = *closing;
            if (!m_balanceDate.isEmpty()) {
                auto day = date(QStringLiteral("DTASOF"), m_balanceDate);
                if (!day)
                    return day.error();
                m_statement->closingDate = *day;
            }
        }
        m_balance.clear();
        m_balanceDate.clear();
        m_statements.append(*m_statement);
        m_statement.reset();
        m_transaction.reset(); // one left open ends with its statement
    }
    return success();
}

Status Reader::leaf(const QString &element, const QString &value)
{
    if (!m_statement)
        return success();
    const QString parent = m_open.value(m_open.size() - 1);
    if (m_transaction && parent == QLatin1String("STMTTRN")) {
        if (element == QLatin1String("DTPOSTED")) {
            auto day = date(element, value);
            if (!day)
                return day.error();
            m_transaction->bookingDate = *day;
            if (!m_transaction->valueDate.isValid())
                m_transaction->valueDate = *day;
        } else if (element == QLatin1String("DTAVAIL") || element == QLatin1String("DTUSER")) {
            auto day = date(element, value);
            if (!day)
                return day.error();
            m_transaction->valueDate = *day;
        } else if (element == QLatin1String("TRNAMT")) {
            m_amountText = value;
            m_amountLine = m_line;
        } else if (element == QLatin1String("FITID")) {
            m_transaction->entryReference = value;
            m_transaction->bankReference = value;
        } else if (element == QLatin1String("REFNUM") || element == QLatin1String("CHECKNUM")) {
            m_transaction->endToEndId = value;
        } else if (element == QLatin1String("NAME")) {
            m_transaction->counterpartyName = value;
        } else if (element == QLatin1String("MEMO")) {
            m_memo = value;
        } else if (element == QLatin1String("TRNTYPE")) {
            m_transaction->transactionCode = value;
        }
        return success();
    }
    if (m_transaction && element == QLatin1String("CURSYM")
        && (parent == QLatin1String("CURRENCY") || parent == QLatin1String("ORIGCURRENCY"))) {
        m_transactionCurrency = value;
        return success();
    }
    if (element == QLatin1String("CURDEF"))
        m_statement->currency = value;
    else if (element == QLatin1String("ACCTID")
        && (parent == QLatin1String("BANKACCTFROM") || parent == QLatin1String("CCACCTFROM")))
        m_statement->accountNumber = value;
    else if (element == QLatin1String("BALAMT") && parent == QLatin1String("LEDGERBAL"))
        m_balance = value;
    else if (element == QLatin1String("DTASOF") && parent == QLatin1String("LEDGERBAL"))
        m_balanceDate = value;
    else if (element == QLatin1String("DTSTART") && parent == QLatin1String("BANKTRANLIST")) {
        auto day = date(element, value);
        if (!day)
            return day.error();
        m_statement->openingDate = *day;
    }
    return success();
}

Result<QList<BankStatement>> Reader::read(const QString &text)
{
    // Tags, and the text after each up to the next tag; comments and processing instructions skipped.
    static const QRegularExpression token(QStringLiteral("<!--.*?-->|<\\?.*?\\?>|<(/?)([A-Za-z0-9.]+)>([^<]*)"),
        QRegularExpression::DotMatchesEverythingOption);
    qsizetype counted = 0;
    QRegularExpressionMatchIterator it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        m_line += int(text.mid(counted, match.capturedStart() - counted).count(QLatin1Char('\n')));
        counted = match.capturedStart();
        if (match.captured(2).isEmpty())
            continue;
        const QString element = match.captured(2).toUpper();
        const QString value = match.captured(3).trimmed();
        if (!match.captured(1).isEmpty()) {
            if (auto status = close(element); !status)
                return status.error();
        } else if (value.isEmpty() && !isLeaf(element)) {
            if (auto status = open(element); !status)
                return status.error();
        } else if (auto status = leaf(element, value); !status) {
            return status.error();
        }
    }
    if (m_statement)
        return makeError(ErrorCode::InvalidInput, tr("the file ends inside a statement (no </STMTRS>)"));
    if (m_statements.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, tr("no bank or credit card statement (STMTRS, CCSTMTRS) in the file"));
    return m_statements;
}

} // namespace

bool OfxParser::recognizes(const QByteArray &head)
{
    return head.contains("OFXHEADER") || head.contains("<OFX>");
}

Result<QList<BankStatement>> OfxParser::parse(const QByteArray &content)
{
    // Most OFX is Latin-1 (CHARSET:1252) or ASCII; XML OFX declares UTF-8.
    const bool utf8 = content.left(200).contains("UTF-8") || content.left(200).contains("utf-8");
    QString text = utf8 ? QString::fromUtf8(content) : QString::fromLatin1(content);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return Reader().read(text);
}

} // namespace cc::bank
