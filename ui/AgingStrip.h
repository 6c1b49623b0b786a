// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MoneyFormatter.h"
#include "domain/AgingReport.h"

#include <QWidget>

class QGridLayout;

namespace cc::ui {

/// One customer's aging as labelled amounts per bucket and a proportional bar, one line per
/// currency (currencies are never added together). Amount labels are named
/// "aging_<currency>_<bucket key>", plus "_unapplied" and "_total".
class AgingStrip : public QWidget {
    Q_OBJECT
public:
    explicit AgingStrip(QWidget *parent = nullptr);

    /// Shows the report's rows; a report without rows says that nothing is open.
    void setReport(const AgingReport &report);

private:
    void clear();

    QGridLayout *m_grid;
    services::MoneyFormatter m_format;
};

} // namespace cc::ui
