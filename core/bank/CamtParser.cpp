// SPDX-License-Identifier: GPL-3.0-or-later
#include "CamtParser.h"

#include "BankAmount.h"

#include <QXmlStreamReader>

namespace cc::bank {

namespace {

/// What a TxDtls says about one transaction of an entry.
struct Details {
    QString endToEndId;
    QString bankReference;
    QString amount;
    QString amountCurrency;
    QString creditDebit;
    QString debtorName;
    QString debtorIban;
    QString debtorBic;
    QString creditorName;
    QString creditorIban;
    QString creditorBic;
    QStringList remittance;
    QString structuredReference;
    QString additional;
};

struct Entry {
    int line = 0;
    QString reference;
    QString bankReference;
    QString amount;
    QString currency;
    QString creditDebit;
    bool reversal = false;
    QDate booking;
    QDate value;
    QString domain;
    QString family;
    QString subFamily;
    QString proprietaryCode;
    QString additional;
    QList<Details> details;
};

struct Balance {
    int line = 0;
    QString type;
    QString amount;
    QString currency;
    QString creditDebit;
    QDate date;
};

/// Streams the message, keeping the path of element names, and builds statements as their
/// elements end.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(cc::bank::CamtParser)

public:
    explicit Reader(const QByteArray &xml)
        : m_xml(xml)
    {
    }

    Result<QList<BankStatement>> read();

private:
    /// The path ends with these element names.
    bool at(std::initializer_list<const char *> names) const;
    bool inside(const char *name) const;
    Error failure(const QString &what) const;
    Result<QDate> date(const QString &text) const;
    Status start();
    Status end(const QString &text);
    Status finishBalance();
    Status finishEntry();

    QXmlStreamReader m_xml;
    QStringList m_path;
    QString m_format;
    QString m_attributeCurrency; ///< Ccy of the Amt element being read
    QList<BankStatement> m_statements;
    std::optional<BankStatement> m_statement;
    std::optional<Balance> m_balance;
    std::optional<Entry> m_entry;
};

bool Reader::at(std::initializer_list<const char *> names) const
{
    if (qsizetype(names.size()) > m_path.size())
        return false;
    qsizetype i = m_path.size() - qsizetype(names.size());
    for (const char *name : names) {
        if (m_path[i++] != QLatin1String(name))
            return false;
    }
    return true;
}

bool Reader::inside(const char *name) const
{
    return m_path.contains(QLatin1String(name));
}

Error Reader::failure(const QString &what) const
{
    return makeError(ErrorCode::InvalidInput,
        tr("line %1, %2: %3").arg(m_xml.lineNumber()).arg(m_path.join(QLatin1Char('/')), what));
}

Result<QDate> Reader::date(const QString &text) const
{
    // A date-time's own calendar day, whatever its zone: what the bank printed.
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    if (!day.isValid())
        return failure(tr("\"%1\" is not a date").arg(text));
    return day;
}

Result<QList<BankStatement>> Reader::read()
{
    QString text;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            m_path.append(m_xml.name().toString());
            text.clear();
            if (auto started = start(); !started)
                return started.error();
            break;
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (auto ended = end(text.trimmed()); !ended)
                return ended.error();
            text.clear();
            m_path.removeLast();
            break;
        default:
            break;
        }
    }
    if (m_xml.hasError())
        return makeError(ErrorCode::InvalidInput, tr("line %1: %2").arg(m_xml.lineNumber()).arg(m_xml.errorString()));
    if (m_format.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("no camt.052, camt.053 or camt.054 message in the file"));
    if (m_statements.isEmpty())
        return makeError(
            ErrorCode::InvalidInput, tr("the %1 message holds no statement, report or notification").arg(m_format));
    return m_statements;
}

Status Reader::start()
{
    const QString name = m_path.last();
    if (m_path.size() == 1) {
        if (name != QLatin1String("Document") || !m_xml.namespaceUri().contains(QLatin1String(":camt.05")))
            return failure(tr("not an ISO 20022 camt document"));
        return success();
    }
    if (m_path.size() == 2) {
        // Version .01 names the message with a suffix: BkToCstmrStmtV01.
        if (name.startsWith(QLatin1String("BkToCstmrStmt")))
            m_format = QStringLiteral("camt.053");
        else if (name.startsWith(QLatin1String("BkToCstmrAcctRpt")))
            m_format = QStringLiteral("camt.052");
        else if (name.startsWith(QLatin1String("BkToCstmrDbtCdtNtfctn")))
            m_format = QStringLiteral("camt.054");
        else
            return failure(tr("not a bank-to-customer statement, report or notification"));
        return success();
    }
    if (m_path.size() == 3
        && (name == QLatin1String("Stmt") || name == QLatin1String("Rpt") || name == QLatin1String("Ntfctn"))) {
        m_statement = BankStatement {};
        m_statement->format = m_format;
    } else if (name == QLatin1String("Bal") && m_statement && m_path.size() == 4) {
        m_balance = Balance {};
        m_balance->line = int(m_xml.lineNumber());
    } else if (name == QLatin1String("Ntry") && m_statement && m_path.size() == 4) {
        m_entry = Entry {};
        m_entry->line = int(m_xml.lineNumber());
    } else if (name == QLatin1String("TxDtls") && m_entry) {
        m_entry->details.append(Details {});
    } else if (name == QLatin1String("Amt")) {
        m_attributeCurrency = m_xml.attributes().value(QLatin1String("Ccy")).toString();
    }
    return success();
}

