// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvMappings.h"

#include "TeamSettings.h"

namespace cc::services {

const QString CsvMappings::Key = QStringLiteral("bank.csv_mappings");

Result<QStringList> CsvMappings::names()
{
    auto all = TeamSettings(m_db, m_clock).object(Key);
    if (!all)
        return all.error();
    QStringList names = all->keys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<bank::CsvStatementMapping> CsvMappings::find(const QString &given)
{
    const QString name = given.trimmed();
    auto all = TeamSettings(m_db, m_clock).object(Key);
    if (!all)
        return all.error();
    if (!all->contains(name))
        return makeError(ErrorCode::NotFound,
            tr("there is no CSV mapping \"%1\"; saved ones: %2")
                .arg(name, all->isEmpty() ? tr("none") : all->keys().join(QStringLiteral(", "))));
    auto mapping = bank::CsvStatementMapping::fromJson(all->value(name).toObject());
    if (!mapping)
        return makeError(ErrorCode::InvalidInput, tr("CSV mapping \"%1\": %2").arg(name, mapping.error().detail));
    return mapping;
}

Status CsvMappings::save(const QString &name, const bank::CsvStatementMapping &mapping)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("a CSV mapping needs a name"));
    TeamSettings settings(m_db, m_clock);
    auto all = settings.object(Key);
    if (!all)
        return all.error();
    all->insert(name.trimmed(), mapping.toJson());
    return settings.setObject(Key, *all);
}

} // namespace cc::services
