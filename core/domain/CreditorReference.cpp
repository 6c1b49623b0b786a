// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreditorReference.h"

#include "ReferenceText.h"

#include <QRegularExpression>

namespace cc {
namespace {

constexpr int kMaxPayload = 21;

} // namespace

Result<CreditorReference> CreditorReference::forDocument(const QString &documentNumber)
{
    QString payload;
    for (const QChar c : documentNumber) {
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || (c.toUpper() >= QLatin1Char('A') && c.toUpper() <= QLatin1Char('Z')))
            payload += c.toUpper();
    }
    if (payload.isEmpty() || payload.size() > kMaxPayload)
        return makeError(ErrorCode::InvalidInput,
            tr("no creditor reference can be made from \"%1\": it needs 1 to %2 letters or digits")
                .arg(documentNumber)
                .arg(kMaxPayload));
    // The check digits make payload + "RF" + digits leave 1 when divided by 97.
    const int check = 98 - mod97(QString(payload + QStringLiteral("RF00")));
    return CreditorReference(QStringLiteral("RF%1%2").arg(check, 2, 10, QLatin1Char('0')).arg(payload));
}

Result<CreditorReference> CreditorReference::parse(const QString &text)
{
    QString reference = text;
    reference.remove(QLatin1Char(' '));
    reference = reference.toUpper();
    static const QRegularExpression shape(QStringLiteral("^RF[0-9]{2}[A-Z0-9]{1,21}$"));
    if (!shape.match(reference).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not a creditor reference: it is RF, two check digits and 1 to 21 letters or digits")
                .arg(text));
    if (mod97(QString(reference.mid(4) + reference.left(4))) != 1)
        return makeError(ErrorCode::InvalidInput,
            tr("the creditor reference %1 has wrong check digits: a character is mistyped").arg(text));
    return CreditorReference(reference);
}

QString CreditorReference::printed() const
{
    return inGroupsOfFour(m_electronic);
}

} // namespace cc