Status Reader::end(const QString &text)
{
    if (!m_statement)
        return success();
    if (m_path.size() == 3) { // the statement itself
        m_statements.append(*m_statement);
        m_statement.reset();
        return success();
    }
    if (m_balance) {
        if (at({ "Bal" }) && m_path.size() == 4)
            return finishBalance();
        if (at({ "Tp", "CdOrPrtry", "Cd" }) || at({ "Tp", "CdOrPrtry", "Prtry" }))
            m_balance->type = text;
        else if (at({ "Bal", "Amt" }))
            m_balance->amount = text, m_balance->currency = m_attributeCurrency;
        else if (at({ "Bal", "CdtDbtInd" }))
            m_balance->creditDebit = text;
        else if (at({ "Bal", "Dt", "Dt" }) || at({ "Bal", "Dt", "DtTm" })) {
            auto day = date(text);
            if (!day)
                return day.error();
            m_balance->date = *day;
        }
        return success();
    }
    if (m_entry) {
        if (at({ "Ntry" }) && m_path.size() == 4)
            return finishEntry();
        Details *details = inside("TxDtls") && !m_entry->details.isEmpty() ? &m_entry->details.last() : nullptr;
        if (details) {
            if (at({ "Refs", "EndToEndId" }))
                details->endToEndId = text;
            else if (at({ "Refs", "AcctSvcrRef" }))
                details->bankReference = text;
            else if (at({ "TxDtls", "Amt" }) || at({ "AmtDtls", "TxAmt", "Amt" }))
                details->amount = text, details->amountCurrency = m_attributeCurrency;
            else if (at({ "TxDtls", "CdtDbtInd" }))
                details->creditDebit = text;
            else if (at({ "RltdPties", "Dbtr", "Nm" }) || at({ "RltdPties", "Dbtr", "Pty", "Nm" }))
                details->debtorName = text;
            else if (at({ "RltdPties", "DbtrAcct", "Id", "IBAN" }))
                details->debtorIban = text;
            else if (at({ "RltdPties", "Cdtr", "Nm" }) || at({ "RltdPties", "Cdtr", "Pty", "Nm" }))
                details->creditorName = text;
            else if (at({ "RltdPties", "CdtrAcct", "Id", "IBAN" }))
                details->creditorIban = text;
            else if (at({ "DbtrAgt", "FinInstnId", "BIC" }) || at({ "DbtrAgt", "FinInstnId", "BICFI" }))
                details->debtorBic = text;
            else if (at({ "CdtrAgt", "FinInstnId", "BIC" }) || at({ "CdtrAgt", "FinInstnId", "BICFI" }))
                details->creditorBic = text;
            else if (at({ "RmtInf", "Ustrd" }))
                details->remittance.append(text);
            else if (at({ "Strd", "CdtrRefInf", "Ref" }))
                details->structuredReference = text;
            else if (at({ "TxDtls", "AddtlTxInf" }))
                details->additional = text;
            return success();
        }
        if (at({ "Ntry", "NtryRef" }))
            m_entry->reference = text;
        else if (at({ "Ntry", "AcctSvcrRef" }))
            m_entry->bankReference = text;
        else if (at({ "Ntry", "Amt" }))
            m_entry->amount = text, m_entry->currency = m_attributeCurrency;
        else if (at({ "Ntry", "CdtDbtInd" }))
            m_entry->creditDebit = text;
        else if (at({ "Ntry", "RvslInd" }))
            m_entry->reversal = text == QLatin1String("true") || text == QLatin1String("1");
        else if (at({ "Ntry", "BookgDt", "Dt" }) || at({ "Ntry", "BookgDt", "DtTm" }) || at({ "Ntry", "ValDt", "Dt" })
            || at({ "Ntry", "ValDt", "DtTm" })) {
            auto day = date(text);
            if (!day)
                return day.error();
            (inside("BookgDt") ? m_entry->booking : m_entry->value) = *day;
        } else if (at({ "Ntry", "BkTxCd", "Domn", "Cd" }))
            m_entry->domain = text;
        else if (at({ "Ntry", "BkTxCd", "Domn", "Fmly", "Cd" }))
            m_entry->family = text;
        else if (at({ "Ntry", "BkTxCd", "Domn", "Fmly", "SubFmlyCd" }))
            m_entry->subFamily = text;
        else if (at({ "Ntry", "BkTxCd", "Prtry", "Cd" }))
            m_entry->proprietaryCode = text;
        else if (at({ "Ntry", "AddtlNtryInf" }))
            m_entry->additional = text;
        return success();
    }
    if (at({ "Acct", "Id", "IBAN" }) && m_path.size() == 6)
        m_statement->accountIban = text;
    else if (at({ "Acct", "Id", "Othr", "Id" }) && m_path.size() == 7)
        m_statement->accountNumber = text;
    else if (at({ "Acct", "Ccy" }) && m_path.size() == 5)
        m_statement->currency = text;
    else if (at({ "Id" }) && m_path.size() == 4)
        m_statement->statementId = text;
    return success();
}

