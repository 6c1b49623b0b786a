// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace cc::collections {

enum class ActivityKind { Call, Email, Note, Sms, Letter };
/// How a call went; Promised means the customer promised to pay (recorded as a PromiseToPay).
enum class CallOutcome { None, Reached, Voicemail, WrongNumber, Refused, Promised };

/// One contact with a customer, or a note about one: the collector's timeline is made of these.
struct Activity {
    QString id;
    QString customerId;
    ActivityKind kind = ActivityKind::Note;
    QDateTime occurredAt; ///< UTC
    QString author;
    CallOutcome outcome = CallOutcome::None;
    QString contact; ///< whom it was with: a name, a number or an address
    QString subject;
    QString note;
};

/// The stored names ("call", "wrong_number"), as the server's check constraints spell them.
QString toString(ActivityKind kind);
QString toString(CallOutcome outcome);
std::optional<ActivityKind> activityKindFromString(QStringView text);
std::optional<CallOutcome> callOutcomeFromString(QStringView text);
/// ISO 8601 in UTC to the second, the form timestamps are stored and synced in.
QString timestampText(const QDateTime &time);

} // namespace cc::collections
