// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "collections/Activity.h"
#include "collections/PromiseToPay.h"
#include "credit/CreditRequest.h"
#include "domain/AgingBuckets.h"
#include "domain/Dispute.h"
#include "domain/Invoice.h"

#include <QCoreApplication>

namespace cc::ui {

/// Translated names of domain values (statuses, document kinds, aging buckets).
class DomainText {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::DomainText)
public:
    /// The status as it reads for the kind of document: a settled credit note is "Applied".
    static QString status(InvoiceStatus status, DocumentKind kind = DocumentKind::Invoice);
    static QString kind(DocumentKind kind);
    /// "Current", "1–30 days", …, "Over 120 days" for bucket `index` of `buckets`.
    static QString agingBucket(const AgingBuckets &buckets, int index);
    /// "A – low" … "D – high"; unknown classes as they are.
    static QString riskClass(const QString &riskClass);
    static QString activityKind(collections::ActivityKind kind);
    static QString callOutcome(collections::CallOutcome outcome);
    static QString promiseStatus(collections::PromiseStatus status);
    /// "Pricing", "Not received", … for a dispute reason code; unknown codes as they are.
    static QString disputeReason(const QString &code);
    static QString disputeStatus(Dispute::Status status);
    static QString disputeResolution(DisputeResolution::Kind kind);
    static QString creditRequestStatus(credit::CreditRequest::Status status);
};

} // namespace cc::ui
