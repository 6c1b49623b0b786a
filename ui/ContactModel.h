// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>

namespace cc::ui {

/// A customer's contacts, as a value snapshot.
class ContactModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, EmailColumn, PhoneColumn, ColumnCount };

    explicit ContactModel(QObject *parent = nullptr);
    void setContacts(QList<Contact> contacts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};

} // namespace cc::ui
