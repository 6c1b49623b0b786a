// SPDX-License-Identifier: GPL-3.0-or-later
#include "Mt940Parser.h"

#include "BankAmount.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace cc::bank {

namespace {

struct Field {
    QString tag;
    QString value;
    int line = 0;
};

/// The text as the bank wrote it: UTF-8 when it is valid UTF-8, else Latin-1 (most MT940 files).
QString decoded(const QByteArray &content)
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(content);
    if (utf8.hasError())
        text = QString::fromLatin1(content);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

/// The tagged fields in order; a line not starting a tag continues the field before it. The
/// SWIFT envelope ({1:…}{2:…}{4:) and the end marks (-, -}) are not fields.
QList<Field> fields(const QString &text)
{
    static const QRegularExpression tagLine(QStringLiteral("^:(\\d\\d[A-Z]?):(.*)$"));
    QList<Field> list;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.startsWith(QLatin1Char('{'))) {
            const qsizetype body = line.indexOf(QLatin1String("{4:"));
            if (body < 0)
                continue;
            line = line.mid(body + 3);
        }
        if (line.trimmed() == QLatin1String("-") || line.trimmed() == QLatin1String("-}")
            || line.trimmed() == QLatin1String("}"))
            continue;
        // A tag broken after its first colon (":" then "86:…") is one tag.
        if (line == QLatin1String(":") && i + 1 < lines.size()) {
            line += lines[++i];
        }
        const QRegularExpressionMatch tag = tagLine.match(line);
        if (tag.hasMatch())
            list.append({ tag.captured(1), tag.captured(2), i + 1 });
        else if (!list.isEmpty() && !line.isEmpty())
            list.last().value += QLatin1Char('\n') + line;
    }
    return list;
}

/// YYMMDD; a day past the month's end (banks write 30 February) is the month's last day.
QDate swiftDate(QStringView text)
{
    if (text.size() != 6)
        return {};
    bool ok = false;
    const int year = text.left(2).toInt(&ok);
    const int month = text.mid(2, 2).toInt();
    const int day = text.mid(4, 2).toInt();
    if (!ok || month < 1 || month > 12 || day < 1 || day > 31)
        return {};
    const QDate first(year < 80 ? 2000 + year : 1900 + year, month, 1);
    return first.addDays(std::min(day, first.daysInMonth()) - 1);
}

QString swiftAmount(QString text)
{
    text.replace(QLatin1Char(','), QLatin1Char('.'));
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

/// The text after each key `keys` matches (its first capture), up to the next key; a key seen
/// twice keeps its first value.
QMap<QString, QString> keyedValues(const QString &text, const QRegularExpression &keys)
{
    QMap<QString, QString> values;
    QString key;
    qsizetype from = -1;
    const auto keep = [&](qsizetype to) {
        if (!key.isEmpty() && !values.contains(key))
            values.insert(key, text.mid(from, to < 0 ? -1 : to - from).trimmed());
    };
    QRegularExpressionMatchIterator it = keys.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        keep(match.capturedStart());
        key = match.captured(1);
        from = match.capturedEnd();
    }
    keep(-1);
    return values;
}

/// The pieces of a German structured :86: (GVC then ?NN subfields).
void readGermanDetails(const QString &text, BankTransaction &transaction)
{
    const QChar separator = text.at(3);
    QMap<int, QString> subfields;
    const QStringList parts = QString(text).remove(QLatin1Char('\n')).mid(4).split(separator);
    for (const QString &part : parts) {
        bool ok = false;
        const int code = part.left(2).toInt(&ok);
        if (ok && part.size() >= 2)
            subfields[code] += part.mid(2);
    }
    QString remittance;
    for (int code = 20; code <= 29; ++code)
        remittance += subfields.value(code);
    for (int code = 60; code <= 63; ++code)
        remittance += subfields.value(code);
    // SEPA keys within the remittance: EREF+ end-to-end id, SVWZ+ the payer's text.
    static const QRegularExpression keys(QStringLiteral("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC)\\+"));
    const QMap<QString, QString> sepa = keyedValues(remittance, keys);
    transaction.remittance
        = (sepa.contains(QStringLiteral("SVWZ")) ? sepa.value(QStringLiteral("SVWZ")) : remittance).simplified();
    if (sepa.contains(QStringLiteral("EREF")) && sepa.value(QStringLiteral("EREF")) != QLatin1String("NOTPROVIDED"))
        transaction.endToEndId = sepa.value(QStringLiteral("EREF"));
    transaction.counterpartyBic = subfields.value(30).trimmed();
    transaction.counterpartyIban = subfields.value(31).trimmed();
    transaction.counterpartyName = (subfields.value(32) + subfields.value(33)).simplified();
    transaction.transactionCode = text.left(3);
}

