// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bai2Parser.h"

#include "BankAmount.h"

#include <QRegularExpression>

namespace cc::bank {

namespace {

struct Record {
    QString type; ///< "01", "02", "03", "16", "49", …
    QStringList fields; ///< after the type, the closing "/" removed
    QString continuation; ///< text of 88 records that follow, for a detail's text
    int line = 0;
};

/// Logical records: each ended by "/" or its line (some files put several on one line), each 88
/// record folded into the record before it.
QList<Record> records(const QString &text)
{
    static const QRegularExpression nextRecord(QStringLiteral("/\\s*(?=\\d\\d,)"));
    QList<Record> list;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        for (QString line : lines[i].split(nextRecord)) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            if (line.endsWith(QLatin1Char('/')))
                line.chop(1);
            QString type = line.section(QLatin1Char(','), 0, 0);
            QString rest = line.section(QLatin1Char(','), 1);
            // A record's text wrapped onto a line of its own, without 88.
            static const QRegularExpression recordType(QStringLiteral("^\\d\\d$"));
            if (!recordType.match(type).hasMatch()) {
                type = QStringLiteral("88");
                rest = line;
            }
            if (type == QLatin1String("88") && !list.isEmpty()) {
                Record &previous = list.last();
                if (previous.type == QLatin1String("16")) {
                    previous.continuation
                        += (previous.continuation.isEmpty() ? QString() : QStringLiteral(" ")) + rest.trimmed();
                } else {
                    previous.fields += rest.split(QLatin1Char(','));
                }
                continue;
            }
            list.append({ type, rest.split(QLatin1Char(',')), {}, i + 1 });
        }
    }
    return list;
}

QDate bankDate(const QString &yymmdd)
{
    if (yymmdd.size() != 6)
        return {};
    return QDate::fromString(QStringLiteral("20") + yymmdd, QStringLiteral("yyyyMMdd"));
}

/// Fields a funds type adds after it: S three amounts, V a value date and time, D a count of pairs.
int fundsFields(const QStringList &fields, qsizetype at)
{
    const QString funds = fields.value(at).trimmed();
    if (funds == QLatin1String("S"))
        return 3;
    if (funds == QLatin1String("V"))
        return 2;
    if (funds == QLatin1String("D"))
        return 1 + 2 * fields.value(at + 1).toInt();
    return 0;
}

class Reader {
    Q_DECLARE_TR_FUNCTIONS(cc::bank::Bai2Parser)

public:
    Result<QList<BankStatement>> read(const QList<Record> &records);

private:
    Error failure(const Record &record, const QString &what) const
    {
        return makeError(ErrorCode::InvalidInput, tr("line %1, record %2: %3").arg(record.line).arg(record.type, what));
    }
    Result<qint64> amount(const Record &record, const QString &text) const;
    Status account(const Record &record);
    Status detail(const Record &record);
    Status trailer(const Record &record);

    QString m_fileId;
    QString m_groupCurrency = QStringLiteral("USD");
    QDate m_asOf;
    std::optional<BankStatement> m_statement;
    qint64 m_controlSum = 0;
    QList<BankStatement> m_statements;
};

