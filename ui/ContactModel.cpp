// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactModel.h"

namespace cc::ui {

ContactModel::ContactModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactModel::setContacts(QList<Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::DisplayRole)
        return {};
    const Contact &contact = m_contacts[index.row()];
    switch (index.column()) {
    case NameColumn:
        return contact.name;
    case RoleColumn:
        return contact.role;
    case EmailColumn:
        return contact.email;
    case PhoneColumn:
        return contact.phone;
    }
    return {};
}

QVariant ContactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("Email");
    case PhoneColumn:
        return tr("Phone");
    }
    return {};
}

} // namespace cc::ui
