// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Money.h"

namespace cc {

/// One row of the customer list: who, and how much they owe now in their billing currency.
struct CustomerSummary {
    QString id;
    QString name;
    QString parentId;
    QString collector;
    QString riskClass;
    QString segment;
    Money creditLimit;
    Money openBalance; ///< open invoices less credit notes and unapplied cash
    Money overdue;     ///< open invoice amounts past their due date
    int openInvoices = 0;
    QString searchKey; ///< name and number folded for search-as-you-type
};

} // namespace cc
