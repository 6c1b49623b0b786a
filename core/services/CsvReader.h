// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

namespace cc::services {

/// Reads RFC 4180 CSV: UTF-8 with or without a byte-order mark, CRLF or LF line ends, quoted
/// fields with "" escapes and embedded line breaks. The delimiter (',', ';' or tab) is taken
/// from the header line unless forced. Blank lines are skipped.
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /// Decodes the whole text up front; invalid UTF-8 is reported by next() on its line.
    static CsvReader fromBytes(const QByteArray &bytes, std::optional<QChar> delimiter = std::nullopt);
    static Result<CsvReader> fromFile(const QString &path, std::optional<QChar> delimiter = std::nullopt);

    /// The next record, std::nullopt at the end, or an InvalidInput error naming the line
    /// (unterminated quote, text after a closing quote, invalid UTF-8). Reading stops at an error.
    Result<std::optional<CsvRecord>> next();

    QChar delimiter() const { return m_delimiter; }
    /// How far reading got, in characters of size(), for progress.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_text.size(); }

private:
    CsvReader(QString text, std::optional<QChar> delimiter);
    static QChar detectDelimiter(QStringView text);
    Error fail(int line, const QString &message);
    /// Consumes a line break at m_pos (CRLF, LF or lone CR) if there is one.
    bool consumeLineBreak();

    QString m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_failed = false;
};

} // namespace cc::services
