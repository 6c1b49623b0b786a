// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MoneyFormatter.h"
#include "collections/WorklistEntry.h"

#include <QCoreApplication>

namespace cc::services {

/// Worklist reasons in words, with amounts and dates in the reader's locale:
/// "€48,200.00 over 60 days", "promise of 12/11/2026 broken", "no contact for 21 days".
class WorklistText {
    Q_DECLARE_TR_FUNCTIONS(WorklistText)

public:
    explicit WorklistText(const QLocale &locale = QLocale())
        : m_format(locale)
    {
    }

    QString reason(const collections::WorklistReason &reason) const;
    QStringList reasons(const collections::WorklistEntry &entry) const;
    /// The reasons joined into one line with " · ".
    QString summary(const collections::WorklistEntry &entry) const;
    const MoneyFormatter &format() const { return m_format; }

private:
    MoneyFormatter m_format;
};

} // namespace cc::services
