// SPDX-License-Identifier: GPL-3.0-or-later
#include "AmountCombination.h"

namespace cc::cash {
namespace {

class Search {
public:
    Search(const QList<qint64> &amounts, int wanted, AmountCombination::Limits limits)
        : m_amounts(amounts)
        , m_wanted(wanted)
        , m_limits(limits)
        , m_restSum(amounts.size() + 1, 0)
    {
        for (qsizetype i = amounts.size() - 1; i >= 0; --i)
            m_restSum[i] = m_restSum[i + 1] + amounts[i];
    }

    QList<QList<int>> run(qint64 target)
    {
        descend(0, target);
        return m_found;
    }

private:
    void descend(int from, qint64 remaining)
    {
        if (remaining == 0) {
            m_found << m_chosen;
            return;
        }
        if (int(m_chosen.size()) == m_limits.maxParts || remaining > m_restSum[from])
            return;
        for (int i = from; i < int(m_amounts.size()); ++i) {
            if (int(m_found.size()) >= m_wanted || ++m_steps > m_limits.maxSteps)
                return;
            if (m_amounts[i] > remaining)
                continue;
            m_chosen << i;
            descend(i + 1, remaining - m_amounts[i]);
            m_chosen.removeLast();
        }
    }

    const QList<qint64> &m_amounts;
    const int m_wanted;
    const AmountCombination::Limits m_limits;
    QList<qint64> m_restSum; ///< what the amounts from an index on add up to
    QList<int> m_chosen;
    QList<QList<int>> m_found;
    qint64 m_steps = 0;
};

} // namespace

QList<QList<int>> AmountCombination::find(const QList<qint64> &amounts, qint64 target, int wanted, Limits limits)
{
    if (target <= 0 || wanted <= 0)
        return {};
    return Search(amounts, wanted, limits).run(target);
}

} // namespace cc::cash
