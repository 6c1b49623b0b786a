// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WorklistText.h"

namespace cc::services {

/// A worklist as CSV or JSON for cashcycle-cli: amounts as exact decimals, reasons in words.
class WorklistFormatter {
public:
    explicit WorklistFormatter(const WorklistText &text)
        : m_text(text)
    {
    }

    /// An array of {rank, customer_id, name, score, collectible, currency, channel, done, reasons}.
    QByteArray toJson(const QList<collections::WorklistEntry> &entries) const;
    QByteArray toCsv(const QList<collections::WorklistEntry> &entries) const;

private:
    const WorklistText &m_text;
};

} // namespace cc::services
