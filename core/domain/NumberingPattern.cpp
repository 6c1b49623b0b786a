// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberingPattern.h"

#include <QRegularExpression>

namespace cc {
namespace {

const QRegularExpression &token()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\{([^{}]*)\})"));
    return pattern;
}

const QRegularExpression &sequenceToken()
{
    static const QRegularExpression pattern(QStringLiteral(R"(^N(?::(\d{1,2}))?$)"));
    return pattern;
}

} // namespace

Result<NumberingPattern> NumberingPattern::parse(const QString &pattern)
{
    int sequences = 0;
    int width = 1;
    bool yearly = false;
    for (auto it = token().globalMatch(pattern); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (const auto sequence = sequenceToken().match(name); sequence.hasMatch()) {
            ++sequences;
            width = sequence.captured(1).isEmpty() ? 1 : sequence.captured(1).toInt();
        } else if (name == QLatin1String("YYYY") || name == QLatin1String("YY")) {
            yearly = true;
        } else {
            return makeError(ErrorCode::InvalidInput,
                tr("the number pattern \"%1\" has an unknown field {%2}; use {N}, {N:5}, {YYYY} or {YY}")
                    .arg(pattern, name));
        }
    }
    QString literal = pattern;
    literal.remove(token());
    if (literal.contains(QLatin1Char('{')) || literal.contains(QLatin1Char('}')))
        return makeError(ErrorCode::InvalidInput, tr("the number pattern \"%1\" has an unmatched brace").arg(pattern));
    if (sequences != 1)
        return makeError(ErrorCode::InvalidInput,
            tr("the number pattern \"%1\" needs the running number {N} exactly once").arg(pattern));
    if (width < 1 || width > 12)
        return makeError(ErrorCode::InvalidInput,
            tr("the number pattern \"%1\" pads to 1 to 12 digits, not %2").arg(pattern).arg(width));
    return NumberingPattern(pattern, width, yearly);
}

QString NumberingPattern::period(const QDate &issueDate) const
{
    return m_yearly ? QString::number(issueDate.year()).rightJustified(4, QLatin1Char('0')) : QString();
}

QString NumberingPattern::format(qint64 sequence, const QDate &issueDate) const
{
    const QString year = QString::number(issueDate.year()).rightJustified(4, QLatin1Char('0'));
    QString number = m_pattern;
    number.replace(QStringLiteral("{YYYY}"), year).replace(QStringLiteral("{YY}"), year.right(2));
    return number.replace(QRegularExpression(QStringLiteral(R"(\{N(:\d+)?\})")),
        QString::number(sequence).rightJustified(m_width, QLatin1Char('0')));
}

} // namespace cc
