// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cc {

/// Why a core operation failed. The UI maps codes to translated messages;
/// `detail` names the concrete problem (file, line, field) for the user.
enum class ErrorCode {
    InvalidInput,
    CurrencyMismatch,
    Overflow,
    NotFound,
    Duplicate,
    WrongKey,
    KeychainUnavailable,
    CorruptWorkspace,
    WorkspaceTooNew,
    WorkspaceMissing,
    Storage,
    Io,
    Cancelled,
    PermissionDenied,
    ServerUnavailable,
    ServerSchemaUnknown,
};

struct Error {
    ErrorCode code = ErrorCode::InvalidInput;
    QString detail;
};

} // namespace cc
