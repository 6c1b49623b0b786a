// SPDX-License-Identifier: GPL-3.0-or-later
#include "Activity.h"

#include <array>

namespace cc::collections {
namespace {

constexpr std::array kKinds = { u"call", u"email", u"note", u"sms", u"letter" };
constexpr std::array kOutcomes = { u"", u"reached", u"voicemail", u"wrong_number", u"refused", u"promised" };

template <typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<const char16_t *, N> &names, QStringView text)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (text == QStringView(names[i]))
            return Enum(i);
    }
    return std::nullopt;
}

} // namespace

QString toString(ActivityKind kind)
{
    return QString::fromUtf16(kKinds.at(std::size_t(kind)));
}

QString toString(CallOutcome outcome)
{
    return QString::fromUtf16(kOutcomes.at(std::size_t(outcome)));
}

std::optional<ActivityKind> activityKindFromString(QStringView text)
{
    return fromName<ActivityKind>(kKinds, text);
}

std::optional<CallOutcome> callOutcomeFromString(QStringView text)
{
    return fromName<CallOutcome>(kOutcomes, text);
}

QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace cc::collections