/// Dutch /TAG/value/ pairs: NAME, IBAN, BIC, REMI, EREF.
void readSlashDetails(const QString &text, BankTransaction &transaction)
{
    static const QRegularExpression tag(
        QStringLiteral("/(TRTP|IBAN|BIC|NAME|REMI|EREF|CSID|MARF|ORDP|BENM|ADDR|ISDT|RTRN|CNTP|ID)/"));
    const QString flat = QString(text).remove(QLatin1Char('\n'));
    const QMap<QString, QString> values = keyedValues(flat, tag);
    const auto value = [&](const char *name) {
        return values.value(QLatin1String(name)).remove(QRegularExpression(QStringLiteral("/$"))).trimmed();
    };
    transaction.counterpartyName = value("NAME");
    transaction.counterpartyIban = value("IBAN");
    transaction.counterpartyBic = value("BIC");
    transaction.endToEndId = value("EREF") == QLatin1String("NOTPROVIDED") ? QString() : value("EREF");
    QString remittance = value("REMI");
    remittance.remove(QRegularExpression(QStringLiteral("^(USTD|STRD)//?")));
    transaction.remittance = (remittance.isEmpty() ? flat : remittance).simplified();
}

class Reader {
    Q_DECLARE_TR_FUNCTIONS(cc::bank::Mt940Parser)

public:
    Result<QList<BankStatement>> read(const QList<Field> &fields);

private:
    Error failure(const Field &field, const QString &what) const
    {
        return makeError(ErrorCode::InvalidInput, tr("line %1, :%2:: %3").arg(field.line).arg(field.tag, what));
    }
    Result<Money> balance(const Field &field, QDate *date);
    Status line(const Field &field);
    void details(const Field &field);
    void close();

    QList<BankStatement> m_statements;
    std::optional<BankStatement> m_statement;
    bool m_lastIsLine = false;
};

void Reader::close()
{
    if (m_statement)
        m_statements.append(*m_statement);
    m_statement.reset();
    m_lastIsLine = false;
}

Result<Money> Reader::balance(const Field &field, QDate *date)
{
    // D/C mark, YYMMDD, currency (some banks leave it out after the first), amount with a decimal comma.
    static const QRegularExpression pattern(QStringLiteral("^\\s*([CD])(\\d{6})([A-Z]{3})?([\\d,]+)"));
    const QRegularExpressionMatch match = pattern.match(field.value);
    if (!match.hasMatch())
        return failure(
            field, tr("\"%1\" is not a balance (C or D, YYMMDD, currency, amount)").arg(field.value.simplified()));
    *date = swiftDate(match.captured(2));
    if (!date->isValid())
        return failure(field, tr("\"%1\" is not a date").arg(match.captured(2)));
    const QString currency = match.captured(3).isEmpty() ? m_statement->currency : match.captured(3);
    if (currency.isEmpty())
        return failure(field, tr("the balance names no currency"));
    auto amount = parseBankAmount(swiftAmount(match.captured(4)), currency, match.captured(1));
    if (!amount)
        return failure(field, amount.error().detail);
    if (m_statement->currency.isEmpty())
        m_statement->currency = currency;
    return amount;
}

Status Reader::line(const Field &field)
{
    // Value date, entry date (MMDD), C/D/RC/RD, funds code, amount, type, customer // bank reference.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d[\\d,]*)([NSF][A-"
                                                           "Z0-9]{3})?([^\\n]*?)(?://([^\\n]*))?(?:\\n(.*))?$"),
        QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatch match = pattern.match(field.value);
    if (!match.hasMatch()) // some banks wrap the line before its amount
        match = pattern.match(QString(field.value).remove(QLatin1Char('\n')));
    if (!match.hasMatch())
        return failure(field, tr("\"%1\" is not a statement line").arg(field.value.section(QLatin1Char('\n'), 0, 0)));
    if (m_statement->currency.isEmpty())
        return failure(field, tr("no currency yet: the statement gives no opening balance before its first line"));
    BankTransaction transaction;
    transaction.valueDate = swiftDate(match.captured(1));
    if (!transaction.valueDate.isValid())
        return failure(field, tr("\"%1\" is not a date").arg(match.captured(1)));
    transaction.bookingDate = transaction.valueDate;
    if (!match.captured(2).isEmpty()) {
        const int month = match.captured(2).left(2).toInt();
        const int day = match.captured(2).mid(2).toInt();
        int year = transaction.valueDate.year();
        // Booked in December for a January value, or the other way round.
        if (month == 12 && transaction.valueDate.month() == 1)
            --year;
        else if (month == 1 && transaction.valueDate.month() == 12)
            ++year;
        const QDate first(year, std::clamp(month, 1, 12), 1);
        if (first.isValid() && day >= 1)
            transaction.bookingDate = first.addDays(std::min(day, first.daysInMonth()) - 1);
    }
    const QString mark = match.captured(3);
    // RC reverses a credit (money out), RD a debit (money in).
    const bool debit = mark == QLatin1String("D") || mark == QLatin1String("RC");
    auto amount = parseBankAmount(
        swiftAmount(match.captured(5)), m_statement->currency, debit ? QStringLiteral("D") : QStringLiteral("C"));
    if (!amount)
        return failure(field, amount.error().detail);
    transaction.amount = *amount;
    transaction.reversal = mark.startsWith(QLatin1Char('R'));
    transaction.transactionCode = match.captured(6);
    const QString customer = match.captured(7).trimmed();
    transaction.entryReference = customer == QLatin1String("NONREF") ? QString() : customer;
    transaction.bankReference = match.captured(8).trimmed();
    transaction.remittance = match.captured(9).simplified();
    m_statement->transactions.append(transaction);
    m_lastIsLine = true;
    return success();
}

