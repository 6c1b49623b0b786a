// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldValues.h"

#include <QDateTime>

namespace cc::sync {

enum class ChangeOperation { Insert, Update, Delete };

/// One local change waiting to be pushed. `changeId` is made here, once, so the server can
/// tell a retry from a new change; `base` holds the values the edit started from (the whole
/// row for a delete) and `baseVersion` the server's row version they came with.
struct OutboxEntry {
    qint64 seq = 0;
    QString changeId;
    QString table;
    QString key;
    ChangeOperation operation = ChangeOperation::Update;
    qint64 baseVersion = 0;
    FieldValues base;
    FieldValues changes;
    QDateTime madeAt;
};

QString toString(ChangeOperation operation);

} // namespace cc::sync
