// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompanyProfile.h"

#include "domain/Bic.h"
#include "domain/Iban.h"
#include "storage/SettingsRepository.h"

namespace cc::services {

const QStringList &CompanyProfile::keys()
{
    static const QStringList names { QStringLiteral("company.name"), QStringLiteral("company.address"),
        QStringLiteral("company.logo"), QStringLiteral("company.iban"), QStringLiteral("company.bic"),
        QStringLiteral("company.vat_id") };
    return names;
}

Status CompanyProfile::set(storage::SqlDatabase &db, const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return makeError(
            ErrorCode::InvalidInput, tr("unknown setting %1 (known: %2)").arg(key, keys().join(QStringLiteral(", "))));
    QString stored = value.trimmed();
    if (key == QLatin1String("company.iban") && !stored.isEmpty()) {
        auto iban = Iban::parse(stored);
        if (!iban)
            return iban.error();
        stored = iban->electronic();
    }
    if (key == QLatin1String("company.bic") && !stored.isEmpty()) {
        auto bic = Bic::parse(stored);
        if (!bic)
            return bic.error();
        stored = bic->code();
    }
    return storage::SettingsRepository(db).setValue(key, stored);
}

Result<CompanyProfile> CompanyProfile::load(storage::SqlDatabase &db)
{
    storage::SettingsRepository settings(db);
    CompanyProfile profile;
    const std::pair<QString, QString *> fields[]
        = { { QStringLiteral("company.name"), &profile.name }, { QStringLiteral("company.address"), &profile.address },
              { QStringLiteral("company.logo"), &profile.logoPath }, { QStringLiteral("company.iban"), &profile.iban },
              { QStringLiteral("company.bic"), &profile.bic }, { QStringLiteral("company.vat_id"), &profile.vatId } };
    for (const auto &[key, field] : fields) {
        auto value = settings.value(key);
        if (!value)
            return value.error();
        *field = value->value_or(QString());
    }
    return profile;
}

} // namespace cc::services
