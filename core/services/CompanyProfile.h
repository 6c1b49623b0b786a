// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/SqlDatabase.h"

#include <QCoreApplication>

namespace cc::services {

/// Who sends the invoices and letters, as printed on them: kept in the workspace as
/// company.name, company.address, company.logo (an image file), company.iban, company.bic
/// and company.vat_id. The bank details are checked when set, so no document ever prints
/// an account that cannot be paid to.
struct CompanyProfile {
    Q_DECLARE_TR_FUNCTIONS(CompanyProfile)

public:
    QString name;
    QString address;
    QString logoPath;
    QString iban; ///< electronic form, no spaces
    QString bic;
    QString vatId;

    static const QStringList &keys();
    /// Checks and stores one setting: the IBAN's check digits, the BIC's shape.
    static Status set(storage::SqlDatabase &db, const QString &key, const QString &value);
    static Result<CompanyProfile> load(storage::SqlDatabase &db);
};

} // namespace cc::services
