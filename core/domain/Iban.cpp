// SPDX-License-Identifier: GPL-3.0-or-later
#include "Iban.h"

#include "ReferenceText.h"

#include <QHash>
#include <QRegularExpression>

namespace cc {
namespace {

// IBAN lengths of the SEPA countries (SWIFT IBAN registry); others are held to the
// general limits only.
int sepaLength(const QString &country)
{
    static const QHash<QString, int> lengths {
        { QStringLiteral("AD"), 24 },
        { QStringLiteral("AT"), 20 },
        { QStringLiteral("BE"), 16 },
        { QStringLiteral("BG"), 22 },
        { QStringLiteral("CH"), 21 },
        { QStringLiteral("CY"), 28 },
        { QStringLiteral("CZ"), 24 },
        { QStringLiteral("DE"), 22 },
        { QStringLiteral("DK"), 18 },
        { QStringLiteral("EE"), 20 },
        { QStringLiteral("ES"), 24 },
        { QStringLiteral("FI"), 18 },
        { QStringLiteral("FR"), 27 },
        { QStringLiteral("GB"), 22 },
        { QStringLiteral("GI"), 23 },
        { QStringLiteral("GR"), 27 },
        { QStringLiteral("HR"), 21 },
        { QStringLiteral("HU"), 28 },
        { QStringLiteral("IE"), 22 },
        { QStringLiteral("IS"), 26 },
        { QStringLiteral("IT"), 27 },
        { QStringLiteral("LI"), 21 },
        { QStringLiteral("LT"), 20 },
        { QStringLiteral("LU"), 20 },
        { QStringLiteral("LV"), 21 },
        { QStringLiteral("MC"), 27 },
        { QStringLiteral("MT"), 31 },
        { QStringLiteral("NL"), 18 },
        { QStringLiteral("NO"), 15 },
        { QStringLiteral("PL"), 28 },
        { QStringLiteral("PT"), 25 },
        { QStringLiteral("RO"), 24 },
        { QStringLiteral("SE"), 24 },
        { QStringLiteral("SI"), 19 },
        { QStringLiteral("SK"), 24 },
        { QStringLiteral("SM"), 27 },
        { QStringLiteral("VA"), 22 },
    };
    return lengths.value(country, 0);
}

} // namespace

Result<Iban> Iban::parse(const QString &text)
{
    QString iban = text;
    iban.remove(QLatin1Char(' '));
    iban = iban.toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"));
    if (!shape.match(iban).hasMatch())
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not an IBAN: it starts with a country code and two check digits, then 11 to 30 letters "
               "or digits")
                .arg(text));
    if (const int expected = sepaLength(iban.left(2)); expected != 0 && iban.size() != expected)
        return makeError(ErrorCode::InvalidInput,
            tr("the IBAN %1 has %2 characters; IBANs from %3 have %4")
                .arg(text)
                .arg(iban.size())
                .arg(iban.left(2))
                .arg(expected));
    if (mod97(QString(iban.mid(4) + iban.left(4))) != 1)
        return makeError(
            ErrorCode::InvalidInput, tr("the IBAN %1 has wrong check digits: a character is mistyped").arg(text));
    return Iban(iban);
}

QString Iban::printed() const
{
    return inGroupsOfFour(m_electronic);
}

} // namespace cc
