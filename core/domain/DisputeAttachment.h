// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace cc {

/// A file that backs a dispute (the customer's complaint, a delivery note, a photo). Its
/// content stays in the encrypted workspace and syncs with the dispute; files never change.
struct DisputeAttachment {
    /// The largest file a dispute takes, as the server checks it.
    static constexpr qint64 MaxBytes = 10 * 1024 * 1024;

    QString id;
    QString disputeId;
    QString fileName;
    QString mediaType;
    qint64 size = 0;
    QString addedBy;
    QDate addedOn;
};

} // namespace cc
