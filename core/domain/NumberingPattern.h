// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace cc {

/// How issued document numbers look: literal text around {N} or {N:5} (the running number,
/// zero-padded to 5 digits) and optionally {YYYY} or {YY} (the year of issue). A pattern that
/// shows the year counts from 1 again each year; numbers stay unique because the year is in
/// them. The server formats numbers by the same rule (cashcycle_format_number).
class NumberingPattern {
    Q_DECLARE_TR_FUNCTIONS(NumberingPattern)

public:
    /// Fails, naming the problem, unless the pattern has exactly one {N…} and no other {…}.
    static Result<NumberingPattern> parse(const QString &pattern);

    QString pattern() const { return m_pattern; }
    /// The count a number issued on `issueDate` belongs to: its year, or empty when the
    /// pattern does not restart yearly.
    QString period(const QDate &issueDate) const;
    QString format(qint64 sequence, const QDate &issueDate) const;

private:
    explicit NumberingPattern(QString pattern, int width, bool yearly)
        : m_pattern(std::move(pattern))
        , m_width(width)
        , m_yearly(yearly)
    {
    }

    QString m_pattern;
    int m_width = 1;
    bool m_yearly = false;
};

} // namespace cc
