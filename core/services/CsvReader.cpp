// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace cc::services {
namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');
// The decoder turns every invalid UTF-8 sequence into U+0000, which no text file contains.
const QChar kInvalid = QChar(0);

bool isLineBreak(QChar c)
{
    return c == kCr || c == kLf;
}

} // namespace

CsvReader::CsvReader(QString text, std::optional<QChar> delimiter)
    : m_text(std::move(text))
    , m_delimiter(delimiter ? *delimiter : detectDelimiter(m_text))
{
}

CsvReader CsvReader::fromBytes(const QByteArray &bytes, std::optional<QChar> delimiter)
{
    // Stateless, so a sequence cut off at the end is not kept back as state for more input.
    // A leading byte-order mark is skipped by default.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInvalidToNull);
    QString text = decoder.decode(bytes);
    // Qt 6.4 turns a sequence cut off at the very end into U+FFFD despite ConvertInvalidToNull.
    if (decoder.hasError() && text.endsWith(QChar(QChar::ReplacementCharacter)) && !bytes.endsWith("\xEF\xBF\xBD"))
        text.back() = kInvalid;
    return CsvReader(std::move(text), delimiter);
}

Result<CsvReader> CsvReader::fromFile(const QString &path, std::optional<QChar> delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("cannot read %1: %2").arg(path, file.errorString()));
    return fromBytes(file.readAll(), delimiter);
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // Count candidates outside quotes on the header line (the first line that is not blank,
    // as next() skips blank lines); ties go to the earlier candidate.
    const QChar candidates[] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    int counts[3] = { 0, 0, 0 };
    bool quoted = false;
    bool inHeader = false;
    for (QChar c : text) {
        if (c == kQuote)
            quoted = !quoted;
        if (quoted)
            continue;
        if (isLineBreak(c)) {
            if (inHeader)
                break;
            continue;
        }
        inHeader = inHeader || !c.isSpace();
        for (int i = 0; i < 3; ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

Error CsvReader::fail(int line, const QString &message)
{
    m_failed = true;
    return makeError(ErrorCode::InvalidInput, tr("line %1: %2").arg(line).arg(message));
}

bool CsvReader::consumeLineBreak()
{
    if (m_pos >= m_text.size() || !isLineBreak(m_text[m_pos]))
        return false;
    if (m_text[m_pos] == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)
        ++m_pos;
    ++m_pos;
    ++m_line;
    return true;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    if (m_failed)
        return std::optional<CsvRecord>();
    while (consumeLineBreak()) { }
    const qsizetype size = m_text.size();
    if (m_pos >= size)
        return std::optional<CsvRecord>();

    CsvRecord record;
    record.line = m_line;
    while (true) {
        QString field;
        if (m_text[m_pos] == kQuote) {
            const int openedOn = m_line;
            ++m_pos;
            while (true) {
                if (m_pos >= size)
                    return fail(openedOn, tr("quoted field is never closed"));
                const QChar c = m_text[m_pos];
                if (c == kQuote) {
                    if (m_pos + 1 < size && m_text[m_pos + 1] == kQuote) {
                        field.append(kQuote);
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                if (c == kInvalid)
                    return fail(m_line, tr("invalid UTF-8"));
                if (c == kLf || (c == kCr && (m_pos + 1 >= size || m_text[m_pos + 1] != kLf)))
                    ++m_line;
                field.append(c);
                ++m_pos;
            }
            if (m_pos < size && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos]))
                return fail(m_line, tr("unexpected text after a closing quote"));
        } else {
            // Unquoted: a stray quote inside is kept as text (e.g. 5" display), as most readers do.
            const qsizetype start = m_pos;
            while (m_pos < size && m_text[m_pos] != m_delimiter && !isLineBreak(m_text[m_pos])) {
                if (m_text[m_pos] == kInvalid)
                    return fail(m_line, tr("invalid UTF-8"));
                ++m_pos;
            }
            field = m_text.mid(start, m_pos - start);
        }
        record.fields.append(field);
        if (m_pos < size && m_text[m_pos] == m_delimiter) {
            ++m_pos;
            if (m_pos < size)
                continue;
            record.fields.append(QString()); // a delimiter at the very end ends with an empty field
        }
        consumeLineBreak();
        return std::optional<CsvRecord>(std::move(record));
    }
}

} // namespace cc::services
