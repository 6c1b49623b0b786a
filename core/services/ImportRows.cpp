// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportRows.h"

#include "storage/CustomerRepository.h"

namespace cc::services {

Result<std::optional<Customer>> ImportRows::customer(const QString &id)
{
    if (auto it = m_customers.constFind(id); it != m_customers.cend())
        return *it;
    auto found = storage::CustomerRepository(m_db).find(id);
    if (found)
        m_customers.insert(id, *found);
    return found;
}

Result<std::optional<Customer>> ImportRows::owner(ImportFields &fields, QString &id)
{
    id = fields.required(u"customer_id");
    if (id.isEmpty())
        return std::optional<Customer>();
    auto found = customer(id);
    if (found && !*found)
        fields.report(u"customer_id", tr("unknown customer %1").arg(id));
    return found;
}

bool ImportRows::isDuplicate(ImportFields &fields, QStringView column, const QString &key)
{
    if (key.isEmpty())
        return false;
    if (auto first = m_keyLines.constFind(key); first != m_keyLines.cend()) {
        fields.report(column, tr("\"%1\" appears twice (first on line %2)").arg(key).arg(*first));
        return true;
    }
    m_keyLines.insert(key, fields.line());
    return false;
}

} // namespace cc::services
