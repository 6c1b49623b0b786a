// SPDX-License-Identifier: GPL-3.0-or-later
#include "Bic.h"

#include <QRegularExpression>

namespace cc {

Result<Bic> Bic::parse(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"));
    if (!shape.match(code).hasMatch())
        return makeError(
            ErrorCode::InvalidInput, tr("\"%1\" is not a BIC: it has 8 or 11 letters and digits").arg(text));
    return Bic(code);
}

} // namespace cc
