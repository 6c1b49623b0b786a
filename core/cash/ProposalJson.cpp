// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProposalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cash {

QString ProposalJson::write(const QList<MatchProposal> &proposals)
{
    QJsonArray list;
    for (const MatchProposal &proposal : proposals) {
        QJsonArray lines;
        for (const auto &line : proposal.plan.lines) {
            lines.append(QJsonObject { { QStringLiteral("number"), line.number },
                { QStringLiteral("cash"), line.cash.minorUnits() },
                { QStringLiteral("discount"), line.discount.minorUnits() },
                { QStringLiteral("unearned"), line.unearnedDiscount.minorUnits() },
                { QStringLiteral("settles"), line.settles } });
        }
        list.append(QJsonObject { { QStringLiteral("customer"), proposal.customerId },
            { QStringLiteral("confidence"), proposal.confidence },
            { QStringLiteral("reasons"), QJsonArray::fromStringList(proposal.reasons) },
            { QStringLiteral("unapplied"), proposal.plan.unapplied.minorUnits() },
            { QStringLiteral("lines"), lines } });
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

Result<QList<MatchProposal>> ProposalJson::read(const QString &json, const Currency &currency)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("stored proposals are not a JSON list"));
    const auto money = [&](const QJsonValue &value) { return Money(value.toInteger(), currency); };
    QList<MatchProposal> proposals;
    for (const QJsonValue &value : document.array()) {
        const QJsonObject object = value.toObject();
        if (!object.contains(QStringLiteral("customer")) || !object.value(QStringLiteral("lines")).isArray())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("a stored proposal names no customer or lines"));
        MatchProposal proposal;
        proposal.customerId = object.value(QStringLiteral("customer")).toString();
        proposal.confidence = object.value(QStringLiteral("confidence")).toDouble();
        for (const QJsonValue &reason : object.value(QStringLiteral("reasons")).toArray())
            proposal.reasons << reason.toString();
        proposal.plan.unapplied = money(object.value(QStringLiteral("unapplied")));
        proposal.plan.discounts = Money::zero(currency);
        for (const QJsonValue &lineValue : object.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject line = lineValue.toObject();
            PaymentAllocator::Line planned { line.value(QStringLiteral("number")).toString(),
                money(line.value(QStringLiteral("cash"))), money(line.value(QStringLiteral("discount"))),
                money(line.value(QStringLiteral("unearned"))), line.value(QStringLiteral("settles")).toBool() };
            proposal.plan.discounts += planned.discount;
            proposal.plan.lines << planned;
        }
        proposals << proposal;
    }
    return proposals;
}

} // namespace cc::cash
