// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorMessages.h"

#include <QMessageBox>

namespace cc::ui {

QString ErrorMessages::summary(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return tr("The input is not valid.");
    case ErrorCode::CurrencyMismatch:
        return tr("Amounts in different currencies cannot be combined.");
    case ErrorCode::Overflow:
        return tr("An amount is too large.");
    case ErrorCode::NotFound:
        return tr("The record was not found.");
    case ErrorCode::Duplicate:
        return tr("The record exists already.");
    case ErrorCode::WrongKey:
        return tr("The workspace could not be unlocked: the key does not fit.");
    case ErrorCode::KeychainUnavailable:
        return tr("The workspace key could not be read because the system keychain is not available.");
    case ErrorCode::CorruptWorkspace:
        return tr("The workspace is damaged.");
    case ErrorCode::WorkspaceTooNew:
        return tr("The workspace was written by a newer version of CashCycle.");
    case ErrorCode::WorkspaceMissing:
        return tr("There is no workspace.");
    case ErrorCode::Storage:
        return tr("The workspace database reported an error.");
    case ErrorCode::Io:
        return tr("A file could not be read or written.");
    case ErrorCode::Cancelled:
        return tr("The operation was cancelled.");
    case ErrorCode::PermissionDenied:
        return tr("The server does not allow this for your account.");
    case ErrorCode::ServerUnavailable:
        return tr("The server cannot be reached.");
    case ErrorCode::ServerSchemaUnknown:
        return tr("The server's database was set up by a different version of CashCycle.");
    }
    return tr("An unexpected error occurred.");
}

QString ErrorMessages::describe(const Error &error)
{
    return error.detail.isEmpty() ? summary(error.code) : tr("%1 (%2)").arg(summary(error.code), error.detail);
}

void ErrorMessages::show(QWidget *parent, const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, summary(error.code), QMessageBox::Ok, parent);
    box->setInformativeText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace cc::ui