Result<qint64> Reader::amount(const Record &record, const QString &text) const
{
    const QString digits = text.trimmed();
    if (digits.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return failure(record, tr("\"%1\" is not an amount").arg(digits));
    return value;
}

Status Reader::account(const Record &record)
{
    m_statement = BankStatement {};
    m_statement->format = QStringLiteral("bai2");
    m_statement->accountNumber = record.fields.value(0).trimmed();
    m_statement->currency
        = record.fields.value(1).trimmed().isEmpty() ? m_groupCurrency : record.fields.value(1).trimmed();
    m_statement->statementId = QStringLiteral("%1/%2").arg(m_fileId, m_asOf.toString(Qt::ISODate));
    m_statement->openingDate = m_asOf;
    m_statement->closingDate = m_asOf;
    m_controlSum = 0;
    auto currency = Currency::fromCode(m_statement->currency);
    if (!currency)
        return failure(record, tr("\"%1\" is not a currency").arg(m_statement->currency));
    // Repeating, on across 88 lines (which may split a group anywhere): type code, amount, item
    // count, funds type and what that adds. A line closed with ",/" leaves one empty field where
    // the next group's code would be: passed over.
    const QStringList &fields = record.fields;
    for (qsizetype at = 2; at + 1 < fields.size();) {
        const QString code = fields.value(at).trimmed();
        if (code.isEmpty()) {
            ++at;
            continue;
        }
        auto minor = amount(record, fields.value(at + 1));
        if (!minor)
            return minor.error();
        m_controlSum += *minor;
        if (code == QLatin1String("010"))
            m_statement->openingBalance = Money(*minor, *currency);
        else if (code == QLatin1String("015"))
            m_statement->closingBalance = Money(*minor, *currency);
        at += 4 + fundsFields(fields, at + 3);
    }
    return success();
}

Status Reader::detail(const Record &record)
{
    if (!m_statement)
        return failure(record, tr("a transaction before any account record (03)"));
    const int code = record.fields.value(0).trimmed().toInt();
    auto minor = amount(record, record.fields.value(1));
    if (!minor)
        return minor.error();
    m_controlSum += *minor;
    auto currency = Currency::fromCode(m_statement->currency);
    const qsizetype funds = 2;
    const qsizetype references = funds + 1 + fundsFields(record.fields, funds);
    BankTransaction transaction;
    transaction.amount = Money(code >= 400 && code < 700 ? -*minor : *minor, *currency);
    transaction.transactionCode = record.fields.value(0).trimmed();
    transaction.bookingDate = m_asOf;
    transaction.valueDate = record.fields.value(funds).trimmed() == QLatin1String("V")
        ? bankDate(record.fields.value(funds + 1).trimmed())
        : m_asOf;
    transaction.bankReference = record.fields.value(references).trimmed();
    const QString customer = record.fields.value(references + 1).trimmed();
    transaction.entryReference = !transaction.bankReference.isEmpty() ? transaction.bankReference : customer;
    transaction.endToEndId = customer;
    QString text = record.fields.mid(references + 2).join(QLatin1Char(',')).trimmed();
    if (!record.continuation.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + record.continuation;
    transaction.remittance = text.simplified();
    m_statement->transactions.append(transaction);
    return success();
}

Status Reader::trailer(const Record &record)
{
    if (!m_statement)
        return failure(record, tr("an account trailer without its account"));
    auto total = amount(record, record.fields.value(0));
    if (!total)
        return total.error();
    if (*total != m_controlSum)
        m_statement->problems << tr("line %1: the account's control total is %2, but its records add up to %3")
                                     .arg(record.line)
                                     .arg(*total)
                                     .arg(m_controlSum);
    m_statements.append(*m_statement);
    m_statement.reset();
    return success();
}

Result<QList<BankStatement>> Reader::read(const QList<Record> &list)
{
    if (list.isEmpty() || list.first().type != QLatin1String("01"))
        return makeError(ErrorCode::InvalidInput, tr("line 1: a BAI2 file starts with a file header record (01)"));
    for (const Record &record : list) {
        if (record.type == QLatin1String("01")) {
            m_fileId = record.fields.value(4).trimmed();
        } else if (record.type == QLatin1String("02")) {
            m_asOf = bankDate(record.fields.value(3).trimmed());
            if (!m_asOf.isValid())
                return failure(record, tr("\"%1\" is not an as-of date").arg(record.fields.value(3)));
            if (!record.fields.value(5).trimmed().isEmpty())
                m_groupCurrency = record.fields.value(5).trimmed();
        } else if (record.type == QLatin1String("03")) {
            if (auto status = account(record); !status)
                return status.error();
        } else if (record.type == QLatin1String("16")) {
            if (auto status = detail(record); !status)
                return status.error();
        } else if (record.type == QLatin1String("49")) {
            if (auto status = trailer(record); !status)
                return status.error();
        } else if (record.type != QLatin1String("98") && record.type != QLatin1String("99")) {
            return failure(record, tr("not a BAI2 record type"));
        }
    }
    if (m_statement)
        return makeError(ErrorCode::InvalidInput, tr("the file ends inside an account: no account trailer (49)"));
    return m_statements;
}

} // namespace

bool Bai2Parser::recognizes(const QByteArray &head)
{
    return head.startsWith("01,") && head.contains("\n02,");
}

Result<QList<BankStatement>> Bai2Parser::parse(const QByteArray &content)
{
    QString text = QString::fromLatin1(content);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return Reader().read(records(text));
}

} // namespace cc::bank
