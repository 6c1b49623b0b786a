// SPDX-License-Identifier: GPL-3.0-or-later
#include "GiroCode.h"

#include "Bic.h"
#include "Iban.h"

namespace cc {
namespace {

constexpr int kMaxName = 70;
constexpr int kMaxRemittanceText = 140;
constexpr int kMaxPayloadBytes = 331;
constexpr qint64 kMaxAmountCents = 99'999'999'999;

} // namespace

Result<QByteArray> GiroCode::payload(const Transfer &transfer)
{
    auto refuse
        = [](const QString &why) { return makeError(ErrorCode::InvalidInput, tr("payment QR code: %1").arg(why)); };
    if (transfer.amount.currency().code() != QLatin1String("EUR"))
        return refuse(
            tr("only euro amounts can be paid by SEPA transfer, not %1").arg(transfer.amount.currency().code()));
    if (transfer.amount.minorUnits() < 1 || transfer.amount.minorUnits() > kMaxAmountCents)
        return refuse(tr("the amount must be between 0.01 and 999999999.99"));
    const QString name = transfer.beneficiaryName.simplified();
    if (name.isEmpty() || name.size() > kMaxName)
        return refuse(tr("the beneficiary name must have 1 to %1 characters").arg(kMaxName));
    auto iban = Iban::parse(transfer.iban);
    if (!iban)
        return refuse(iban.error().detail);
    QString bic;
    if (!transfer.bic.trimmed().isEmpty()) {
        auto parsed = Bic::parse(transfer.bic);
        if (!parsed)
            return refuse(parsed.error().detail);
        bic = parsed->code();
    }
    const QString text = transfer.reference ? QString() : transfer.remittanceText.simplified();
    if (text.size() > kMaxRemittanceText)
        return refuse(tr("the remittance text is longer than %1 characters").arg(kMaxRemittanceText));

    const QStringList lines { QStringLiteral("BCD"), QStringLiteral("002"), QStringLiteral("1"), QStringLiteral("SCT"),
        bic, name, iban->electronic(), QStringLiteral("EUR") + transfer.amount.toDecimalString(), QString(),
        transfer.reference ? transfer.reference->electronic() : QString(), text };
    // The last filled-in field ends the payload: no trailing separators.
    qsizetype last = lines.size();
    while (last > 0 && lines[last - 1].isEmpty())
        --last;
    const QByteArray payload = lines.mid(0, last).join(QLatin1Char('\n')).toUtf8();
    if (payload.size() > kMaxPayloadBytes)
        return refuse(tr("the payload has %1 bytes, more than the %2 a GiroCode holds")
                          .arg(payload.size())
                          .arg(kMaxPayloadBytes));
    return payload;
}

} // namespace cc