Status Reader::finishBalance()
{
    const Balance balance = *m_balance;
    m_balance.reset();
    const bool opening = balance.type == QLatin1String("OPBD") || balance.type == QLatin1String("PRCD");
    const bool closing = balance.type == QLatin1String("CLBD");
    if (!opening && !closing)
        return success();
    if (opening && m_statement->openingBalance && balance.type == QLatin1String("PRCD"))
        return success(); // the opening booked balance wins over the previous day's closing
    auto amount = parseBankAmount(balance.amount, balance.currency, balance.creditDebit);
    if (!amount)
        return makeError(ErrorCode::InvalidInput,
            tr("line %1, balance %2: %3").arg(balance.line).arg(balance.type, amount.error().detail));
    if (opening) {
        m_statement->openingBalance = *amount;
        m_statement->openingDate = balance.date;
    } else {
        m_statement->closingBalance = *amount;
        m_statement->closingDate = balance.date;
    }
    if (m_statement->currency.isEmpty())
        m_statement->currency = amount->currency().code();
    return success();
}

Status Reader::finishEntry()
{
    const Entry entry = *m_entry;
    m_entry.reset();
    const auto refuse = [&](const QString &what) {
        return makeError(ErrorCode::InvalidInput, tr("line %1, entry: %2").arg(entry.line).arg(what));
    };
    auto amount = parseBankAmount(entry.amount, entry.currency, entry.creditDebit);
    if (!amount)
        return refuse(amount.error().detail);
    QString code = entry.proprietaryCode;
    if (!entry.domain.isEmpty())
        code = QStringList { entry.domain, entry.family, entry.subFamily }.join(QLatin1Char('/'));
    const auto transaction = [&](const Details &details, const Money &money) {
        BankTransaction t;
        t.endToEndId = details.endToEndId;
        t.entryReference = !entry.reference.isEmpty() ? entry.reference : details.endToEndId;
        t.bankReference = !details.bankReference.isEmpty() ? details.bankReference : entry.bankReference;
        t.bookingDate = entry.booking.isValid() ? entry.booking : entry.value;
        t.valueDate = entry.value;
        t.amount = money;
        // Who paid us on a credit, whom we paid on a debit.
        const bool credit = money.isPositive();
        t.counterpartyName = credit ? details.debtorName : details.creditorName;
        t.counterpartyIban = credit ? details.debtorIban : details.creditorIban;
        t.counterpartyBic = credit ? details.debtorBic : details.creditorBic;
        QStringList texts = details.remittance;
        if (texts.isEmpty() && !details.additional.isEmpty())
            texts << details.additional;
        if (texts.isEmpty() && !entry.additional.isEmpty())
            texts << entry.additional;
        t.remittance = texts.join(QLatin1Char(' ')).simplified();
        t.structuredReference = details.structuredReference;
        t.transactionCode = code;
        t.reversal = entry.reversal;
        return t;
    };
    // A batch booked with each transaction's amount in the account's currency, adding up to the
    // entry: one transaction each. Otherwise the entry as one, with its first details.
    QList<Money> parts;
    qint64 sum = 0;
    for (const Details &details : entry.details) {
        if (entry.details.size() < 2 || details.amount.isEmpty()
            || (!details.amountCurrency.isEmpty() && details.amountCurrency != entry.currency))
            break;
        auto part = parseBankAmount(
            details.amount, entry.currency, details.creditDebit.isEmpty() ? entry.creditDebit : details.creditDebit);
        if (!part)
            return refuse(part.error().detail);
        parts.append(*part);
        sum += part->minorUnits();
    }
    if (parts.size() != entry.details.size() || sum != amount->minorUnits()) {
        m_statement->transactions.append(transaction(entry.details.value(0), *amount));
        return success();
    }
    for (qsizetype i = 0; i < parts.size(); ++i)
        m_statement->transactions.append(transaction(entry.details[i], parts[i]));
    return success();
}

} // namespace

bool CamtParser::recognizes(const QByteArray &head)
{
    return head.contains("urn:iso:std:iso:20022:tech:xsd:camt.05");
}

Result<QList<BankStatement>> CamtParser::parse(const QByteArray &xml)
{
    return Reader(xml).read();
}

} // namespace cc::bank