void Reader::details(const Field &field)
{
    if (!m_lastIsLine || m_statement->transactions.isEmpty())
        return;
    BankTransaction &transaction = m_statement->transactions.last();
    const QString text = field.value;
    const QString supplementary = transaction.remittance;
    static const QRegularExpression german(QStringLiteral("^\\d{3}[?>@|]"));
    if (german.match(text).hasMatch())
        readGermanDetails(text, transaction);
    else if (text.contains(QLatin1String("/NAME/")) || text.contains(QLatin1String("/REMI/"))
        || text.contains(QLatin1String("/IBAN/")))
        readSlashDetails(text, transaction);
    else
        transaction.remittance = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified();
    if (transaction.remittance.isEmpty())
        transaction.remittance = supplementary;
}

Result<QList<BankStatement>> Reader::read(const QList<Field> &fields)
{
    for (const Field &field : fields) {
        if (field.tag == QLatin1String("20")) {
            close();
            m_statement = BankStatement {};
            m_statement->format = QStringLiteral("mt940");
            m_statement->statementId = field.value.trimmed();
            continue;
        }
        if (!m_statement) { // a fragment without :20:
            m_statement = BankStatement {};
            m_statement->format = QStringLiteral("mt940");
        }
        if (field.tag == QLatin1String("25")) {
            // An IBAN, or bank code/account; some banks append the currency.
            QString account = field.value.simplified();
            static const QRegularExpression withCurrency(QStringLiteral("^(.*?)\\s*([A-Z]{3})$"));
            const QRegularExpressionMatch match = withCurrency.match(account);
            if (match.hasMatch() && Currency::fromCode(match.captured(2)).ok()
                && !account.startsWith(match.captured(2))) {
                account = match.captured(1);
                if (m_statement->currency.isEmpty())
                    m_statement->currency = match.captured(2);
            }
            static const QRegularExpression iban(QStringLiteral("^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$"));
            if (iban.match(account).hasMatch())
                m_statement->accountIban = account;
            else
                m_statement->accountNumber = account;
        } else if (field.tag.startsWith(QLatin1String("28"))) {
            if (m_statement->statementId.isEmpty())
                m_statement->statementId = field.value.trimmed();
            else
                m_statement->statementId += QLatin1Char('/') + field.value.trimmed();
        } else if (field.tag == QLatin1String("60F") || field.tag == QLatin1String("60M")) {
            QDate day;
            auto amount = balance(field, &day);
            if (!amount)
                return amount.error();
            if (!m_statement->openingBalance) {
                m_statement->openingBalance = *amount;
                m_statement->openingDate = day;
            }
        } else if (field.tag == QLatin1String("62F") || field.tag == QLatin1String("62M")) {
            QDate day;
            auto amount = balance(field, &day);
            if (!amount)
                return amount.error();
            m_statement->closingBalance = *amount;
            m_statement->closingDate = day;
        } else if (field.tag == QLatin1String("34F") || field.tag == QLatin1String("90D")
            || field.tag == QLatin1String("90C")) {
            static const QRegularExpression currency(QStringLiteral("([A-Z]{3})"));
            const QRegularExpressionMatch match = currency.match(field.value);
            if (match.hasMatch() && m_statement->currency.isEmpty())
                m_statement->currency = match.captured(1);
        } else if (field.tag == QLatin1String("61")) {
            if (auto status = line(field); !status)
                return status.error();
            continue;
        } else if (field.tag == QLatin1String("86")) {
            details(field);
        }
        m_lastIsLine = false;
    }
    close();
    if (m_statements.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("no MT940 statement in the file (no :20: or other tag)"));
    return m_statements;
}

} // namespace

bool Mt940Parser::recognizes(const QByteArray &head)
{
    return head.contains(":20:") && (head.contains(":25:") || head.contains(":60F:"));
}

Result<QList<BankStatement>> Mt940Parser::parse(const QByteArray &content)
{
    return Reader().read(fields(decoded(content)));
}

} // namespace cc::bank
