// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cc::collections {

/// Something to do for a customer by a date: call back, send a copy, check a remittance.
struct FollowUpTask {
    QString id;
    QString customerId;
    QString title;
    QDate dueOn;
    QDate doneOn; ///< invalid while open
    QString assignee;

    bool isOpen() const { return !doneOn.isValid(); }
};

} // namespace cc::collections
