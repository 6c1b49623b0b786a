// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldValues.h"

#include <QDateTime>

namespace cc::sync {

enum class ConflictKind {
    Overlap, ///< another desktop changed the same fields (or changed a row deleted here)
    Deleted, ///< the row is gone on the server, or no longer this user's to see
    Refused, ///< the server did not allow the change
};

/// A local change the server did not take as it was. The workspace shows the server's
/// values; `mine` keeps what the user had entered until they decide. For an overlap, `base`
/// and `theirs` hold the same fields as `mine`; a delete that overlapped keeps `mine` empty.
struct Conflict {
    qint64 id = 0;
    QString changeId;
    QString table;
    QString key;
    ConflictKind kind = ConflictKind::Overlap;
    FieldValues base;
    FieldValues mine;
    FieldValues theirs;
    QString message;
    QDateTime detectedAt;
};

QString toString(ConflictKind kind);

} // namespace cc::sync
